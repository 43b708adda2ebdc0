package io.github.retire.maven.bisect;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The test that fails after others ({@code -Dretire.victim=Class#method}), and how it ended in a probe,
 * read from the probe's TEST-*.xml as Surefire wrote them.
 */
final class Victim {
    static final String PROPERTY = "retire.victim";

    /** How the victim ended in one probe. */
    enum Outcome { PASSED, FAILED, NOT_RUN }

    final String className;
    final String method;

    private Victim(String className, String method) {
        this.className = className;
        this.method = method;
    }

    static Victim parse(String value) {
        String v = value == null ? "" : value.trim();
        int hash = v.indexOf('#');
        if (hash <= 0 || hash == v.length() - 1 || v.indexOf('#', hash + 1) >= 0 || v.contains(" ")) {
            throw new IllegalArgumentException("[retire] invalid value '" + value + "' for " + PROPERTY
                    + "; accepted: the test that fails after others, as Class#method (com.example.FooTest#bar;"
                    + " the class's simple name is enough when the run record names only one such class)");
        }
        return new Victim(v.substring(0, hash), v.substring(hash + 1));
    }

    /** Whether a test named so in the reports (or the record) is this one, an invocation of it included. */
    boolean is(String testClass, String name) {
        return classMatches(testClass) && name != null
                && (name.equals(method) || name.startsWith(method + "(") || name.startsWith(method + "["));
    }

    boolean classMatches(String testClass) {
        return testClass != null && (testClass.equals(className)
                || className.indexOf('.') < 0 && testClass.endsWith("." + className));
    }

    /** The victim with the class named in full, as a record or report names it. */
    Victim in(String testClass) {
        return new Victim(testClass, method);
    }

    @Override
    public String toString() {
        return className + "#" + method;
    }

    /**
     * How it ended in the reports of a probe: failed when any of its test cases (invocations) failed or
     * erred, passed when all passed, not run when none is there or all were skipped.
     */
    Outcome outcomeIn(File reports) throws Exception {
        File[] files = reports.listFiles((dir, name) -> name.startsWith("TEST-") && name.endsWith(".xml"));
        if (files == null) {
            return Outcome.NOT_RUN;
        }
        boolean passed = false;
        for (File file : files) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList cases = factory.newDocumentBuilder().parse(file).getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                Element c = (Element) cases.item(i);
                if (!is(c.getAttribute("classname"), c.getAttribute("name"))) {
                    continue;
                }
                if (notRun(c)) {
                    // retire reports a test its probe JVM never ran (it died before its hello, say) as an error
                    // of this type: that says nothing of the victim, and bisecting on it would pick a wrong half
                    return Outcome.NOT_RUN;
                }
                if (has(c, "failure") || has(c, "error")) {
                    return Outcome.FAILED;
                }
                passed |= !has(c, "skipped");
            }
        }
        return passed ? Outcome.PASSED : Outcome.NOT_RUN;
    }

    /** The type retire's supervisor gives a test that was not run, as Surefire writes it into the report. */
    static final String NOT_RUN_TYPE = "io.github.retire.NotRun";

    private static boolean notRun(Element testcase) {
        NodeList errors = testcase.getElementsByTagName("error");
        for (int i = 0; i < errors.getLength(); i++) {
            if (NOT_RUN_TYPE.equals(((Element) errors.item(i)).getAttribute("type"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Element testcase, String child) {
        return testcase.getElementsByTagName(child).getLength() > 0;
    }

    /** The names of the report files in a directory, for a message. */
    static List<String> reportNames(File reports) {
        List<String> names = new ArrayList<>();
        File[] files = reports.listFiles();
        for (int i = 0; files != null && i < files.length; i++) {
            names.add(files[i].getName());
        }
        return names;
    }
}
