package io.github.retire.booter;

import java.lang.reflect.Method;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;

/**
 * JUnit Platform 6's cancellation ({@code CancellationToken}, {@code LauncherExecutionRequest}), reached
 * by reflection because the booter compiles against platform 1.x, which has neither. A cancelled
 * execution starts no further node: Jupiter and Vintage report each one not started as skipped,
 * "Execution cancelled", while those running finish with their containers' lifecycle.
 */
final class Cancellation {
    private final Class<?> tokenType;
    private final Method create;
    private final Method cancel;
    private final Method request;
    private final Method listeners;
    private final Method withToken;
    private final Method build;
    private final Method execute;

    private Cancellation(ClassLoader loader) throws ReflectiveOperationException {
        tokenType = Class.forName("org.junit.platform.engine.CancellationToken", false, loader);
        create = tokenType.getMethod("create");
        cancel = tokenType.getMethod("cancel");
        Class<?> builder = Class.forName("org.junit.platform.launcher.core.LauncherExecutionRequestBuilder", false,
                loader);
        request = builder.getMethod("request", LauncherDiscoveryRequest.class);
        listeners = builder.getMethod("listeners", TestExecutionListener[].class);
        withToken = builder.getMethod("cancellationToken", tokenType);
        build = builder.getMethod("build");
        execute = Launcher.class.getMethod("execute",
                Class.forName("org.junit.platform.launcher.LauncherExecutionRequest", false, loader));
    }

    /** The platform's cancellation, or null on a platform without it (1.x). */
    static Cancellation detect() {
        try {
            return new Cancellation(Launcher.class.getClassLoader());
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /**
     * Whether the engine of this node skips what a cancelled execution has not started. A node of any
     * other engine that starts while the worker is drained may be one the drain cannot hold back.
     */
    static boolean honoured(String uniqueId) {
        return uniqueId.startsWith("[engine:junit-jupiter]") || uniqueId.startsWith("[engine:junit-vintage]")
                || uniqueId.startsWith("[engine:junit-platform-suite]");
    }

    Object newToken() {
        return invoke(create, null);
    }

    void cancel(Object token) {
        invoke(cancel, token);
    }

    void execute(Launcher launcher, LauncherDiscoveryRequest discoveryRequest, TestExecutionListener listener,
                 Object token) {
        Object builder = invoke(request, null, discoveryRequest);
        invoke(listeners, builder, (Object) new TestExecutionListener[] {listener});
        invoke(withToken, builder, token);
        invoke(execute, launcher, invoke(build, builder));
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }
}
