/**
 * retire's supervisor, inside Surefire's fork. Its one entry point is
 * {@link io.github.retire.provider.RetireProvider}, which Surefire loads through its {@code SurefireProvider}
 * service; the rest is internal, in packages by role: {@code run} (the loop and its decisions),
 * {@code worker} (worker processes and their connections), {@code report} (on to Surefire's reporter),
 * {@code work} (what there is to run), {@code jvm} (how a worker JVM is made) and {@code settings}.
 * docs/ARCHITECTURE.md draws how they fit.
 */
package io.github.retire.provider;
