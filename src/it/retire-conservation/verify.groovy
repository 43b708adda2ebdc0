// retire-conservation: whatever refuses or breaks a continuation, every test of the plan is reported
// exactly once, nothing is dropped and nothing loops. One worker, retire.onFailure, classes alphabetical.
// * DiesOnContinuationTest: bFails fails and leaves a marker; the fresh worker that takes c and d dies
//   in @BeforeAll (it finds the marker) before either starts. That is one crash error on the class, and,
//   since retrying would only die again, c and d are errors "not run: worker N ended before any test moved
//   to it had run ..." (io.github.retire.NotRun). Before: "the class is not continued", c and d vanished.
// * RefusedAlwaysTest: Refuser (a LauncherDiscoveryListener, as an engine that refuses a continuation)
//   aborts the discovery of c by unique id, then of the class: c is an error that says why. Before: the
//   worker died of the refusal and c vanished.
// * SetUpFailsOnContinuationTest: as DiesOnContinuationTest, but the fresh JVM's @BeforeAll throws: an error
//   on the class (that worker retires), and c and d are errors "not run: worker N retired after ... failed,
//   before any test moved to it had run". Before: the class counted as done, c and d vanished.
// * VanishingTest: Vanisher (a LauncherDiscoveryListener and a PostDiscoveryFilter, as an engine that
//   accepts a continuation and runs nothing of it) keeps nothing of c's selection by unique id: c is an
//   error that says why. Before: the continuation ended with nothing reported and c vanished.
// * RefusedOnceTest: Refuser aborts the discovery of c and d by unique id; the worker runs the class whole
//   and reports only c and d (a and bFails run again unreported): stock's outcomes.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

def pkg = 'retire.it.conservation.'
def perClass = [DiesOnContinuationTest: [5, 1, 3, 0], RefusedAlwaysTest: [3, 1, 1, 0], RefusedOnceTest: [4, 1, 0, 0],
                SetUpFailsOnContinuationTest: [5, 1, 3, 0], VanishingTest: [3, 1, 1, 0], ZPlainTest: [1, 0, 0, 0]]
perClass.each { cls, n ->
    reports.verifySuite(basedir, 'target/surefire-reports', pkg + cls, n[0], n[1], n[2], n[3])
    reports.verifyPerClassLineOnce(basedir, pkg + cls, "Tests run: ${n[0]}, Failures: ${n[1]}, Errors: ${n[2]}, Skipped: ${n[3]}")
}
def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
def error = { String cls, String name -> cases.find { it.classname == pkg + cls && it.name == name && it.outcome == 'error' } }
['c', 'd'].each { n ->
    def e = error('DiesOnContinuationTest', n)
    assert e.message.startsWith('not run: worker ') && e.message.contains('ended before any test moved to it had run') : e
}
assert error('DiesOnContinuationTest', '').message.contains('exited with status 3')
['c', 'd'].each { n ->
    def e = error('SetUpFailsOnContinuationTest', n)
    assert e.message ==~ /not run: worker \d+ retired after ${pkg}SetUpFailsOnContinuationTest failed, before any test moved to it had run/ : e
}
assert error('VanishingTest', 'c').message ==~ /not run: worker \d+ ended its part of ${pkg}VanishingTest without reporting them/
assert error('RefusedAlwaysTest', 'c').message.startsWith('not run: the JUnit Platform refused to discover the tests of '
        + pkg + 'RefusedAlwaysTest a departed worker left, and the class whole: Refuser refuses')
reports.verifyLogContains(basedir,
        '[WARNING] [retire] the JUnit Platform refused to discover the 2 tests of ' + pkg + 'RefusedOnceTest a departed worker left',
        '[WARNING] [retire] the JUnit Platform refused to discover the 1 test of ' + pkg + 'RefusedAlwaysTest a departed worker left',
        'selections of ' + pkg + 'DiesOnContinuationTest reported as not run: worker ')
// the tests a continuation reported ran in the fresh JVM, not in the one whose test failed
def marks = reports.pidMarks(cases)
assert reports.pidOf(marks, pkg + 'RefusedOnceTest|c') != reports.pidOf(marks, pkg + 'RefusedOnceTest|bFails')
// 21 testcases in 6 classes; workers: 1 + 1 spare at the start, a fresh spare after each of the 6
// retirements and after the crash (each left work: leftovers, or classes still to run) = 9
reports.verifyRetireSummary(basedir, 21, 6, 9, 6, 1)
return true
