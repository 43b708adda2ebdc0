package io.github.retire.provider.worker;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.retire.provider.report.Holding;
import io.github.retire.provider.report.Relay;
import io.github.retire.provider.report.Spool;
import io.github.retire.provider.work.Progress;
import io.github.retire.provider.work.Work;
import io.github.retire.wire.TestReport;
import org.apiguardian.api.API;

/**
 * One piece of work in flight on a worker, with what the supervisor knows of it: the class's unique
 * id, what ran (to work out what is left if the worker goes), and the tests running now. A worker has
 * one part at a time, or several when JUnit's parallel mode runs classes side by side in it.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Part {
    public final Work work;
    /** What of the work has run. */
    public final Progress progress = new Progress();
    /** The unique id of the class it runs, once the worker said. */
    public String classUid;
    /** Tests started and not ended, by unique id, in start order. */
    public final Map<String, Running> running = new LinkedHashMap<>();
    /** Its stream was finished while the worker went on with the other parts. */
    public boolean finished;

    /** A test the worker started and has not ended. */
    public static final class Running {
        public final TestReport report;
        /** When the supervisor had its start (System.nanoTime). */
        public final long since = System.nanoTime();
        /** Its output, held until it ends while other tests run beside it (see Supervisor#output); or null. */
        private Spool held;

        public Running(TestReport report) {
            this.report = report;
        }

        public void hold(Holding holding, boolean stdout, String text, boolean newLine) {
            if (held == null) {
                held = holding.spool();
            }
            held.add(new Spool.Item(0, stdout, newLine, text));
        }

        /** Its held output goes to the relay now, before its end is reported. */
        public void release(Relay relay, Work work) {
            if (held == null) {
                return;
            }
            for (Spool.Item o = held.poll(); o != null; o = held.poll()) {
                relay.output(work, o.stdout, o.text, o.newLine);
            }
        }
    }

    Part(Work work) {
        this.work = work;
    }

    /** Whether this report belongs to this part: by its class, or below the class's unique id. */
    public boolean owns(TestReport report) {
        return work.testClass.equals(report.sourceName()) || owns(report.uniqueId());
    }

    public boolean owns(String uniqueId) {
        // per test event and output line: compared in place, without building classUid + "/"
        return classUid != null && uniqueId != null && uniqueId.startsWith(classUid)
                && (uniqueId.length() == classUid.length() || uniqueId.charAt(classUid.length()) == '/');
    }

    /** The test that ran longest of those running, or null. */
    TestReport firstRunning() {
        return running.isEmpty() ? null : running.values().iterator().next().report;
    }
}
