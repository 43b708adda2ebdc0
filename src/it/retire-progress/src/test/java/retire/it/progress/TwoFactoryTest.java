package retire.it.progress;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Two factories: one fails its last dynamic test, the other fails inside a container and after it. */
class TwoFactoryTest {
    @TestFactory
    Stream<DynamicNode> flat() {
        return Stream.of(1, 2, 3, 4, 5).map(i -> dynamicTest("flat " + i, () -> {
            if (i == 5) {
                throw new AssertionError("flat 5 fails on purpose");
            }
        }));
    }

    @TestFactory
    List<DynamicNode> boxed() {
        return List.of(
                dynamicTest("one", () -> { }),
                dynamicContainer("box", Stream.of(1, 2, 3).map(i -> dynamicTest("box " + i, () -> {
                    if (i == 1) {
                        throw new AssertionError("box 1 fails on purpose");
                    }
                }))),
                dynamicTest("three", () -> { }),
                dynamicTest("four", () -> {
                    throw new AssertionError("four fails on purpose");
                }),
                dynamicTest("five", () -> { }));
    }
}
