package io.github.retire.provider.jvm;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.management.ObjectName;

import io.github.retire.wire.PrivateFiles;
import org.apiguardian.api.API;

/**
 * Keeps the supervisor's JVM (Surefire's fork) from spending a core on C2 compilation. The fork runs
 * no tests any more, only the relay, and that code is short-lived and varied: C2 spent CPU on it
 * and gained nothing measurable (docs/BENCHMARKS.md, "C2 off in the supervisor's JVM"), CPU the
 * workers and Maven need on a busy machine. A compiler directive (HotSpot's
 * {@code Compiler.directives_add}) excludes C2, so hot code stays at C1. It is added on a background
 * thread, because the platform MBean server it goes through is slow to start. Where that is not
 * possible (another JVM), nothing changes.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class LeanCompilation {
    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private LeanCompilation() {
    }

    public static void apply(Path scratch) {
        Thread t = new Thread(() -> {
            try {
                Path file = scratch.resolve("compiler-directives.json");
                PrivateFiles.write(file, DIRECTIVE.getBytes(StandardCharsets.UTF_8));
                ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            } catch (Exception | LinkageError ignored) {
                // not HotSpot, or no management: the supervisor compiles as it always did
            }
        }, "retire-lean-compilation");
        t.setDaemon(true);
        t.start();
    }
}
