// Shared verification library for the retire integration tests.
//
// Load it from a verify.groovy with:
//   def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
//   reports.verifyOutcomes(basedir)
//
// Only JDK classes are used (DOM parser), so it works whatever Groovy modules the invoker ships.
//
// expected-outcomes.txt format (blank lines and lines starting with '#' are ignored):
//   classname|name|outcome          one per testcase, outcome in passed/failure/error/skipped/flaky
//   summary|Tests run: N, Failures: F, Errors: E, Skipped: S[, Flakes: K]
//                                   the final "Results:" summary line(s) of build.log, in order

import javax.xml.parsers.DocumentBuilderFactory
import org.w3c.dom.Element

/** All TEST-*.xml files of a reports directory, sorted by name. */
List<File> reportFiles(File reportsDir) {
    if (!reportsDir.isDirectory()) {
        return []
    }
    return (reportsDir.listFiles({ File f -> f.name.startsWith('TEST-') && f.name.endsWith('.xml') } as FileFilter) as List)
            .sort { it.name }
}

private static List<Element> children(Element parent, String tag) {
    def out = []
    def nodes = parent.childNodes
    for (int i = 0; i < nodes.length; i++) {
        def n = nodes.item(i)
        if (n instanceof Element && n.tagName == tag) {
            out << n
        }
    }
    return out
}

private static String childText(Element parent, String tag) {
    def list = children(parent, tag)
    return list ? list.collect { it.textContent }.join('') : null
}

/**
 * Every testcase of every TEST-*.xml in reportsDir, as maps with keys:
 * file, suite, classname, name, outcome, time, systemOut, systemErr, message.
 */
List<Map> parseReports(File reportsDir) {
    def factory = DocumentBuilderFactory.newInstance()
    factory.namespaceAware = false
    factory.setFeature('http://apache.org/xml/features/nonvalidating/load-external-dtd', false)
    def cases = []
    reportFiles(reportsDir).each { File file ->
        def doc = factory.newDocumentBuilder().parse(file)
        Element suite = doc.documentElement
        if (suite.tagName != 'testsuite') {
            throw new AssertionError("${file}: root element is <${suite.tagName}>, expected <testsuite>")
        }
        def nodes = suite.getElementsByTagName('testcase')
        for (int i = 0; i < nodes.length; i++) {
            Element tc = (Element) nodes.item(i)
            String outcome
            Element detail = null
            if (children(tc, 'failure')) {
                outcome = 'failure'; detail = children(tc, 'failure')[0]
            } else if (children(tc, 'error')) {
                outcome = 'error'; detail = children(tc, 'error')[0]
            } else if (children(tc, 'skipped')) {
                outcome = 'skipped'; detail = children(tc, 'skipped')[0]
            } else if (children(tc, 'flakyFailure') || children(tc, 'flakyError')) {
                outcome = 'flaky'
            } else {
                outcome = 'passed'
            }
            cases << [
                    file     : file,
                    suite    : suite.getAttribute('name'),
                    classname: tc.getAttribute('classname'),
                    name     : tc.getAttribute('name'),
                    outcome  : outcome,
                    time     : tc.getAttribute('time'),
                    message  : detail?.getAttribute('message'),
                    systemOut: childText(tc, 'system-out'),
                    systemErr: childText(tc, 'system-err'),
            ]
        }
    }
    return cases
}

/** The suite-level attributes (tests, failures, errors, skipped, name) of each report file. */
List<Map> parseSuites(File reportsDir) {
    def factory = DocumentBuilderFactory.newInstance()
    factory.setFeature('http://apache.org/xml/features/nonvalidating/load-external-dtd', false)
    return reportFiles(reportsDir).collect { File file ->
        Element suite = factory.newDocumentBuilder().parse(file).documentElement
        [file: file, name: suite.getAttribute('name'),
         tests: suite.getAttribute('tests') as int, failures: suite.getAttribute('failures') as int,
         errors: suite.getAttribute('errors') as int, skipped: suite.getAttribute('skipped') as int]
    }
}

/** The expected-outcomes lines for the testcases of reportsDir (sorted, no summary lines). */
List<String> outcomeLines(File reportsDir) {
    return parseReports(reportsDir).collect { "${it.classname}|${it.name}|${it.outcome}".toString() }.sort()
}

