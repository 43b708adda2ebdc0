package retire.it.testng;

import org.testng.annotations.Test;
import retire.it.fixtures.Marks;

/**
 * 13 tests. bFails fails in the middle of the class; cAfterB and dAfterC depend on it (directly and
 * through cAfterB), eAfterGroup depends on group "g", which bFails is in.
 */
public class ChainTest {
    @Test
    public void a1() {
        Marks.mark("ChainTest.a1");
    }

    @Test(dependsOnMethods = "a1")
    public void a2() {
        Marks.mark("ChainTest.a2");
    }

    @Test(dependsOnMethods = "a2", groups = "g")
    public void bFails() {
        Marks.mark("ChainTest.bFails");
        throw new AssertionError("bFails fails on purpose");
    }

    @Test(dependsOnMethods = "bFails")
    public void cAfterB() {
        Marks.mark("ChainTest.cAfterB");
    }

    @Test(dependsOnMethods = "cAfterB")
    public void dAfterC() {
        Marks.mark("ChainTest.dAfterC");
    }

    @Test(dependsOnGroups = "g")
    public void eAfterGroup() {
        Marks.mark("ChainTest.eAfterGroup");
    }

    @Test(groups = "g")
    public void g1() {
        Marks.mark("ChainTest.g1");
    }

    @Test
    public void h1() {
        Marks.mark("ChainTest.h1");
    }

    @Test
    public void h2() {
        Marks.mark("ChainTest.h2");
    }

    @Test(dependsOnMethods = "h2")
    public void i1() {
        Marks.mark("ChainTest.i1");
    }

    @Test
    public void j1() {
        Marks.mark("ChainTest.j1");
    }

    @Test(alwaysRun = true, dependsOnMethods = "bFails")
    public void kAlways() {
        Marks.mark("ChainTest.kAlways");
    }

    @Test
    public void l1() {
        Marks.mark("ChainTest.l1");
    }
}
