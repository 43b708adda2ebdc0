package retire.it.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

class DynamicTests {

    @TestFactory
    Stream<DynamicNode> factory() {
        return Stream.of(
                dynamicTest("dyn-pass", () -> assertEquals(1, 1)),
                dynamicTest("dyn-fail", () -> assertEquals(1, 2)),
                dynamicContainer("container", Stream.of(
                        dynamicTest("inner-a", () -> assertEquals(2, 2)),
                        dynamicTest("inner-b", () -> assertEquals(3, 3)))));
    }
}
