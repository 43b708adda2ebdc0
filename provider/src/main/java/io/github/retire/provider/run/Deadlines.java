package io.github.retire.provider.run;

import java.util.concurrent.TimeUnit;

import io.github.retire.provider.settings.Settings;
import io.github.retire.provider.worker.Part;
import io.github.retire.provider.worker.Worker;
import io.github.retire.wire.WatchdogMessage;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;

/**
 * The supervisor's own timers on live workers, checked every loop turn: a worker is killed when it
 * does not say hello in time, stays silent past every stage of a hard timeout, or does not exit when
 * asked to. Each kill is marked on the worker, so that its end is judged for what it was. Used only on
 * the supervisor thread.
 */
final class Deadlines {
    /**
     * How long a worker may take from its start to its HELLO. A JVM starts in well under a second, some
     * seconds on a loaded machine or with agents in argLine; one that has not said hello by then is stalled
     * (or its connection was refused), and waiting for it would hang the run.
     */
    static final long HELLO_DEADLINE_MILLIS = 60_000;

    private final Settings settings;
    private final LiveWorkers live;
    private final ConsoleLogger log;

    Deadlines(Settings settings, LiveWorkers live, ConsoleLogger log) {
        this.settings = settings;
        this.live = live;
        this.log = log;
    }

    void check() {
        killOverdue();
        killSilent();
        killSpeechless();
    }

    /**
     * A worker that has not said HELLO within {@link #HELLO_DEADLINE_MILLIS} of its start is killed; its
     * end counts as a start-up failure. Not one that may wait for a debugger to attach (suspend=y).
     */
    private void killSpeechless() {
        long now = System.nanoTime();
        for (Worker w : live.all()) {
            if (w.state == Worker.State.STARTING && !w.debugged && w.killed == null && w.exitStatus == null
                    && now - w.startedAt > TimeUnit.MILLISECONDS.toNanos(HELLO_DEADLINE_MILLIS)) {
                log.error("[retire] " + w + " did not say hello within " + HELLO_DEADLINE_MILLIS / 1000
                        + " s of its start; killing it");
                w.kill(Worker.Kill.SPEECHLESS);
            }
        }
    }

    /**
     * The last stage of a hard timeout, for when neither stage in the worker could act: the Java
     * stage needs a JVM that runs Java threads, and the native one is missing with
     * {@code retire.hardkill=java} or where the library cannot load. A worker running tests sends
     * something at every test's start and end, so one that has sent nothing for the whole limit,
     * the grace and {@link WatchdogMessage#SUPERVISOR_MARGIN_MILLIS} more is stalled: the supervisor kills it.
     *
     * <p>Until the worker has started its class (its start is sent at once, before the first test), no test
     * of it can be running: it is finding and loading the class, which a loaded machine may slow down past
     * any test's limit. That silence gets {@link #HELLO_DEADLINE_MILLIS}, as a worker's start does, and a
     * worker killed for it is said to have not started its class, not to have overrun a limit. (JUnit 4's
     * {@code @Parameters} methods run then too: a hang in one takes that long to be ended.)
     */
    private void killSilent() {
        if (settings.testTimeoutMillis() <= 0) {
            return;
        }
        long limit = TimeUnit.MILLISECONDS.toNanos(settings.testTimeoutMillis() + settings.timeoutGraceMillis()
                + WatchdogMessage.SUPERVISOR_MARGIN_MILLIS);
        long beforeItsWork = Math.max(limit, TimeUnit.MILLISECONDS.toNanos(HELLO_DEADLINE_MILLIS));
        long now = System.nanoTime();
        for (Worker w : live.all()) {
            boolean started = false;
            for (Part part : w.parts) {
                started |= part.classUid != null;
            }
            if (w.state == Worker.State.RUNNING && w.killed == null && w.exitStatus == null && w.process.isAlive()
                    && now - w.lastHeard > (started ? limit : beforeItsWork)) {
                w.kill(started ? Worker.Kill.SILENT : Worker.Kill.SILENT_UNSTARTED);
            }
        }
    }

    /** A worker asked to exit has retire.exitTimeout to do so. */
    private void killOverdue() {
        for (Worker w : live.exitingLongerThan(TimeUnit.MILLISECONDS.toNanos(settings.exitTimeoutMillis()))) {
            live.noLongerExiting(w);
            if (w.exitStatus != null) {
                continue; // it did exit; its end is being judged
            }
            log.warning("[retire] " + w + " did not exit within " + settings.exitTimeoutMillis()
                    + " ms (" + Settings.EXIT_TIMEOUT + ") of being asked to; killing it");
            w.kill(Worker.Kill.OVERDUE);
        }
    }
}
