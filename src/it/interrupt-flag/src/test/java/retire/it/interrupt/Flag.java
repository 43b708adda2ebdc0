package retire.it.interrupt;

/** What the tests print, so that verify.groovy can compare the flag each test saw with stock's. */
final class Flag {
    private Flag() {
    }

    /** Prints whether the calling thread's interrupt flag is set, without clearing it. */
    static void seen(String where) {
        System.out.println("FLAG-SEEN " + where + " " + Thread.currentThread().isInterrupted());
    }

    /** Sets the calling thread's flag and writes through System.out and System.err while it is set. */
    static void leave(String where) {
        Thread.currentThread().interrupt();
        System.out.println("FLAG-LEFT " + where);
        System.err.println("FLAG-LEFT " + where + " (stderr)");
    }
}
