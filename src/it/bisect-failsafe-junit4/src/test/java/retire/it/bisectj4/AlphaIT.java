package retire.it.bisectj4;

import org.junit.Test;

public class AlphaIT {
    @Test
    public void one() {
    }

    @Test
    public void two() {
    }

    @Test
    public void three() {
    }
}
