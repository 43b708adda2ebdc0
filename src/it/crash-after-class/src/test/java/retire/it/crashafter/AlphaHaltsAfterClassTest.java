package retire.it.crashafter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Both tests pass and the class completes; then the engine closes its own store, and the resource put
 * there halts the JVM: after the worker reported the class's end, before it said the class is done.
 */
@ExtendWith(AlphaHaltsAfterClassTest.HaltAtEngineEnd.class)
class AlphaHaltsAfterClassTest {
    @Test
    void one() {
    }

    @Test
    void two() {
    }

    static final class HaltAtEngineEnd implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("halt",
                    (ExtensionContext.Store.CloseableResource) () -> Runtime.getRuntime().halt(3));
        }
    }
}
