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

/** The <testsuite> element of a report file, parsed without fetching its DTD. */
private static Element suiteOf(File file) {
    def factory = DocumentBuilderFactory.newInstance()
    factory.namespaceAware = false
    factory.setFeature('http://apache.org/xml/features/nonvalidating/load-external-dtd', false)
    Element suite = factory.newDocumentBuilder().parse(file).documentElement
    if (suite.tagName != 'testsuite') {
        throw new AssertionError("${file}: root element is <${suite.tagName}>, expected <testsuite>")
    }
    return suite
}

/** The <testcase> elements of a suite, in file order. */
private static List<Element> testcasesOf(Element suite) {
    def nodes = suite.getElementsByTagName('testcase')
    return (0..<nodes.length).collect { (Element) nodes.item(it) }
}

/**
 * Every testcase of every TEST-*.xml in reportsDir, as maps with keys:
 * file, suite, classname, name, outcome, time, systemOut, systemErr, message.
 */
List<Map> parseReports(File reportsDir) {
    def cases = []
    reportFiles(reportsDir).each { File file ->
        Element suite = suiteOf(file)
        testcasesOf(suite).each { Element tc ->
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

/** The suite-level attributes (tests, failures, errors, skipped, name, time as text) of each report file. */
List<Map> parseSuites(File reportsDir) {
    return reportFiles(reportsDir).collect { File file ->
        Element suite = suiteOf(file)
        [file: file, name: suite.getAttribute('name'),
         tests: suite.getAttribute('tests') as int, failures: suite.getAttribute('failures') as int,
         errors: suite.getAttribute('errors') as int, skipped: suite.getAttribute('skipped') as int,
         time: suite.getAttribute('time')]
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
    return log.readLines('UTF-8').collect { withoutLevel(it.replaceAll(/\u001B\[[0-9;]*m/, '')) }
}

/** A log line without its [LEVEL] prefix. */
private static String withoutLevel(String line) {
    return line.replaceFirst(/^\[(INFO|ERROR|WARNING|WARN|DEBUG)\] ?/, '')
}

/**
 * A per-class console line ("Tests run: ..., Time elapsed: ... -- in CLASS", [LEVEL] prefix removed) as
 * [counts ("Tests run: N, Failures: F, Errors: E, Skipped: S[, Flakes: K]"), class]; null for any other line.
 */
private static List perClassLine(String line) {
    def m = line.trim() =~ /^(Tests run: \d+, Failures: \d+, Errors: \d+, Skipped: \d+(?:, Flakes: \d+)?), Time elapsed: .*? (?:--|-) in (\S.*)$/
    return m.matches() ? [m.group(1), m.group(2).trim()] : null
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
    logLines(basedir).collect { perClassLine(it) }.findAll().each { counts, cls -> out[cls] = counts }
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

// ---------------------------------------------------------------------------------------------------
// retire.onFailure checks. These ITs have no stock counterpart (stock reuses the poisoned JVM), so their
// expectations come from reasoning, written down in each verify.groovy.

/**
 * The marks "RETIRE-IT-PID=<pid> SEQ=<n>" that tests print (n counts the marks of one JVM), keyed
 * "classname|name" -> [pid: long, seq: int]. Testcases without a mark (class-level errors) are left out.
 */
Map<String, Map> pidMarks(List<Map> cases) {
    def out = [:]
    cases.each { c ->
        def m = (c.systemOut ?: '') =~ /RETIRE-IT-PID=(\d+) SEQ=(\d+)/
        if (m.find()) {
            out["${c.classname}|${c.name}".toString()] = [pid: m.group(1) as long, seq: m.group(2) as int]
        }
    }
    return out
}

/**
 * After a failed or errored testcase nothing more ran in its JVM: every other mark with the failing
 * test's pid has a smaller SEQ. Also no two failures share a JVM (each one retired its worker).
 */
void verifyNothingRanAfterFailureInItsJvm(List<Map> cases) {
    def marks = pidMarks(cases)
    def problems = []
    def failed = cases.findAll { it.outcome in ['failure', 'error'] && marks["${it.classname}|${it.name}".toString()] }
    failed.each { f ->
        def key = "${f.classname}|${f.name}".toString()
        def mark = marks[key]
        marks.each { k, v ->
            if (k != key && v.pid == mark.pid && v.seq > mark.seq) {
                problems << "${k} (SEQ ${v.seq}) ran in pid ${v.pid} after ${key} ${f.outcome} there (SEQ ${mark.seq})"
            }
        }
    }
    def failedPids = failed.collect { marks["${it.classname}|${it.name}".toString()].pid }
    failedPids.countBy { it }.findAll { it.value > 1 }.each { pid, n -> problems << "${n} failures in one JVM (pid ${pid})" }
    if (problems) {
        throw new AssertionError("a JVM went on after a failure:\n  " + problems.join('\n  '))
    }
}

/**
 * The marks "<name> pid <N>" that tests print as lines of their stdout (Marks.pid in lib/fixtures, or
 * their own println; name is "Class.method", or a method's name, as the test names itself; more may
 * follow on the line), keyed by that name. With everyTest, fails unless each testcase printed one.
 */
Map<String, Long> pidLines(List<Map> cases, boolean everyTest = false) {
    def out = [:]
    cases.each { c ->
        def marks = ((c.systemOut ?: '') =~ /(?m)^(\S+) pid (\d+)\b/).collect { it }
        if (everyTest && !marks) {
            throw new AssertionError("no pid mark in the system-out of ${c.classname}|${c.name}")
        }
        marks.each { m -> out[m[1]] = m[2] as long }
    }
    return out
}

/**
 * The "<name> foreign-libs [<path>, ...]" lines of NativeLibs.mark (lib/fixtures), keyed by name: the shared
 * libraries outside the JDK and the system that the test's JVM had mapped, as the text between the brackets.
 */
Map<String, String> foreignLibs(List<Map> cases) {
    def out = [:]
    cases.each { c ->
        ((c.systemOut ?: '') =~ /(?m)^(\S+) foreign-libs \[(.*)\]$/).each { m -> out[m[1]] = m[2] }
    }
    return out
}

/** Whether a retire worker with this pid is still running (its /proc cmdline names WorkerMain). */
boolean workerRunning(long pid) {
    def cmdline = new File("/proc/${pid}/cmdline")
    return cmdline.exists() && cmdline.getText('ISO-8859-1').contains('io.github.retire.booter.WorkerMain')
}

/** The pid of testcase classname|name, from its mark; fails if it printed none. */
long pidOf(Map<String, Map> marks, String key) {
    def m = marks[key]
    if (m == null) {
        throw new AssertionError("no RETIRE-IT-PID mark in the system-out of ${key} (marks: ${marks.keySet()})")
    }
    return m.pid
}

/** build.log lines with ANSI escapes removed, the [LEVEL] prefix kept. */
List<String> rawLogLines(File basedir) {
    return new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceAll(/\u001B\[[0-9;]*m/, '') }
}

/**
 * The INFO lines "[retire] worker N retired after X failed; ..." of build.log, as maps
 * [line, worker, failed, left ('nothing' or the number of selections), later (true when "(and later
 * invocations" are also left), testClass, movedTo (the worker number, or null for "a fresh worker")].
 */
List<Map> retirements(File basedir) {
    def out = []
    rawLogLines(basedir).each { String line ->
        if (!line.contains(' retired after ')) {
            return
        }
        def nothing = line =~ /^\[INFO\] \[retire\] worker (\d+) retired after (.+) failed; nothing of its class was left$/
        def moved = line =~ /^\[INFO\] \[retire\] worker (\d+) retired after (.+) failed; (?:(\d+) selections?( and the later invocations)?|(the later invocations)) of (\S+) moved to (?:worker (\d+)|a fresh worker)$/
        if (nothing.matches()) {
            out << [line: line, worker: nothing.group(1) as int, failed: nothing.group(2), left: 'nothing', later: false,
                    testClass: null, movedTo: null]
        } else if (moved.matches()) {
            out << [line: line, worker: moved.group(1) as int, failed: moved.group(2),
                    left: moved.group(3) != null ? moved.group(3) as int : 0,
                    later: moved.group(4) != null || moved.group(5) != null, testClass: moved.group(6),
                    movedTo: moved.group(7) as Integer]
        } else {
            throw new AssertionError("${basedir.name}: retirement line of unexpected shape: ${line}")
        }
    }
    return out
}

/**
 * Fails unless build.log has exactly one retirement line: after `failed` ("Class.method") failed, `left`
 * selections of its class (no later invocations) moved to a worker other than the one that retired ("a
 * fresh worker" when no spare was ready yet). Returns it, as retirements gives it.
 */
Map verifyOneRetirement(File basedir, String failed, int left) {
    def retired = retirements(basedir)
    def testClass = failed.substring(0, failed.lastIndexOf('.'))
    def r = retired.size() == 1 ? retired[0] : null
    if (r == null || r.failed != failed || r.left != left || r.later || r.testClass != testClass || r.movedTo == r.worker) {
        throw new AssertionError("${basedir.name}: expected one retirement after ${failed} moving ${left} selections " +
                "of ${testClass} to another worker, got ${retired*.line}")
    }
    return r
}

/** Retire's end-of-run line, worded as the provider words it ("1 worker", "2 crashes", ...). */
String retireSummaryText(int tests, int classes, int workers, int retirements, int crashes, int timeouts = 0) {
    def plural = { int n, String w -> "${n} ${w}${n == 1 ? '' : (w.endsWith('sh') || w.endsWith('ss') ? 'es' : 's')}" }
    return "[retire] ${plural(tests, 'test')} in ${plural(classes, 'class')}; ${plural(workers, 'worker')} started, " +
            "${plural(retirements, 'retirement')}, ${plural(crashes, 'crash')}, ${plural(timeouts, 'timeout')}"
}

/**
 * The end-of-run line "[INFO] [retire] N tests in M classes; W worker(s) started, R retirement(s), C crash(es),
 * T timeout(s)" of build.log, as crashRetireSummaryOf gives it; fails unless there is exactly one.
 */
Map retireSummary(File basedir) {
    def s = crashRetireSummaryOf(rawLogLines(basedir))
    if (s == null) {
        throw new AssertionError("${basedir.name}: expected one retire summary line, found none")
    }
    return s
}

/**
 * Fails unless retire's end-of-run line is exactly the one for these counts. workers may be an int or a
 * Range (when the number of fresh JVMs depends on timing), checked separately then.
 */
void verifyRetireSummary(File basedir, int tests, int classes, def workers, int retirements, int crashes) {
    verifyRetireSummaryOf(rawLogLines(basedir), basedir.name, tests, classes, workers, retirements, crashes, 0)
}

/**
 * Fails unless the retire summary line of one run (or of a build with one) is exactly the one for these
 * counts. workers may be an int or a Range (when the number of fresh JVMs depends on timing).
 */
void verifyRetireSummaryOf(List<String> runLog, String where, int tests, int classes, def workers, int retirements,
                           int crashes, int timeouts) {
    def s = crashRetireSummaryOf(runLog)
    def expectedWorkers = workers instanceof Range ? (s != null && workers.contains(s.workers) ? s.workers : -1) : workers as int
    def expected = "[INFO] " + retireSummaryText(tests, classes, expectedWorkers, retirements, crashes, timeouts)
    if (s?.line != expected) {
        throw new AssertionError("${where}: retire summary: expected '${expected}'" +
                (workers instanceof Range ? " with workers in ${workers}" : '') + ", got '${s?.line}'")
    }
}

/** Fails unless the suite (TEST-<suiteName>.xml) has exactly these attributes, and is the only file for it. */
void verifySuite(File basedir, String reportsDir, String suiteName, int tests, int failures, int errors, int skipped) {
    def suites = parseSuites(new File(basedir, reportsDir)).findAll { it.name == suiteName }
    if (suites.size() != 1) {
        throw new AssertionError("${basedir.name}: expected one testsuite ${suiteName}, found ${suites*.file*.name}")
    }
    def s = suites[0]
    def actual = [s.tests, s.failures, s.errors, s.skipped]
    if (actual != [tests, failures, errors, skipped]) {
        throw new AssertionError("${basedir.name}: testsuite ${suiteName} tests/failures/errors/skipped: expected " +
                "${[tests, failures, errors, skipped]}, got ${actual}")
    }
}

/** Fails unless build.log has exactly one per-class line for className, and it is expected. */
void verifyPerClassLineOnce(File basedir, String className, String expected) {
    def found = crashPerClassLines(logLines(basedir), className)
    if (found != [expected]) {
        throw new AssertionError("${basedir.name}: per-class lines for ${className}: expected ['${expected}'], got ${found}")
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

// ---------------------------------------------------------------------------------------------------
// Crash resilience checks (crash-* ITs, crash-junk, nested-build). A worker JVM that ends without
// retiring costs exactly one error; these helpers read those errors and retire's log lines. Every
// name starts with "crash" so that it cannot clash with other additions to this library.

/**
 * build.log split into one list of lines per Surefire test / Failsafe integration-test execution (ANSI
 * escapes removed, [LEVEL] prefix kept); each part starts at the mojo's "--- maven-surefire-plugin:…:test"
 * (or failsafe "…:integration-test") header line and ends before the next such line.
 */
List<List<String>> crashRunLogs(File basedir) {
    def runs = []
    rawLogLines(basedir).each { String line ->
        if (line =~ /--- maven-surefire-plugin:\S+:test / || line =~ /--- maven-failsafe-plugin:\S+:integration-test /) {
            runs << []
        }
        if (runs) {
            runs[-1] << line
        }
    }
    return runs
}

/**
 * Every testcase with an <error> in reportsDir, keyed "classname|name", as maps [message, type, detail (the
 * text of the first <error> element), systemOut, systemErr, count (how many <error> and <failure> elements
 * it has)].
 */
Map<String, Map> crashErrors(File reportsDir) {
    def out = [:]
    reportFiles(reportsDir).each { File file ->
        testcasesOf(suiteOf(file)).each { Element tc ->
            def errors = children(tc, 'error')
            if (errors) {
                out["${tc.getAttribute('classname')}|${tc.getAttribute('name')}".toString()] = [
                        message  : errors[0].getAttribute('message'),
                        type     : errors[0].getAttribute('type'),
                        detail   : errors[0].textContent,
                        systemOut: childText(tc, 'system-out') ?: '',
                        systemErr: childText(tc, 'system-err') ?: '',
                        count    : errors.size() + children(tc, 'failure').size()]
            }
        }
    }
    return out
}

/**
 * retire's crash lines of one run ("[ERROR] [retire] worker N <what> while running X[; fatal error log: F];
 * <what was left>"), as maps [line, worker, what, running, errorLog, left]. Fails on a line that mentions a
 * worker ending but has another shape.
 */
List<Map> crashLines(List<String> runLog) {
    def out = []
    runLog.each { String line ->
        if (!line.startsWith('[ERROR] [retire] worker ')) {
            return
        }
        def m = line =~ /^\[ERROR\] \[retire\] worker (\d+) (exited with status -?\d+|was killed by SIG[A-Z0-9]+|crashed with SIG[A-Z0-9]+ \(JVM fatal error\) and (?:was killed by SIG[A-Z0-9]+|exited with status -?\d+)) while running (\S+?)(?:; fatal error log: (\S+))?; (.+)$/
        if (!m.matches()) {
            throw new AssertionError("crash line of unexpected shape: ${line}")
        }
        out << [line: line, worker: m.group(1) as int, what: m.group(2), running: m.group(3), errorLog: m.group(4),
                left: m.group(5)]
    }
    return out
}

/**
 * retire's end-of-run line of one run (or of a build with one run), as [line, tests, classes, workers,
 * retirements, crashes, timeouts]; null if none; fails on more than one.
 */
Map crashRetireSummaryOf(List<String> runLog) {
    def found = runLog.findAll { it.startsWith('[INFO] [retire] ') && (it.contains(' tests in ') || it.contains(' test in ')) }
    if (found.size() > 1) {
        throw new AssertionError("more than one retire summary line: ${found}")
    }
    if (!found) {
        return null
    }
    def m = found[0] =~ /^\[INFO\] \[retire\] (\d+) tests? in (\d+) class(?:es)?; (\d+) workers? started, (\d+) retirements?, (\d+) crash(?:es)?, (\d+) timeouts?$/
    if (!m.matches()) {
        throw new AssertionError("retire summary line of unexpected shape: ${found[0]}")
    }
    return [line: found[0], tests: m.group(1) as int, classes: m.group(2) as int, workers: m.group(3) as int,
            retirements: m.group(4) as int, crashes: m.group(5) as int, timeouts: m.group(6) as int]
}

/**
 * Fails unless the retire summary line of one run has these counts and no timeouts; workers is an int or
 * a Range (for when the number of fresh workers depends on timing).
 */
void crashVerifyRetireSummary(List<String> runLog, String where, int tests, int classes, def workers, int retirements,
                              int crashes) {
    verifyRetireSummaryOf(runLog, where, tests, classes, workers, retirements, crashes, 0)
}

/** The per-class console lines of one run for className ("Tests run: ..., Skipped: S[, Flakes: K]"). */
List<String> crashPerClassLines(List<String> runLog, String className) {
    return runLog.collect { perClassLine(withoutLevel(it)) }.findAll { it && it[1] == className }.collect { it[0] }
}

/**
 * crashVerifyNoForkCrash, then the build's Surefire runs (crashRunLogs), which must be exactly `count`.
 */
List<List<String>> crashRuns(File basedir, int count) {
    crashVerifyNoForkCrash(basedir)
    def runs = crashRunLogs(basedir)
    if (runs.size() != count) {
        throw new AssertionError("${basedir.name}: expected ${count} Surefire run(s) in build.log, found ${runs.size()}")
    }
    return runs
}

/**
 * For the ITs built twice, with 1 and then 2 workers, into target/reports-1 and target/reports-2: no fork
 * crash, exactly those two runs, each with `summary` as its Results line (a build that failed early also
 * counts as "failure" for invoker), each writing its own reports directory, whose testcases match
 * expected-outcomes.txt. Then check(workers, run (its log lines), dir, where) for each run.
 */
void crashEachWorkerCount(File basedir, String summary, Closure check) {
    def runs = crashRuns(basedir, 2)
    assert resultsSummaries(basedir) == [summary, summary]
    [1, 2].each { int workers ->
        def run = runs[workers - 1]
        def dirName = "target/reports-${workers}"
        def dir = new File(basedir, dirName)
        def where = "run with ${workers} worker(s)"
        assert run.any { it.contains("Surefire report directory: ${dir.path}") } : "${where} did not write to ${dir}"
        verifyOutcomes(basedir, dirName, 'expected-outcomes.txt', false)
        check(workers, run, dir, where)
    }
}

/** The text of the fork's one Surefire dump file (<date>-jvmRun1.dump) in reportsDir; fails unless there is one. */
String forkDump(File reportsDir) {
    def dumps = reportsDir.listFiles().findAll { it.name.endsWith('-jvmRun1.dump') }
    assert dumps.size() == 1 : reportsDir.list()
    return dumps[0].getText('UTF-8')
}

/**
 * Fails if build.log shows that a crash reached Surefire instead of being handled by retire: the
 * "forked VM terminated" / "error in the forked process" / "Crashed tests:" texts of stock Surefire.
 */
void crashVerifyNoForkCrash(File basedir) {
    def log = new File(basedir, 'build.log').getText('UTF-8')
    def bad = ['The forked VM terminated without properly saying goodbye', 'There was an error in the forked process',
               'Crashed tests:', 'java.util.concurrent.ExecutionException', 'SurefireBooterForkException'].findAll { log.contains(it) }
    if (bad) {
        throw new AssertionError("${basedir.name}: build.log shows a fork crash reaching Surefire: ${bad}")
    }
}

// ---------------------------------------------------------------------------------------------------
// Hard timeout checks (timeout-* ITs, retire.testTimeout / retire.timeoutGrace / retire.hardkill). Every
// name starts with "timeout" so that it cannot clash with other additions to this library.

/**
 * retire's timeout lines of one run ("[ERROR] [retire] timed out after T (retire.testTimeout) in X; <what
 * was left>"), as maps [line, after (e.g. '2 s'), where (Class.test, or Class for a class-level hang), left].
 * Fails on an [ERROR] [retire] line that mentions a timeout but has another shape.
 */
List<Map> timeoutLines(List<String> runLog) {
    def out = []
    runLog.each { String line ->
        if (!line.startsWith('[ERROR] [retire] ') || !line.contains('timed out')) {
            return
        }
        def m = line =~ /^\[ERROR\] \[retire\] timed out after (\d+ m?s) \(retire\.testTimeout\) in (\S+?); (.+)$/
        if (!m.matches()) {
            throw new AssertionError("timeout line of unexpected shape: ${line}")
        }
        out << [line: line, after: m.group(1), where: m.group(2), left: m.group(3)]
    }
    return out
}

/** Fails unless the retire summary line of one run is exactly the one for these counts (timeouts included). */
void timeoutVerifyRetireSummary(List<String> runLog, String where, int tests, int classes, int workers,
                                int retirements, int crashes, int timeouts) {
    verifyRetireSummaryOf(runLog, where, tests, classes, workers, retirements, crashes, timeouts)
}

/**
 * The thread dump that follows "Thread dump (the test thread first):" in a timeout error detail, one map
 * per thread in dump order: [header, name, state, lock, owner, frames (the text after "at ")]. Fails if
 * the detail has no such dump.
 */
List<Map> timeoutThreadDump(String detail) {
    def lines = detail.replace('\r\n', '\n').split('\n', -1) as List
    int start = lines.indexOf('Thread dump (the test thread first):')
    if (start < 0) {
        throw new AssertionError("no 'Thread dump (the test thread first):' line in:\n${detail}")
    }
    def threads = []
    lines.subList(start + 1, lines.size()).each { String line ->
        if (line.startsWith('"')) {
            def m = line =~ /^"(.*)" ([A-Z_]+)(?: on (\S+?)(?: owned by "(.*)")?)?$/
            if (!m.matches()) {
                throw new AssertionError("thread dump header of unexpected shape: ${line}")
            }
            threads << [header: line, name: m.group(1), state: m.group(2), lock: m.group(3), owner: m.group(4), frames: []]
        } else if (line.startsWith('\tat ')) {
            if (!threads) {
                throw new AssertionError("stack frame before any thread header in the dump: ${line}")
            }
            threads[-1].frames << line.substring(4)
        } else if (!line.trim().isEmpty()) {
            throw new AssertionError("unexpected line in the thread dump: ${line}")
        }
    }
    if (!threads) {
        throw new AssertionError("empty thread dump in:\n${detail}")
    }
    return threads
}

/** crashErrors(reportsDir), whose maps carry the type attribute of the first <error> too. */
Map<String, Map> timeoutErrors(File reportsDir) {
    return crashErrors(reportsDir)
}

/** The type retire gives the error of a timed-out test (Surefire reads it from the detail's first line). */
String timeoutErrorType() {
    return 'io.github.retire.HardTimeout'
}

/**
 * Checks the one <error> of a timed-out testcase (from timeoutErrors): its type is timeoutErrorType(), the
 * message is exactly expectedMessage, it is the only failure/error element, and the detail is
 * "<type>: <message>", then either the thread dump (returned, parsed by timeoutThreadDump) or, with
 * unresponsive = true, exactly the native watchdog's sentence for worker N (returned as [worker: N]).
 */
def timeoutVerifyError(Map<String, Map> errors, String key, String expectedMessage, boolean unresponsive = false,
                       String grace = '2 s') {
    def err = errors[key]
    if (err == null) {
        throw new AssertionError("no <error> on ${key}; errors on ${errors.keySet()}")
    }
    if (err.count != 1) {
        throw new AssertionError("${key}: ${err.count} failure/error elements, expected exactly one")
    }
    if (err.message != expectedMessage) {
        throw new AssertionError("${key}: message '${err.message}', expected '${expectedMessage}'")
    }
    if (err.containsKey('type') && err.type != timeoutErrorType()) {
        throw new AssertionError("${key}: error type '${err.type}', expected '${timeoutErrorType()}'")
    }
    def detail = err.detail.replace('\r\n', '\n')
    def first = timeoutErrorType() + ': ' + expectedMessage
    if (unresponsive) {
        def m = detail =~ ('^' + java.util.regex.Pattern.quote(first) + '\\nThe JVM was unresponsive and no stack could be taken: ' +
                'the native watchdog killed worker (\\d+) ' + java.util.regex.Pattern.quote(grace) +
                ' \\(retire\\.timeoutGrace\\) after the deadline\\.\\n?$')
        if (!m.matches()) {
            throw new AssertionError("${key}: detail is not the native watchdog's:\n${detail}")
        }
        return [worker: m.group(1) as int]
    }
    def head = first + '\nThread dump (the test thread first):\n'
    if (!detail.startsWith(head)) {
        throw new AssertionError("${key}: detail does not start with '${first}' and the dump header:\n${detail.take(2000)}")
    }
    return timeoutThreadDump(detail)
}

/** The testcase time attribute of classname|name, in seconds; fails if there is no such testcase. */
double timeoutTestTime(List<Map> cases, String key) {
    def c = cases.find { "${it.classname}|${it.name}".toString() == key }
    if (c == null) {
        throw new AssertionError("no testcase ${key}")
    }
    return c.time as double
}

/** The time attribute of each <testsuite> in reportsDir, in seconds, keyed by suite name. */
Map<String, Double> timeoutSuiteTimes(File reportsDir) {
    return parseSuites(reportsDir).collectEntries { [it.name, it.time as double] }
}

/**
 * Fails unless each suite's time is at least the sum of its testcases' times (minus 10 ms of rounding): a
 * class that took several workers still took all of their time.
 */
void timeoutVerifySuiteTimes(File reportsDir) {
    def sums = parseReports(reportsDir).groupBy { it.suite }.collectEntries { suite, cs -> [suite, cs.sum { it.time as double }] }
    def problems = timeoutSuiteTimes(reportsDir).findAll { name, time -> time + 0.01 < (sums[name] ?: 0d) }
            .collect { name, time -> "${name}: testsuite time=${time} s < ${String.format('%.3f', sums[name])} s, the sum of its testcases" }
    if (problems) {
        throw new AssertionError("suite times shorter than their tests:\n  " + problems.join('\n  '))
    }
}

/**
 * timeout-stall and timeout-stall-java: each test prints "Class.method pid N". The worker that stalled ran
 * StallTest.a_ and b_; one fresh worker ran c_, d_ and UntouchedTest; the stalled one is gone after the build.
 */
void stallVerifyWorkers(List<Map> cases) {
    def pids = pidLines(cases)
    assert pids.size() == 6 : "pid marks: ${pids}"
    assert pids['StallTest.a_passesBefore'] == pids['StallTest.b_stall']
    def fresh = pids['StallTest.c_passesAfter']
    assert fresh != pids['StallTest.b_stall'] &&
            [pids['StallTest.d_passesAfter'], pids['UntouchedTest.one'], pids['UntouchedTest.two']].every { it == fresh } :
            "pids: ${pids}"
    assert !workerRunning(pids['StallTest.b_stall']) : 'the stalled worker is still running after the build'
}

/**
 * timeout-stall and timeout-stall-java: one Surefire run without a fork crash, the outcomes of
 * expected-outcomes.txt, and one error, on StallTest.b_stall, whose test really stalled its JVM (when
 * System.gc() returns, the stall did not happen and the IT tests nothing).
 * Returns [the run's log lines, the testcases, timeoutErrors, b_stall's error], for
 * "def (run, cases, errors, err) = reports.stallVerifyRun(basedir)".
 */
List stallVerifyRun(File basedir) {
    def dir = new File(basedir, 'target/surefire-reports')
    def stalled = 'retire.it.stall.StallTest|b_stall'
    def runs = crashRuns(basedir, 1)
    verifyOutcomes(basedir)
    def errors = timeoutErrors(dir)
    assert errors.keySet() == [stalled] as Set : "errors on ${errors.keySet()}"
    def err = errors[stalled]
    assert err.systemOut.contains('StallTest.b_stall: System.gc()') : "b_stall did not get to System.gc(): ${err.systemOut}"
    assert !err.systemOut.contains('System.gc() returned') : 'System.gc() returned: the JVM did not stall, the IT proves nothing'
    return [runs[0], parseReports(dir), errors, err]
}

/**
 * cds-archive, cds-aot-jdk25 and cds-agent: two runs. Each run's ArchiveTest recorded which kind of
 * archive its worker mapped (jsa, aot or none). With `kind` (the one this JDK and these options train),
 * the first run had none yet and trained one, the second mapped it, and exactly that archive is kept,
 * with its checksum (.crc) and no training leftover (a .tmp, or an AOT training's .config). With `kind`
 * null, no run mapped or kept any.
 */
void verifyArchivedRuns(File basedir, String kind) {
    verifyOutcomes(basedir, 'target/surefire-reports', 'expected-outcomes.txt', false)
    def records = new File(basedir, 'target/cds-records').listFiles().sort { it.name.split('-')[0] as long }
    def mapped = records.collect { it.text.trim() }
    println "[retire-it] ${basedir.name}: mapped per run ${mapped}"
    def expected = ['none', kind ?: 'none']
    assert mapped == expected : "archive mapped per run: expected ${expected}, got ${mapped} (${records*.name})"
    def dir = new File(basedir, 'target/retire-cds')
    def kept = dir.exists() ? dir.listFiles().findAll { it.isFile() } : [] // launchers/ is retire's too
    if (kind) {
        def archives = kept.findAll { it.name.endsWith('.' + kind) }
        assert archives.size() == 1 && kept*.name.sort() == [archives[0].name, archives[0].name + '.crc'] :
                "one .${kind} archive for one classpath and its checksum, nothing else: ${kept*.name}"
    } else {
        assert kept.isEmpty() : "no archive, no training leftover: ${kept*.name}"
    }
}

// ---------------------------------------------------------------------------------------------------
// JUnit Jupiter parallel mode (jupiter-parallel*, jupiter-concurrent-class). Each test appends "start <pid>
// <epoch ms>" when it starts and "end <pid> <epoch ms>" when it ends to target/parallel-trace/<Class>.<method>,
// and prints "OUT <Class>.<method> begins|ends" (stdout) and "ERR <Class>.<method> begins" (stderr). Concurrency
// is proven by overlapping intervals, never by the build's wall clock. Every name starts with "parallel".

/** "<SimpleClass>.<name>" of a testcase, as the tests name themselves in their traces. */
String parallelName(Map c) {
    return "${c.classname.substring(c.classname.lastIndexOf('.') + 1)}.${c.name}".toString()
}

/**
 * Each test's one run, as [pid, start, end]. Fails unless every test started exactly once and ended exactly
 * once, in one JVM: a test run twice (even cut short the first time) shows as two starts.
 */
Map<String, Map> parallelTraces(File basedir, Collection<String> tests) {
    def dir = new File(basedir, 'target/parallel-trace')
    def out = [:]
    def problems = []
    tests.each { String t ->
        def f = new File(dir, t)
        def lines = f.isFile() ? f.readLines('UTF-8').findAll { it.trim() } : []
        def starts = lines.findAll { it.startsWith('start ') }*.split(' ')
        def ends = lines.findAll { it.startsWith('end ') }*.split(' ')
        if (starts.size() != 1 || ends.size() != 1 || starts[0][1] != ends[0][1]) {
            problems << "${t}: ${lines}"
            return
        }
        out[t] = [pid: starts[0][1] as long, start: starts[0][2] as long, end: ends[0][2] as long]
    }
    if (problems) {
        throw new AssertionError("${basedir.name}: every test must start and end exactly once, in one JVM:\n  "
                + problems.join('\n  '))
    }
    return out
}

boolean parallelOverlap(Map a, Map b) {
    return a.start < b.end && b.start < a.end
}

/** Each testcase holds its own output lines and no other test's, on stdout and on stderr. */
void parallelVerifyOwnOutput(File basedir, List<Map> cases) {
    def problems = []
    cases.each { c ->
        def me = parallelName(c)
        def outs = ((c.systemOut ?: '') =~ /OUT (\S+) (begins|ends)/).collect { "${it[1]} ${it[2]}".toString() }.sort()
        if (outs != ["${me} begins".toString(), "${me} ends".toString()]) {
            problems << "${me} system-out: ${outs}"
        }
        def errs = ((c.systemErr ?: '') =~ /ERR (\S+) begins/).collect { it[1] }
        if (errs != [me]) {
            problems << "${me} system-err: ${errs}"
        }
    }
    if (problems) {
        throw new AssertionError("${basedir.name}: output filed under the wrong test:\n  " + problems.join('\n  '))
    }
}

// ---------------------------------------------------------------------------------------------------
// Nested builds (orphans, orphans-stalled, shutdown-dump): the verify script runs a real build of its own
// IT, waits for its hanging test, and then acts on Maven, the fork or the worker.

/**
 * Starts `mvn -B -o test <args>` in basedir with the IT's local repository (the invoker's
 * localRepositoryPath), its output to log, and waits at most 90 s for the test to write its worker's pid
 * to pidFile. Returns [maven (the Process), worker, fork (the worker's parent, Surefire's fork)]; fails,
 * naming `what` and the log, when the pid file never came.
 */
List nestedBuild(File basedir, def localRepositoryPath, List args, File pidFile, File log, String what) {
    def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
    def maven = new ProcessBuilder([mvn, '-B', '-o', '-llr', "-Dmaven.repo.local=${localRepositoryPath}".toString(), 'test']
            + args.collect { it.toString() })
            .directory(basedir).redirectErrorStream(true).redirectOutput(log).start()
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90)
    while (!pidFile.exists() && maven.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(100)
    }
    assert pidFile.exists() : "${what}: the worker never got to its pid file; see ${log}"
    def worker = ProcessHandle.of(pidFile.text.trim() as long).get()
    return [maven, worker, worker.parent().get()]
}
