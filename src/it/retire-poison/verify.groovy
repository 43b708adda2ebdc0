// retire-poison: -Dretire.onFailure=true, one worker (default), classes in alphabetical order:
// ErrorPoisonTest, FailPoisonTest, LaterOneTest, LaterTwoTest. Every test first prints its pid and its
// sequence number within its JVM, then asserts that no test of its JVM set the poison (static flag
// Poison.poisoned + system property it.poisoned).
//
// Why each outcome is what it is (there is no stock counterpart: stock runs all 12 tests in one JVM,
// so c_/d_ of both poisoning classes and all four Later tests would fail there):
// * ErrorPoisonTest.a_passesBefore: runs first in a clean worker -> passed.
// * ErrorPoisonTest.b_poisonsAndErrors: poisons, then throws IllegalStateException -> error (not an
//   AssertionError). The worker reports it, retires and exits.
// * ErrorPoisonTest.c_/d_needsCleanJvm: the 2 tests the retired worker had not run are selected by unique
//   id and run in a fresh worker, which was never poisoned -> passed.
// * FailPoisonTest: same with an AssertionError -> b failure, a/c/d passed (a ran before the poison).
// * LaterOneTest, LaterTwoTest: run after both poisoning classes, in a JVM that never failed -> passed.
// Totals 12 run, 1 failure, 1 error; each class stays one test set with its real totals.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

def pkg = 'retire.it.poison.'
// one TEST-*.xml per class and one console line per class, with the real totals across both JVMs
reports.verifySuite(basedir, 'target/surefire-reports', pkg + 'ErrorPoisonTest', 4, 0, 1, 0)
reports.verifySuite(basedir, 'target/surefire-reports', pkg + 'FailPoisonTest', 4, 1, 0, 0)
reports.verifySuite(basedir, 'target/surefire-reports', pkg + 'LaterOneTest', 2, 0, 0, 0)
reports.verifySuite(basedir, 'target/surefire-reports', pkg + 'LaterTwoTest', 2, 0, 0, 0)
reports.verifyPerClassLineOnce(basedir, pkg + 'ErrorPoisonTest', 'Tests run: 4, Failures: 0, Errors: 1, Skipped: 0')
reports.verifyPerClassLineOnce(basedir, pkg + 'FailPoisonTest', 'Tests run: 4, Failures: 1, Errors: 0, Skipped: 0')
reports.verifyPerClassLineOnce(basedir, pkg + 'LaterOneTest', 'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
reports.verifyPerClassLineOnce(basedir, pkg + 'LaterTwoTest', 'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')

// pids: every testcase printed its mark into its own <system-out>
def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
def marks = reports.pidMarks(cases)
assert marks.size() == 12 : "expected a pid mark in all 12 testcases, got ${marks.keySet()}"
def pid = { String key -> reports.pidOf(marks, pkg + key) }
['ErrorPoisonTest|b_poisonsAndErrors', 'FailPoisonTest|b_poisonsAndFails'].each { failing ->
    def cls = failing.split('\\|')[0]
    // the test before the failure shared its JVM; the tests after it ran in another, and together
    assert pid("${cls}|a_passesBefore") == pid(failing) : "${cls}: a_ and b_ should share the first JVM"
    assert pid("${cls}|c_needsCleanJvm") != pid(failing) : "${cls}: c_ ran in the JVM of the failure"
    assert pid("${cls}|d_needsCleanJvm") == pid("${cls}|c_needsCleanJvm") : "${cls}: c_ and d_ should share the fresh JVM"
}
def failingPids = [pid('ErrorPoisonTest|b_poisonsAndErrors'), pid('FailPoisonTest|b_poisonsAndFails')]
assert failingPids[0] != failingPids[1] : 'both failures ran in one JVM: the first did not retire its worker'
marks.findAll { it.key.contains('.Later') }.each { k, v ->
    assert !(v.pid in failingPids) : "${k} ran in the JVM of a failed test (pid ${v.pid})"
}
// and in general: nothing ran in a JVM after a failure there
reports.verifyNothingRanAfterFailureInItsJvm(cases)
assert !(ProcessHandle.current().pid() in marks.values()*.pid) : 'tests ran inside the Maven JVM'

// log: one INFO line per retirement, naming the failed test and what moved to which fresh worker
def retired = reports.retirements(basedir)
assert retired*.failed == [pkg + 'ErrorPoisonTest.b_poisonsAndErrors', pkg + 'FailPoisonTest.b_poisonsAndFails'] : retired*.line
retired.each { r ->
    assert r.left == 2 && !r.later && r.testClass == r.failed.replaceFirst(/\.[^.]+$/, '') : r.line
    // "a fresh worker" (null) when no spare was ready yet; never the worker that retired
    assert r.movedTo != r.worker : r.line
}
// 12 tests in 4 classes; workers: 1 + 1 spare at the start, and one new spare after each of the 2
// retirements (work was left each time) = 4; 2 retirements; no crash.
reports.verifyRetireSummary(basedir, 12, 4, 4, 2, 0)
return true
