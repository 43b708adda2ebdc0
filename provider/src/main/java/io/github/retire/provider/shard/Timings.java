package io.github.retire.provider.shard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Past class durations from the {@code TEST-*.xml} reports under a path ({@code retire.timings}): what CI keeps
 * of earlier runs, from any shards, Surefire's or Failsafe's. A class found in several reports gets the mean of
 * its times. A report that does not parse is skipped with a warning: a CI cache may hold a half-written one.
 */
final class Timings {
    private Timings() {
    }

    /** Seconds by class name; the path must exist and be readable (else IOException). */
    static Map<String, Double> read(Path path, Consumer<String> warn) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Timings::isReport).sorted().forEach(files::add);
            }
        } else if (Files.isReadable(path) && Files.isRegularFile(path)) {
            files.add(path);
        } else {
            throw new IOException(Files.exists(path) ? "not readable" : "no such file or directory");
        }
        Map<String, double[]> sums = new TreeMap<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                // A file counts whole or not at all: a half-written one may end inside a suite.
                Map<String, double[]> ofFile = new TreeMap<>();
                readSuites(factory.createXMLStreamReader(in), ofFile);
                ofFile.forEach((name, sum) -> {
                    double[] all = sums.computeIfAbsent(name, k -> new double[2]);
                    all[0] += sum[0];
                    all[1] += sum[1];
                });
            } catch (XMLStreamException | IOException | RuntimeException e) {
                warn.accept("[retire] " + file + " is skipped for " + Sharding.TIMINGS + ": " + e.getMessage());
            }
        }
        Map<String, Double> seconds = new TreeMap<>();
        sums.forEach((name, sum) -> seconds.put(name, sum[0] / sum[1]));
        return seconds;
    }

    private static boolean isReport(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith("TEST-") && name.endsWith(".xml") && Files.isRegularFile(p);
    }

    /** Each testsuite element: a report may wrap several in {@code testsuites}; a suite nested in a suite counts once. */
    private static void readSuites(XMLStreamReader xml, Map<String, double[]> sums) throws XMLStreamException {
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "testsuite".equals(xml.getLocalName())) {
                if (depth++ == 0) {
                    String name = className(xml.getAttributeValue(null, "name"));
                    Double time = seconds(xml.getAttributeValue(null, "time"));
                    if (name != null && time != null) {
                        double[] sum = sums.computeIfAbsent(name, k -> new double[2]);
                        sum[0] += time;
                        sum[1]++;
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "testsuite".equals(xml.getLocalName())) {
                depth--;
            }
        }
    }

    /** The class a suite stands for: Surefire names it {@code a.BTest(suffix)} under a reportNameSuffix. */
    static String className(String suiteName) {
        if (suiteName == null || suiteName.trim().isEmpty()) {
            return null;
        }
        String name = suiteName.trim();
        int paren = name.indexOf('(');
        if (paren > 0 && name.endsWith(")")) {
            name = name.substring(0, paren);
        }
        return name;
    }

    /** Surefire writes {@code 1.234}; older ones group thousands ({@code 1,234.5}). */
    static Double seconds(String text) {
        if (text == null) {
            return null;
        }
        try {
            double s = Double.parseDouble(text.trim().replace(",", ""));
            return s >= 0 && !Double.isInfinite(s) && !Double.isNaN(s) ? s : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
