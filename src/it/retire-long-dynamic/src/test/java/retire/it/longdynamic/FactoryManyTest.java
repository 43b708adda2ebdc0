package retire.it.longdynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** 1500 dynamic tests; the first poisons its JVM and fails. Every later one fails too if it runs in that JVM. */
class FactoryManyTest {
    static boolean poisoned;

    @TestFactory
    Stream<DynamicTest> factory() {
        return IntStream.rangeClosed(1, 1500).mapToObj(i -> dynamicTest("t" + i, () -> {
            assertFalse(poisoned, "ran in the JVM of a failed dynamic test");
            if (i == 1) {
                poisoned = true;
                assertEquals(0, i, "dynamic test 1 fails on purpose");
            }
        }));
    }
}
