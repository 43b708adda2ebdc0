package io.github.retire.provider.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import javax.management.ObjectName;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On HotSpot (the JDKs retire is built and tested on), the directive reaches the running JVM. */
class LeanCompilationTest {
    private static final String DCMD = "com.sun.management:type=DiagnosticCommand";

    private boolean added;

    @Test
    void addsADirectiveThatExcludesC2ForEveryMethod(@TempDir Path scratch) throws Exception {
        int before = directives().split("Directive:", -1).length;
        LeanCompilation.apply(scratch);
        String printed = directives();
        for (int i = 0; i < 200 && printed.split("Directive:", -1).length == before; i++) {
            Thread.sleep(50);
            printed = directives();
        }
        added = printed.split("Directive:", -1).length > before;
        assertTrue(added, "no directive was added within 10 s:\n" + printed);
        // The newest directive is printed first: *.* with C2 excluded and C1 left alone.
        String newest = printed.substring(printed.indexOf("Directive:"));
        int c1 = newest.indexOf("c1 directives:");
        int c2 = newest.indexOf("c2 directives:");
        assertTrue(newest.contains("*.*") && c1 >= 0 && c2 > c1, newest);
        assertTrue(newest.substring(c1, c2).contains("Exclude:false"), newest);
        assertTrue(newest.substring(c2).contains("Enable:true Exclude:true"), newest);
    }

    @AfterEach
    void removeIt() throws Exception {
        if (added) {
            dcmd("compilerDirectivesRemove");
        }
    }

    private static String directives() throws Exception {
        return dcmd("compilerDirectivesPrint");
    }

    private static String dcmd(String operation) throws Exception {
        Object out = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(DCMD), operation,
                new Object[] {null}, new String[] {String[].class.getName()});
        return String.valueOf(out);
    }
}
