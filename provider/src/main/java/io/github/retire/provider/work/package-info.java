/**
 * What there is to run: a {@link io.github.retire.provider.work.Work} is a class, or what is left of one; the
 * {@link io.github.retire.provider.work.WorkQueue} holds them with their rerun rounds;
 * {@link io.github.retire.provider.work.Progress} records what a worker ran of its work, and
 * {@link io.github.retire.provider.work.Leftovers} works out what a departed worker left.
 *
 * <p>Internal to retire: public only so that the provider's packages can use each other. Nothing here
 * is API; it changes without notice.
 */
@API(status = INTERNAL, since = "0.1.0")
package io.github.retire.provider.work;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
