package retire.it.bisectj4;

/** Static state that outlives a test class in its JVM. */
final class Shared {
    static boolean poisoned;
    static boolean touched;

    private Shared() {
    }
}
