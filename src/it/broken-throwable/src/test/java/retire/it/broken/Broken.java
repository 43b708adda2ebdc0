package retire.it.broken;

/** Throwables that break whoever renders them. */
final class Broken {
    private Broken() {
    }

    /** getMessage, getLocalizedMessage and toString all throw. */
    static class UnprintableException extends RuntimeException {
        UnprintableException() {
            super("never seen");
        }

        @Override
        public String getMessage() {
            throw new IllegalStateException("getMessage() is broken");
        }

        @Override
        public String getLocalizedMessage() {
            throw new IllegalStateException("getLocalizedMessage() is broken");
        }

        @Override
        public String toString() {
            throw new IllegalStateException("toString() is broken");
        }
    }

    /** An assertion that cannot say what it asserted. */
    static class UnprintableAssertion extends AssertionError {
        @Override
        public String getMessage() {
            throw new IllegalStateException("getMessage() is broken");
        }

        @Override
        public String toString() {
            throw new IllegalStateException("toString() is broken");
        }
    }

    /** getCause throws. */
    static class CauseThrows extends RuntimeException {
        CauseThrows() {
            super("my cause throws");
        }

        @Override
        public synchronized Throwable getCause() {
            throw new IllegalStateException("getCause() is broken");
        }
    }

    /** Two exceptions that are each other's cause. */
    static RuntimeException causeCycle() {
        RuntimeException a = new RuntimeException("a, caused by b");
        RuntimeException b = new RuntimeException("b, caused by a");
        a.initCause(b);
        b.initCause(a);
        return a;
    }
}
