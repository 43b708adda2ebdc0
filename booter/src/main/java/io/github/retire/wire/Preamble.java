package io.github.retire.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The first bytes on a worker connection, before any frame: who the worker is and the secret that
 * proves it. Fixed size, so that the supervisor can check a connection with a buffer of its own
 * before it decodes anything a stranger could send (any local user can connect to the port, which
 * every worker's command line shows).
 *
 * <pre>
 * offset 0   8 bytes   "retire/1" (ASCII)
 * offset 8   int32     worker id, big-endian
 * offset 12  32 bytes  secret: 32 lowercase hex digits (ASCII)
 * </pre>
 *
 * <p>The supervisor answers a preamble that checked out with the one byte {@link #ADMITTED}, and closes
 * any other connection without a word. A worker that is not admitted tries again: strangers may hold
 * every place the supervisor keeps for connections that have not said who they are yet.
 */
public final class Preamble {
    public static final int SECRET_CHARS = 32;
    private static final byte[] MAGIC = "retire/1".getBytes(StandardCharsets.US_ASCII);
    public static final int BYTES = MAGIC.length + 4 + SECRET_CHARS;
    /** The supervisor's answer to a preamble that checked out; frames follow in both directions. */
    public static final int ADMITTED = '+';

    private Preamble() {
    }

    /** A fresh secret of the one length a preamble carries. */
    public static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[SECRET_CHARS / 2];
        random.nextBytes(bytes);
        StringBuilder hex = new StringBuilder(SECRET_CHARS);
        for (byte b : bytes) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }

    /**
     * @throws IllegalArgumentException when the secret is not {@value #SECRET_CHARS} ASCII characters
     */
    public static byte[] encode(int workerId, String secret) {
        byte[] s = secret.getBytes(StandardCharsets.US_ASCII);
        if (s.length != SECRET_CHARS) {
            throw new IllegalArgumentException("a worker secret has " + SECRET_CHARS + " characters, not " + s.length);
        }
        return ByteBuffer.allocate(BYTES).put(MAGIC).putInt(workerId).put(s).array();
    }

    /** Whether the first {@code n} bytes read so far can begin a preamble: a stranger is known by its first byte. */
    public static boolean couldStart(byte[] bytes, int n) {
        for (int i = 0; i < Math.min(n, MAGIC.length); i++) {
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    public static int workerId(byte[] preamble) {
        return ByteBuffer.wrap(preamble, MAGIC.length, 4).getInt();
    }

    public static byte[] secret(byte[] preamble) {
        return Arrays.copyOfRange(preamble, MAGIC.length + 4, BYTES);
    }
}
