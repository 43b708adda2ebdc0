package io.github.retire.hardkill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Whether a directory sits on a noexec mount, from /proc/mounts (Linux). */
final class Mounts {
    private Mounts() {
    }

    static boolean isNoExec(Path dir) {
        try {
            String path = dir.toRealPath().toString();
            List<String> mounts = Files.readAllLines(Paths.get("/proc/mounts"));
            String best = "";
            boolean noexec = false;
            for (String line : mounts) {
                String[] f = line.split(" ");
                if (f.length < 4) {
                    continue;
                }
                String point = f[1].replace("\\040", " ");
                boolean covers = path.equals(point) || path.startsWith(point.endsWith("/") ? point : point + "/");
                if (covers && point.length() >= best.length()) {
                    best = point;
                    noexec = ("," + f[3] + ",").contains(",noexec,");
                }
            }
            return noexec;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
