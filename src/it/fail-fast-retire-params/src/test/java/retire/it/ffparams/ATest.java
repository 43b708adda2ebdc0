package retire.it.ffparams;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ATest {
    @Order(1)
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void p(int i) {
        assertNotEquals(2, i, "invocation 2 fails");
    }

    @Order(2)
    @RepeatedTest(3)
    void r() {
    }

    @Order(3)
    @TestFactory
    Stream<DynamicTest> f() {
        return IntStream.rangeClosed(1, 3).mapToObj(i -> DynamicTest.dynamicTest("f" + i, () -> { }));
    }

    @Order(4)
    @Test
    void t() {
    }
}
