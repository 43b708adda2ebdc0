package retire.it.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DebuggeeTest {
    @Test
    void thisJvmIsTheDebuggee() {
        List<String> agents = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-agentlib:jdwp")).collect(Collectors.toList());
        System.out.println("DEBUG-AGENTS " + agents);
        assertEquals(1, agents.size(), agents.toString());
        String agent = agents.get(0);
        assertTrue(agent.contains("suspend=n"), agent);
        assertTrue(agent.contains("address=localhost:"), agent);
        assertTrue(!agent.contains("address=localhost:47315"), "the supervisor holds 47315: " + agent);
    }

    @Test
    void noHardTimeoutWhileDebugging() throws InterruptedException {
        // -Dretire.testTimeout=1s is set aside while debugging: a breakpoint must not be taken for a hang.
        Thread.sleep(2500);
    }
}
