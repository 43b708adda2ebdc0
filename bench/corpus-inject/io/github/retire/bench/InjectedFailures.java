package io.github.retire.bench;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes about one test in {@code corpus.failEvery} fail, chosen by its unique id's hash, so a real
 * suite that passes everywhere also exercises retire.onFailure (retirements, continuations inside
 * parameterized tests, classes split across JVMs). The choice depends on the id alone, so stock and
 * retire fail the very same tests. Loaded through ServiceLoader with
 * junit.jupiter.extensions.autodetection.enabled=true (bench/corpus.py --fail-every).
 */
public final class InjectedFailures implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        int every = Integer.getInteger("corpus.failEvery", 0);
        if (every > 0 && Math.floorMod(context.getUniqueId().hashCode(), every) == 0) {
            throw new AssertionError("[corpus] injected failure (corpus.failEvery=" + every + ")");
        }
    }
}
