package retire.it.twoexec;

import org.junit.jupiter.api.Test;

class OtherCheck {

    @Test
    void passes() {
    }
}
