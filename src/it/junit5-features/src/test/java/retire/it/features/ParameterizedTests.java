package retire.it.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterizedTests {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void isOdd(int value) {
        assertTrue(value % 2 == 1, value + " is not odd");
    }

    @ParameterizedTest(name = "{index}: {0} + {1} = {2}")
    @CsvSource({"1, 1, 2", "2, 3, 5", "10, 20, 30"})
    void adds(int a, int b, int sum) {
        assertEquals(sum, a + b);
    }
}
