package io.github.retire.provider.run;

import java.io.IOException;

/**
 * Whether workers can run tests at all: counts the workers that died before completing anything, in a
 * row, against {@code retire.maxStartupFailures}, and holds the reason to stop starting them (too
 * many such deaths, a worker that could not be launched, or one that said it cannot run tests). Used
 * only on the supervisor thread.
 */
final class StartupGuard {
    /** Why starting workers stopped: after how many failures in a row, and the last one's output. */
    static final class GiveUp {
        final int failures;
        final String output;

        GiveUp(int failures, String output) {
            this.failures = failures;
            this.output = output;
        }
    }

    private final int maxFailures;
    private int failuresInRow;
    private String lastOutput = "";
    /**
     * Fixed the first time it is asked for: work that comes back later (sent ahead to a worker that
     * died after that) is reported for the same reason.
     */
    private GiveUp gaveUp;
    /** Why workers cannot run tests at all, once one said so. */
    private String fatal;

    StartupGuard(int maxFailures) {
        this.maxFailures = maxFailures;
    }

    /** A worker completed something: deaths before that no longer count as start-up failures. */
    void progressMade() {
        failuresInRow = 0;
    }

    /** A worker died before completing a single test. */
    void failed(String output) {
        failuresInRow++;
        lastOutput = output;
    }

    /** Whether so many workers died in a row before completing anything that starting more is pointless. */
    boolean exhausted() {
        return failuresInRow >= maxFailures;
    }

    /** Why starting workers stopped; asked for only once {@link #exhausted()}. */
    GiveUp giveUp() {
        if (gaveUp == null) {
            gaveUp = new GiveUp(failuresInRow, lastOutput);
        }
        return gaveUp;
    }

    /** A worker could not even be launched: no other would be, and this is why. */
    GiveUp launchFailed(IOException e) {
        failuresInRow = maxFailures;
        lastOutput = e.toString();
        return new GiveUp(failuresInRow, lastOutput);
    }

    /** Why workers cannot run tests at all, or null. */
    String fatal() {
        return fatal;
    }

    /** No worker will be given work any more; those that ask are let go. */
    void fatal(String why) {
        fatal = why;
    }
}
