package retire.it.testng;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;
import retire.it.fixtures.Marks;

/**
 * A data-provider method fails its second of five invocations. TestNG's invocations are generated at run
 * time and have no index a selection can name ([invoc:1]), so the method goes again whole and the
 * invocations reported before are not reported again; after() depends on it.
 */
public class DataTest {
    @DataProvider
    public Object[][] values() {
        return new Object[][] {{1}, {2}, {3}, {4}, {5}};
    }

    @Test
    public void before() {
        Marks.mark("DataTest.before");
    }

    @Test(dataProvider = "values", dependsOnMethods = "before")
    public void value(int v) {
        Marks.mark("DataTest.value" + v);
        if (v == 2) {
            throw new AssertionError("value 2 fails on purpose");
        }
    }

    @Test(dependsOnMethods = "value")
    public void after() {
        Marks.mark("DataTest.after");
    }

    @Test
    public void other() {
        Marks.mark("DataTest.other");
    }
}
