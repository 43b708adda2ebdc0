/**
 * How a worker JVM is made: its classpath ({@link io.github.retire.provider.jvm.WorkerClasspath},
 * {@link io.github.retire.provider.jvm.ClasspathArrangement}, {@link io.github.retire.provider.jvm.BundledEngines}), its
 * options and system properties, the run's private scratch directory, and class-data sharing
 * ({@link io.github.retire.provider.jvm.ClassDataSharing}, docs/CLASS-DATA-SHARING.md).
 *
 * <p>Internal to retire: public only so that the provider's packages can use each other. Nothing here
 * is API; it changes without notice.
 */
@API(status = INTERNAL, since = "0.1.0")
package io.github.retire.provider.jvm;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
