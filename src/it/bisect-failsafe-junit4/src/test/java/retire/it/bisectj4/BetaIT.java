package retire.it.bisectj4;

import org.junit.Test;

public class BetaIT {
    @Test
    public void one() {
    }

    @Test
    public void poisons() {
        Shared.poisoned = true; // what ZVictimIT.victim cannot stand
    }

    @Test
    public void harmless() {
        Shared.touched = true; // a state change next to the polluter that harms nobody
    }
}
