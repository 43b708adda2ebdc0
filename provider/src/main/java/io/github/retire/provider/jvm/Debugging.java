package io.github.retire.provider.jvm;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A debugger asked for in the fork's JVM arguments ({@code -Dmaven.surefire.debug}, or jdwp in
 * argLine). Surefire gives the option to its fork, which is only retire's supervisor: breakpoints in
 * tests would never hit. So each worker, the JVM that runs the tests, gets the same agent on a port of
 * its own (the supervisor holds the user's), found free from the user's port upwards, with the user's
 * other options (suspend=y stays suspend=y). Where the agent connects out (server=n) instead of
 * listening, the worker's option is the user's own: it reaches the same listening debugger.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Debugging {
    private static final String AGENTLIB = "-agentlib:jdwp=";
    private static final String XRUN = "-Xrunjdwp:";
    /** How many ports above the supervisor's are tried before any free one is taken. */
    private static final int PORTS_TRIED = 100;

    private final String prefix;
    private final String options;
    private final String host;
    private final int port;
    private final boolean listens;

    private Debugging(String prefix, String options, String host, int port, boolean listens) {
        this.prefix = prefix;
        this.options = options;
        this.host = host;
        this.port = port;
        this.listens = listens;
    }

    public static boolean isAgent(String jvmArgument) {
        return jvmArgument.startsWith(AGENTLIB) || jvmArgument.startsWith(XRUN);
    }

    /** The debugger the fork was started with, or null. */
    public static Debugging of(List<String> jvmArguments) {
        Debugging found = null;
        for (String arg : jvmArguments) {
            if (isAgent(arg)) {
                found = parse(arg); // the JVM heeds the last one given
            }
        }
        return found;
    }

    static Debugging parse(String arg) {
        String prefix = arg.startsWith(AGENTLIB) ? AGENTLIB : XRUN;
        String options = arg.substring(prefix.length());
        String address = null;
        boolean listens = false;
        for (String option : options.split(",")) {
            if (option.startsWith("address=")) {
                address = option.substring("address=".length());
            } else if (option.equals("server=y")) {
                listens = true;
            }
        }
        String host = null;
        int port = 0;
        if (address != null) {
            int colon = address.lastIndexOf(':');
            host = colon < 0 ? null : address.substring(0, colon);
            try {
                port = Integer.parseInt(address.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = 0; // a transport other than a socket: any free port
            }
        }
        return new Debugging(prefix, options, host, port, listens);
    }

    /** Whether the workers' agent listens on a port, which the log must then name. */
    public boolean listens() {
        return listens;
    }

    /** The option a worker starts with, and the port it listens on (0 where it connects out). */
    public String[] optionForWorker() throws IOException {
        if (!listens) {
            return new String[] {prefix + options, "0"};
        }
        int free = freePort();
        StringBuilder sb = new StringBuilder();
        boolean addressGiven = false;
        for (String option : options.split(",")) {
            if (option.startsWith("address=")) {
                option = "address=" + (host == null ? "" : host + ":") + free;
                addressGiven = true;
            }
            sb.append(sb.length() == 0 ? "" : ",").append(option);
        }
        if (!addressGiven) {
            sb.append(",address=").append(free);
        }
        return new String[] {prefix + sb, String.valueOf(free)};
    }

    private int freePort() throws IOException {
        InetAddress bind = host == null || host.isEmpty() || host.equals("localhost")
                ? InetAddress.getLoopbackAddress() : host.equals("*") ? null : InetAddress.getByName(host);
        if (port > 0) {
            for (int p = port + 1; p <= Math.min(65535, port + PORTS_TRIED); p++) {
                if (free(bind, p)) {
                    return p;
                }
            }
        }
        try (ServerSocket any = new ServerSocket(0, 1, bind)) {
            return any.getLocalPort();
        }
    }

    private static boolean free(InetAddress bind, int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(bind, port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
