package io.github.retire.provider.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.retire.provider.worker.Worker;
import io.github.retire.wire.CommandType;

/**
 * The workers started and not yet ended, in the order they started (the scheduler hands out work in
 * that order), and since when each one asked to exit has been exiting. Used only on the supervisor
 * thread.
 */
final class LiveWorkers {
    private final Map<Integer, Worker> byId = new LinkedHashMap<>();
    private final Map<Worker, Long> exitingSince = new HashMap<>();

    void add(Worker worker) {
        byId.put(worker.id, worker);
    }

    void ended(Worker worker) {
        byId.remove(worker.id);
        exitingSince.remove(worker);
    }

    boolean any() {
        return !byId.isEmpty();
    }

    /** The live worker with this id, or null. */
    Worker get(int id) {
        return byId.get(id);
    }

    Collection<Worker> all() {
        return byId.values();
    }

    int count(Worker.State state) {
        int n = 0;
        for (Worker w : byId.values()) {
            if (w.state == state) {
                n++;
            }
        }
        return n;
    }

    /** The worker was asked to exit (System.nanoTime now): it gets retire.exitTimeout to do so. */
    void exiting(Worker worker) {
        exitingSince.put(worker, System.nanoTime());
    }

    /** Those asked to exit longer ago than this. */
    List<Worker> exitingLongerThan(long nanos) {
        long now = System.nanoTime();
        List<Worker> overdue = new ArrayList<>();
        for (Map.Entry<Worker, Long> e : exitingSince.entrySet()) {
            if (now - e.getValue() > nanos) {
                overdue.add(e.getKey());
            }
        }
        return overdue;
    }

    /** The worker was killed for not exiting: it is not waited for again, only its end is. */
    void noLongerExiting(Worker worker) {
        exitingSince.remove(worker);
    }

    /** Surefire told the fork to shut down: the tests' thread dumps belong where the fork's goes. */
    void dumpThreads() {
        for (Worker w : byId.values()) {
            w.send(CommandType.DUMP_THREADS);
        }
    }

    /** No worker can connect any more: those still starting never will. */
    void killStarting() {
        for (Worker w : byId.values()) {
            if (w.state == Worker.State.STARTING) {
                w.process.destroyForcibly();
            }
        }
    }
}
