package io.github.retire.provider.worker;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Path;

import io.github.retire.provider.jvm.ClassDataSharing;
import org.apiguardian.api.API;

/**
 * What the run loop needs of whoever starts worker JVMs: {@link WorkerLauncher} in a run, a fake in the
 * supervisor's unit tests, which script in-process workers instead of starting JVMs.
 */
@API(status = INTERNAL, since = "0.1.0")
public interface Launcher {
    /**
     * Starts one more worker; it reports in with HELLO on the supervisor's queue.
     *
     * @param spare whether it will wait for work: then it rehearses meanwhile, so that it starts warm
     */
    Worker start(boolean spare) throws IOException;

    /** The fatal error log (hs_err) a crashed worker wrote, if it wrote one where we expect it; else null. */
    Path fatalErrorLog(Worker worker);

    /**
     * The worker mapped a class-data archive and ended before its hello: the archive is dropped (see {@link ClassDataSharing#drop}).
     *
     * @return whether it was dropped now, rather than before: the caller says so once
     */
    default boolean dropArchive(Worker worker) {
        return false;
    }

    /** Whether the worker mapped a class-data archive that was dropped since: it is let go before it runs anything. */
    default boolean archiveDropped(Worker worker) {
        return false;
    }
}
