/**
 * One worker JVM as the supervisor sees it: {@link io.github.retire.provider.worker.WorkerLauncher} starts the process
 * and its reader threads, which only post {@link io.github.retire.provider.worker.WorkerEvent}s (through the bounded
 * {@link io.github.retire.provider.worker.Backlog}); {@link io.github.retire.provider.worker.Door} admits connections,
 * {@link io.github.retire.provider.worker.Connection} speaks the wire protocol,
 * {@link io.github.retire.provider.worker.PipeBarrier} orders native output with events, and
 * {@link io.github.retire.provider.worker.JournalReplay} reads back what a dead worker never sent.
 * {@link io.github.retire.provider.worker.Worker} and its {@link io.github.retire.provider.worker.Part}s are the state
 * the run loop changes.
 *
 * <p>Internal to retire: public only so that the provider's packages can use each other. Nothing here
 * is API; it changes without notice.
 */
@API(status = INTERNAL, since = "0.1.0")
package io.github.retire.provider.worker;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
