package retire.it.jdk25;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.TreeSet;

/** Prints the pid and the shared libraries of this JVM that do not belong to the JDK. */
final class NativeLibs {
    private NativeLibs() {
    }

    static void mark(String test) throws Exception {
        String javaHome = Paths.get(System.getProperty("java.home")).toRealPath().toString();
        TreeSet<String> libs = new TreeSet<>();
        for (String line : Files.readAllLines(Paths.get("/proc/self/maps"))) {
            int slash = line.indexOf('/');
            if (slash >= 0) {
                String path = line.substring(slash);
                if (path.contains(".so") && !path.startsWith(javaHome) && !path.startsWith("/usr/lib/x86_64-linux-gnu/")
                        && !path.startsWith("/lib") && !path.startsWith("/usr/lib64/")) {
                    libs.add(path);
                }
            }
        }
        System.out.println(test + " pid " + ProcessHandle.current().pid());
        System.out.println(test + " foreign-libs " + libs);
    }
}
