package retire.it.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

class SecondTest {
    @Test
    void sameJvmAsTheFirstClass() {
        // One worker while debugging (retire.workers=2 is set aside): every class in the one debuggee.
        System.out.println("DEBUG-PID " + ProcessHandle.current().pid());
        assertEquals(1, ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-agentlib:jdwp")).count());
    }
}
