package retire.it.ffparams;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BTest {
    @Test
    void b() {
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void q(int i) {
    }

    @RepeatedTest(2)
    void r2() {
    }

    @TestFactory
    Stream<DynamicTest> f2() {
        return IntStream.rangeClosed(1, 2).mapToObj(i -> DynamicTest.dynamicTest("g" + i, () -> { }));
    }
}