/** build.log of the IT, with ANSI escapes and the [LEVEL] prefix removed from each line. */
List<String> logLines(File basedir) {
    def log = new File(basedir, 'build.log')
    if (!log.isFile()) {
        throw new AssertionError("no build.log in ${basedir}")
    }
    return log.readLines('UTF-8').collect { it.replaceAll(/\u001B\[[0-9;]*m/, '').replaceFirst(/^\[(INFO|ERROR|WARNING|WARN|DEBUG)\] ?/, '') }
}

/** The final summary line ("Tests run: ..." following "Results:") of every Surefire/Failsafe run in build.log. */
List<String> resultsSummaries(File basedir) {
    def out = []
    boolean inResults = false
    logLines(basedir).each { String line ->
        def t = line.trim()
        if (t == 'Results:') {
            inResults = true
        } else if (inResults && t ==~ /Tests run: \d+, Failures: \d+, Errors: \d+, Skipped: \d+(, Flakes: \d+)?/) {
            out << t
            inResults = false
        }
    }
    return out
}

/** The per-class console lines ("Tests run: ... - in CLASS") of build.log, keyed by class (last one wins). */
Map<String, String> perClassLines(File basedir) {
    def out = [:]
    logLines(basedir).each { String line ->
        def m = line.trim() =~ /^(Tests run: \d+, Failures: \d+, Errors: \d+, Skipped: \d+(?:, Flakes: \d+)?), Time elapsed: .*? (?:--|-) in (\S.*)$/
        if (m.matches()) {
            out[m.group(2).trim()] = m.group(1)
        }
    }
    return out
}

private static String diff(List<String> expected, List<String> actual) {
    def sb = new StringBuilder()
    def missing = new ArrayList(expected); actual.each { missing.remove(it) }
    def extra = new ArrayList(actual); expected.each { extra.remove(it) }
    missing.each { sb << "  - expected but missing: ${it}\n" }
    extra.each { sb << "  + unexpected:           ${it}\n" }
    return sb.toString()
}

/**
 * Compares the testcases of basedir/reportsDir with basedir/expectedName, and the summary lines of that
 * file with the "Results:" summaries of build.log. With allSummaries (default) the build.log must hold
 * exactly the expected summaries in that order; otherwise each expected summary must merely appear.
 * Throws AssertionError with an exact diff on any mismatch.
 */
void verifyOutcomes(File basedir, String reportsDir = 'target/surefire-reports',
                    String expectedName = 'expected-outcomes.txt', boolean allSummaries = true) {
    verifyRetireProvider(basedir)
    def problems = new StringBuilder()
    def expectedFile = new File(basedir, expectedName)
    def lines = expectedFile.readLines('UTF-8').findAll { it.trim() && !it.startsWith('#') }
    def expectedCases = lines.findAll { !it.startsWith('summary|') }.sort()
    def expectedSummaries = lines.findAll { it.startsWith('summary|') }.collect { it.substring('summary|'.length()) }

    def dir = new File(basedir, reportsDir)
    def cases = parseReports(dir)
    if (!cases) {
        problems << "no testcases found in ${dir} (files: ${reportFiles(dir)*.name})\n"
    }
    def actualCases = cases.collect { "${it.classname}|${it.name}|${it.outcome}".toString() }.sort()

    def dupes = actualCases.countBy { it }.findAll { it.value > 1 }
    def keyDupes = cases.collect { "${it.classname}|${it.name}".toString() }.countBy { it }.findAll { it.value > 1 }
    if (keyDupes) {
        problems << "duplicate testcases (classname|name -> count): ${keyDupes}\n"
    }
    if (actualCases.size() != expectedCases.size()) {
        problems << "testcase count: expected ${expectedCases.size()}, got ${actualCases.size()}\n"
    }
    if (actualCases != expectedCases) {
        problems << "testcase outcomes differ from ${expectedName}:\n" << diff(expectedCases, actualCases)
    }

    def summaries = resultsSummaries(basedir)
    if (allSummaries) {
        if (summaries != expectedSummaries) {
            problems << "Results summaries in build.log: expected ${expectedSummaries}, got ${summaries}\n"
        }
    } else {
        expectedSummaries.each { s ->
            if (!summaries.contains(s)) {
                problems << "Results summary '${s}' not in build.log (found ${summaries})\n"
            }
        }
    }

    if (problems) {
        throw new AssertionError("${basedir.name}: ${reportsDir} does not match ${expectedName}\n${problems}")
    }
    println "[retire-it] ${basedir.name}: ${actualCases.size()} testcases in ${reportsDir} match ${expectedName}; summaries ${expectedSummaries}"
}

/**
 * Fails unless Surefire/Failsafe used a configured (i.e. retire's) provider and never the auto-detected one.
 * Skipped when the environment variable RETIRE_IT_STOCK=true, which is how the suite is run against stock
 * Surefire to re-check the expectations (lib/run-invoker-stock.sh).
 */
void verifyRetireProvider(File basedir) {
    if (System.getenv('RETIRE_IT_STOCK') == 'true') {
        println "[retire-it] ${basedir.name}: RETIRE_IT_STOCK=true, not checking which provider ran"
        return
    }
    def lines = logLines(basedir)
    def configured = lines.findAll { it.contains('Using configured provider ') }
    def auto = lines.findAll { it.contains('Using auto detected provider ') }
    if (!configured || auto) {
        throw new AssertionError("${basedir.name}: retire's provider did not run every time: configured ${configured}, auto detected ${auto}")
    }
}

/** Fails unless the per-class console line for className is exactly expected ("Tests run: N, Failures: ..."). */
void verifyPerClassLine(File basedir, String className, String expected) {
    def actual = perClassLines(basedir)[className]
    if (actual != expected) {
        throw new AssertionError("${basedir.name}: per-class line for ${className}: expected '${expected}', got '${actual}'")
    }
}

/** Fails unless build.log contains every given text. */
void verifyLogContains(File basedir, String... texts) {
    def log = new File(basedir, 'build.log').getText('UTF-8')
    def missing = texts.findAll { !log.contains(it) }
    if (missing) {
        throw new AssertionError("${basedir.name}: build.log lacks ${missing}")
    }
}

/** Fails if any TEST-*.xml exists under basedir/dir. */
void verifyNoReports(File basedir, String dir = 'target/surefire-reports') {
    def files = reportFiles(new File(basedir, dir))
    if (files) {
        throw new AssertionError("${basedir.name}: expected no reports, found ${files*.name}")
    }
}

/** Prints expected-outcomes.txt content for a stock run (used when producing expectations, see README). */
String renderExpected(File basedir, String reportsDir = 'target/surefire-reports') {
    def sb = new StringBuilder()
    outcomeLines(new File(basedir, reportsDir)).each { sb << it << '\n' }
    resultsSummaries(basedir).each { sb << 'summary|' << it << '\n' }
    return sb.toString()
}

// Command line use (see README): groovy Reports.groovy <itBasedir> [reportsDir]
if (binding.hasVariable('args') && args && args.length >= 1) {
    print renderExpected(new File(args[0]), args.length > 1 ? args[1] : 'target/surefire-reports')
}
