package retire.it.structures;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import retire.it.fixtures.Poison;

/** Dynamic test 2 fails; dynamic test 3 and the container 4 (two tests) are generated later, in a fresh JVM. */
class FactoryFailTest {
    @TestFactory
    Stream<DynamicNode> factory() {
        return Stream.of(
                dynamicTest("dyn-1", () -> Poison.enter("FactoryFailTest.factory[1]")),
                dynamicTest("dyn-2", () -> {
                    Poison.enter("FactoryFailTest.factory[2]");
                    Poison.poison("FactoryFailTest.factory[2]");
                    throw new AssertionError("dynamic test 2 fails on purpose");
                }),
                dynamicTest("dyn-3", () -> Poison.enter("FactoryFailTest.factory[3]")),
                dynamicContainer("box", Stream.of(
                        dynamicTest("box-1", () -> Poison.enter("FactoryFailTest.factory[4][1]")),
                        dynamicTest("box-2", () -> Poison.enter("FactoryFailTest.factory[4][2]")))));
    }
}
