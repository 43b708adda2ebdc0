package io.github.retire.booter;

import org.junit.platform.launcher.TestIdentifier;

/**
 * What an execution was asked for: which of its nodes a skip may report. Apart from the listener
 * that reports the skips, because the work a worker was given ({@link Refusals.Watched}) decides it.
 */
interface ReportScope {
    /** A whole class or classes: every node. */
    ReportScope ALL = new ReportScope() {
        @Override
        public boolean passes(TestIdentifier id) {
            return true;
        }

        @Override
        public boolean onTheWay(TestIdentifier id) {
            return false;
        }
    };

    /** Whether the node, or what is below it, may be reported. */
    boolean passes(TestIdentifier id);

    /** Whether the node is only on the way to what was asked for, and stands for nothing of its own. */
    boolean onTheWay(TestIdentifier id);
}
