package retire.it.testngonly;

import static org.testng.Assert.assertTrue;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class DataTest {
    @DataProvider
    public Object[][] numbers() {
        return new Object[][] {{2}, {3}, {4}};
    }

    @Test(dataProvider = "numbers")
    public void even(int n) {
        assertTrue(n % 2 == 0, n + " is odd");
    }
}
