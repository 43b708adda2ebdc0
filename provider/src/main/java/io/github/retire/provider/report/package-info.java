/**
 * Between the run and Surefire's reporter: {@link io.github.retire.provider.report.Relay} hands events to the reporter
 * one class at a time, as a stock fork sends them, holding what comes early in
 * {@link io.github.retire.provider.report.Spool}s within the run's memory budget
 * ({@link io.github.retire.provider.report.Holding}); {@link io.github.retire.provider.report.RunStats} counts and words
 * the summary; {@link io.github.retire.provider.report.RunHistory} keeps what Surefire's run statistics need.
 *
 * <p>Internal to retire: public only so that the provider's packages can use each other. Nothing here
 * is API; it changes without notice.
 */
@API(status = INTERNAL, since = "0.1.0")
package io.github.retire.provider.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
