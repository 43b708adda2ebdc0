/**
 * CI sharding: which of the run's test classes this job runs ({@code retire.shard}), split by past durations
 * ({@code retire.timings}, longest first onto the least loaded shard) or, without them, by a hash of the class
 * name. Every shard computes the same split on its own.
 *
 * <p>Internal to retire: public only so that the provider's packages can use each other. Nothing here
 * is API; it changes without notice.
 */
@API(status = INTERNAL, since = "0.1.0")
package io.github.retire.provider.shard;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
