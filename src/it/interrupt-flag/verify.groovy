// interrupt-flag: tests end with their thread's interrupt flag set: in the test body (then passing, failing,
// or writing more output than a worker's event buffer holds), in @AfterEach, in @AfterAll, and in JUnit 4
// on vintage. Each test that looks prints "FLAG-SEEN <where> <flag>" without clearing it; each place that
// sets the flag prints "FLAG-LEFT <where>" to System.out and System.err right after.
//
// Before the fix the first event sent with the flag set closed the worker's NIO channel
// (ClosedByInterruptException): the worker died ("UncheckedIOException thrown from the
// UncaughtExceptionHandler in thread main") and the tests around became errors.
//
// Expected, from stock Surefire 3.5.4 (src/it/lib/run-stock.sh; expected-outcomes.txt):
// * every test passes but A1BodyTest.c_leavesFlagThenFails, which fails on purpose;
// * Jupiter clears the flag after each test and container (NodeTestTask, after reporting its end), and
//   JUnit 4.13 after each test (ParentRunner's interrupt isolation, before reporting its end): every later
//   test sees false;
// * JUnit 4.12 clears nothing: V1VintageTest.b_next sees true in both. Stock carries the flag on into
//   V2VintageNextTest (its fork's thread runs all vintage classes in one go); retire clears it between
//   classes, as the worker must wait for its next class, so V2VintageNextTest sees false
//   (docs/COMPATIBILITY.md, "Notes from issue 14").
// Build 2 (-Dretire.onFailure=true -Dretire.testTimeout=120s) also retires the worker after c_, which
// failed with its flag set: the handshake must still wait for the supervisor, and d_..f_ run in a fresh JVM.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
def summary = 'Tests run: 15, Failures: 1, Errors: 0, Skipped: 0'
assert reports.resultsSummaries(basedir) == [summary, summary, summary]
reports.verifyRetireProvider(basedir)
def runs = reports.crashRuns(basedir, 3)
assert !new File(basedir, 'build.log').getText('UTF-8').contains('UncaughtExceptionHandler') : 'a worker died of an exception'
// 15 tests in 7 classes, no crash, no timeout; only build 2 retires (once, after c_)
runs.eachWithIndex { run, i ->
    def s = reports.crashRetireSummaryOf(run)
    assert s && s.tests == 15 && s.classes == 7 && s.crashes == 0 && s.timeouts == 0 && s.retirements == (i == 1 ? 1 : 0) : "build ${i + 1}: ${s?.line}"
}

def seenFalse = ['A1BodyTest.a', 'A1BodyTest.b', 'A1BodyTest.d', 'A1BodyTest.f', 'A2AfterEachTest.a', 'A2AfterEachTest.b',
                 'A3AfterAllTest.only', 'A4NextClassTest.first', 'V1VintageTest.a', 'V3JupiterAfterVintageTest.a',
                 'V3JupiterAfterVintageTest.b']
def builds = [
        'reports-plain'    : seenFalse.collectEntries { [it, 'false'] } + ['V1VintageTest.b': 'false', 'V2VintageNextTest.first': 'false'],
        'reports-onfailure': seenFalse.collectEntries { [it, 'false'] } + ['V1VintageTest.b': 'false', 'V2VintageNextTest.first': 'false'],
        'reports-junit412' : seenFalse.collectEntries { [it, 'false'] } + ['V1VintageTest.b': 'true', 'V2VintageNextTest.first': 'false'],
]
builds.each { dirName, expectedFlags ->
    reports.verifyOutcomes(basedir, "target/${dirName}", 'expected-outcomes.txt', false)
    def cases = reports.parseReports(new File(basedir, "target/${dirName}"))
    def seen = [:]
    cases.each { c ->
        ((c.systemOut ?: '') =~ /FLAG-SEEN (\S+) (true|false)/).each { m -> seen[m[1]] = m[2] }
    }
    assert seen == expectedFlags : "${dirName}: flags seen ${seen}, expected ${expectedFlags}"
    def byName = cases.collectEntries { ["${it.classname.replaceFirst(/.*\./, '')}.${it.name}".toString(), it] }
    // what was written while the flag was set reached the test's report
    ['A1BodyTest.a_leavesFlagInBody': 'A1BodyTest.a', 'A1BodyTest.c_leavesFlagThenFails': 'A1BodyTest.c',
     'A2AfterEachTest.a_first': 'A2AfterEachTest.afterEach', 'A2AfterEachTest.b_second': 'A2AfterEachTest.afterEach',
     'V1VintageTest.a_leavesFlag': 'V1VintageTest.a'].each { test, where ->
        assert byName[test].systemOut?.contains("FLAG-LEFT ${where}\n") : "${dirName}: ${test} lacks its stdout"
        assert byName[test].systemErr?.contains("FLAG-LEFT ${where} (stderr)") : "${dirName}: ${test} lacks its stderr"
    }
    def lots = byName['A1BodyTest.e_leavesFlagAndLotsOfOutput'].systemOut.readLines().findAll { it ==~ /\d+ (0123456789){100}/ }
    assert lots.size() == 300 : "${dirName}: e_ has ${lots.size()} of its 300 lines"
}
def retired = reports.retirements(basedir)
assert retired*.failed == ['retire.it.interrupt.A1BodyTest.c_leavesFlagThenFails'] : retired*.line
// Each build's console summary, exactly (verifyOutcomes above only looks for it among all builds').
def summaryLine = new File(basedir, 'expected-outcomes.txt').readLines('UTF-8').find { it.startsWith('summary|') }.substring('summary|'.length())
assert reports.resultsSummaries(basedir) == [summaryLine] * 3 : reports.resultsSummaries(basedir)
return true
