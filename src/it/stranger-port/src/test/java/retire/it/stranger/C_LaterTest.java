package retire.it.stranger;

import org.junit.jupiter.api.Test;

class C_LaterTest {
    @Test
    void passes() {
        System.out.println("LATER pid " + ProcessHandle.current().pid());
    }
}
