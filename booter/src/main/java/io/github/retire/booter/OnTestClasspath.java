package io.github.retire.booter;

/**
 * Whether a class of the user's test classpath is there, without loading it: what the worker does
 * for an engine or an extension point depends on what the project brought, which differs per project.
 */
final class OnTestClasspath {
    private OnTestClasspath() {
    }

    static boolean has(String className) {
        try {
            Class.forName(className, false, OnTestClasspath.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
