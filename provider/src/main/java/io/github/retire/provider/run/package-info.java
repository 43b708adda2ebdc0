/**
 * The supervisor's run loop, on its one thread: {@link io.github.retire.provider.run.Supervisor} takes every
 * worker event from one queue and hands it on, one at a time and each to its end before the next.
 * {@link io.github.retire.provider.run.WorkerFrames} says what a worker's frames mean to the run;
 * {@link io.github.retire.provider.run.TestSets} owns a class's test set as Surefire's reporter sees it;
 * {@link io.github.retire.provider.run.Scheduler} decides who runs what, {@link io.github.retire.provider.run.LiveWorkers}
 * holds the workers, {@link io.github.retire.provider.run.Deadlines} and {@link io.github.retire.provider.run.StartupGuard}
 * stop the run from hanging or looping; {@link io.github.retire.provider.run.Departures} takes a retirement and judges a
 * worker's end into a {@link io.github.retire.provider.run.WorkerEnd}, which {@link io.github.retire.provider.run.Losses}
 * turns into reports and {@link io.github.retire.provider.run.Handover} into the work that goes on.
 *
 * <p>Internal to retire: public only so that the provider's packages can use each other. Nothing here
 * is API; it changes without notice.
 */
@API(status = INTERNAL, since = "0.1.0")
package io.github.retire.provider.run;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
