package io.github.retire.provider.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimingsTest {
    @TempDir
    Path dir;

    private Path write(String relative, String xml) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, xml.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static String suite(String name, String time) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite xmlns:xsi=\"x\" name=\"" + name + "\" time=\""
                + time + "\" tests=\"1\"><properties><property name=\"a\" value=\"b\"/></properties>"
                + "<testcase name=\"t\" classname=\"" + name + "\" time=\"0.5\"/></testsuite>\n";
    }

    @Test
    void readsEverySuiteUnderTheDirectoryFromAnyShard() throws IOException {
        write("shard-1/surefire-reports/TEST-a.ATest.xml", suite("a.ATest", "1.5"));
        write("shard-2/surefire-reports/TEST-a.BTest.xml", suite("a.BTest", "1,234.5"));
        write("shard-2/failsafe-reports/TEST-a.CIT.xml", suite("a.CIT(suffix)", "3"));
        write("old/TEST-a.ATest.xml", suite("a.ATest", "2.5"));
        write("shard-1/surefire-reports/a.ATest.txt", "not a report");
        write("shard-1/surefire-reports/TEST-broken.xml", "<testsuite name=\"broken\" time=\"1\"><testc");
        write("shard-1/surefire-reports/TEST-wrapped.xml", "<testsuites><testsuite name=\"w.One\" time=\"4\">"
                + "<testsuite name=\"w.Inner\" time=\"1\"/></testsuite><testsuite name=\"w.Two\" time=\"x\"/></testsuites>");
        List<String> warnings = new ArrayList<>();
        Map<String, Double> t = Timings.read(dir, warnings::add);
        assertEquals(2.0, t.get("a.ATest"), "the mean of the two reports");
        assertEquals(1234.5, t.get("a.BTest"));
        assertEquals(3.0, t.get("a.CIT"));
        assertEquals(4.0, t.get("w.One"));
        assertEquals(4, t.size(), t.toString());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("TEST-broken.xml") && warnings.get(0).contains("retire.timings"));
    }

    @Test
    void readsOneFile() throws IOException {
        Path file = write("TEST-x.XTest.xml", suite("x.XTest", "0.25"));
        assertEquals(Map.of("x.XTest", 0.25), Timings.read(file, w -> { }));
    }

    @Test
    void aMissingPathIsAnError() {
        IOException e = assertThrows(IOException.class, () -> Timings.read(dir.resolve("nothing"), w -> { }));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }
}
