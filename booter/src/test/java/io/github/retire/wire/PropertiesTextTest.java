package io.github.retire.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class PropertiesTextTest {
    @Test
    void loadReadsBackEveryKeyAndValue() throws IOException {
        Properties original = new Properties();
        original.setProperty("plain", "value");
        original.setProperty("line.separator", "\r\n");
        original.setProperty(" key with = and : ", " leading and trailing spaces ");
        original.setProperty("#not-a-comment", "!nor this");
        original.setProperty("back\\slash", "C:\\dir\\file\\");
        original.setProperty("controls", "a\tb\fc\u0001d\u001fe");
        original.setProperty("unicode", "Grüße, 日本, \uD83D\uDE00");
        original.setProperty("empty", "");
        original.put("not.a.string", 42);

        Properties read = new Properties();
        read.load(new StringReader(PropertiesText.of(original)));

        original.remove("not.a.string");
        assertEquals(original, read);
    }

    @Test
    void parseReadsItBackAsAMap() {
        Properties original = new Properties();
        original.setProperty("a b", "c=d");
        original.setProperty("line.separator", "\n");
        original.setProperty("unicode", "Grüße");
        assertEquals(Map.of("a b", "c=d", "line.separator", "\n", "unicode", "Grüße"),
                PropertiesText.parse(PropertiesText.of(original)));
        assertEquals(Map.of(), PropertiesText.parse(""));
    }

    @Test
    void writesNoDateComment() {
        Properties p = new Properties();
        p.setProperty("k", "v");
        assertEquals("k=v\n", PropertiesText.of(p));
    }
}
