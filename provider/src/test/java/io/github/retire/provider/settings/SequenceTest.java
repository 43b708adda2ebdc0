package io.github.retire.provider.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SequenceTest {
    private static final String A = "[engine:junit-jupiter]/[class:" + SequenceTest.class.getName() + "]/[method:a()]";
    private static final String B = "[engine:junit-jupiter]/[class:" + SequenceTest.class.getName() + "]/[method:b()]";
    private static final String V = "[engine:junit-vintage]/[runner:" + String.class.getName() + "]/[test:x(java.lang.String)]";

    @TempDir
    Path dir;

    private String file(String... lines) throws IOException {
        Path f = dir.resolve("seq.txt");
        Files.write(f, Arrays.asList(lines), StandardCharsets.UTF_8);
        return f.toString();
    }

    @Test
    void classesInOrderOfTheirFirstLineWithTheirIds() throws IOException {
        Sequence s = Sequence.read(file("# comment", V, "", A, "java.lang.Integer", B, A), getClass().getClassLoader());
        Map<String, List<String>> classes = s.classes();
        assertEquals(Arrays.asList(String.class.getName(), SequenceTest.class.getName(), Integer.class.getName()),
                Arrays.asList(classes.keySet().toArray()));
        assertEquals(Collections.singletonList(V), classes.get(String.class.getName()));
        assertEquals(Arrays.asList(A, B), classes.get(SequenceTest.class.getName()));
        assertEquals(Collections.emptyList(), classes.get(Integer.class.getName()));
        assertEquals(5, s.size());
    }

    @Test
    void aWholeClassLineCoversItsIds() throws IOException {
        Sequence s = Sequence.read(file(A, SequenceTest.class.getName()), getClass().getClassLoader());
        assertEquals(Collections.emptyList(), s.classes().get(SequenceTest.class.getName()));
    }

    @Test
    void badFilesAndLinesNameTheSettingAndTheLine() throws IOException {
        String[][] cases = {
                {"a.NoSuchTest", "line 1 'a.NoSuchTest': class a.NoSuchTest cannot be loaded"},
                {"java.lang.String#length", "is neither"},
                {"[engine:x]/[suite:y]", "is neither"},
                {"# nothing", "it names no test"},
        };
        for (String[] c : cases) {
            String f = file(c[0]);
            SettingException e = assertThrows(SettingException.class,
                    () -> Sequence.read(f, getClass().getClassLoader()), c[0]);
            assertTrue(e.getMessage().contains("retire.sequence") && e.getMessage().contains(c[1]), e.getMessage());
        }
        SettingException missing = assertThrows(SettingException.class,
                () -> Sequence.read(dir.resolve("none.txt").toString(), getClass().getClassLoader()));
        assertTrue(missing.getMessage().contains("cannot read it"), missing.getMessage());
    }

    @Test
    void classOfAUniqueId() {
        assertEquals(SequenceTest.class.getName(), Sequence.classOf(A));
        assertEquals(String.class.getName(), Sequence.classOf(V));
        assertNull(Sequence.classOf("[engine:junit-jupiter]"));
    }
}
