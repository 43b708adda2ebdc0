package io.github.retire.provider.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;

class SharingOptionsTest {
    @Test
    void theUsersOwnSharingChoiceIsSeenByPrefix() {
        assertFalse(SharingOptions.userChose(List.of("-Xmx1g", "-Xss2m", "-XX:+UseG1GC")));
        for (String choice : List.of("-Xshare:off", "-XX:SharedArchiveFile=a.jsa", "-XX:ArchiveClassesAtExit=a.jsa",
                "-XX:+AutoCreateSharedArchive", "-XX:SharedClassListFile=l", "-XX:AOTCache=a.aot",
                "-XX:AOTMode=off", "-XX:+RecordDynamicDumpInfo", "-XX:-UseSharedSpaces")) {
            assertTrue(SharingOptions.userChose(List.of("-Xmx1g", choice)), choice);
        }
    }

    @Test
    void anAgentIsNamedWithoutItsOptions() {
        assertNull(SharingOptions.agent(List.of("-Xmx1g")));
        assertEquals("-javaagent:/x/jacoco.jar", SharingOptions.agent(List.of("-Xmx1g",
                "-javaagent:/x/jacoco.jar=destfile=a.exec", "-agentlib:jdwp=transport=dt_socket")));
        assertEquals("-agentlib:jdwp", SharingOptions.agent(List.of("-agentlib:jdwp=transport=dt_socket")));
        assertEquals("-agentpath:/x/libyjp.so", SharingOptions.agent(List.of("-agentpath:/x/libyjp.so")));
    }

    @Test
    void mappingAnArchiveIsQuietAndSaysItsKind() {
        Path jsa = Paths.get("cds", "k.jsa");
        Path aot = Paths.get("cds", "k.aot");
        assertEquals(List.of(), SharingOptions.mapping(null, false));
        assertEquals(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:SharedArchiveFile=" + jsa),
                SharingOptions.mapping(jsa, false));
        assertEquals(List.of("-Xlog:aot=off", "-Xlog:cds=off", "-XX:AOTCache=" + aot), SharingOptions.mapping(aot, true));
        assertEquals(List.of("-Xlog:aot=off", "-Xlog:cds=off"), SharingOptions.quiet(true));
    }
}
