/**
 * retire's own settings ({@link io.github.retire.provider.settings.Settings}: read, checked, and refused with a message
 * naming the setting and its accepted forms), the Surefire parameters retire cannot honour
 * ({@link io.github.retire.provider.settings.Unhonoured}), and JUnit's parallel mode as the supervisor must know it.
 *
 * <p>Internal to retire: public only so that the provider's packages can use each other. Nothing here
 * is API; it changes without notice.
 */
@API(status = INTERNAL, since = "0.1.0")
package io.github.retire.provider.settings;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
