package io.github.retire.provider.jvm;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;

import org.apache.maven.surefire.api.booter.DumpErrorSingleton;
import org.apiguardian.api.API;

/**
 * Surefire's {@code .dump} file of this fork, where its booter writes a thread dump before a
 * forkedProcessTimeoutInSeconds or a shutdown ends the fork. Surefire keeps the name to itself.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class SurefireDump {
    private SurefireDump() {
    }

    /** Null where it cannot be known. */
    public static Path file() {
        try {
            Field field = DumpErrorSingleton.class.getDeclaredField("dumpFile");
            field.setAccessible(true);
            Object file = field.get(DumpErrorSingleton.getSingleton());
            return file instanceof File ? ((File) file).toPath().toAbsolutePath() : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
