package retire.it.junit4only;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

@RunWith(Parameterized.class)
public class ParameterizedTest {

    @Parameters(name = "{index}: {0}+{1}={2}")
    public static Collection<Object[]> data() {
        return Arrays.asList(new Object[][] {{1, 1, 2}, {2, 2, 5}, {3, 4, 7}});
    }

    private final int a;
    private final int b;
    private final int sum;

    public ParameterizedTest(int a, int b, int sum) {
        this.a = a;
        this.b = b;
        this.sum = sum;
    }

    @Test
    public void adds() {
        assertEquals(sum, a + b);
    }
}
