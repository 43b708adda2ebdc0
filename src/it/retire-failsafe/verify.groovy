// retire-failsafe: maven-failsafe-plugin integration-test + verify with retire, retire.onFailure=true from
// systemPropertyVariables, one worker, classes in alphabetical order. Each test prints its pid and its
// sequence number in its JVM and asserts the JVM is not poisoned.
//
// Why each outcome is what it is (no stock counterpart: stock runs all 6 in one JVM, where c_, d_ and
// SurvivorIT would fail on the poison):
// * PoisonIT.a_passesBefore: clean worker -> passed.
// * PoisonIT.b_poisonsAndFails: poisons, AssertionError -> failure; the worker retires.
// * PoisonIT.c_, d_needsCleanJvm: the 2 tests left run in a fresh worker -> passed.
// * SurvivorIT.first/second: run after, in a JVM where nothing failed -> passed.
// Totals: 6 run, 1 failure; failsafe-summary.xml says the same and verify fails the build.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
def dir = 'target/failsafe-reports'
reports.verifyOutcomes(basedir, dir)
reports.verifyNoReports(basedir, 'target/surefire-reports')

def pkg = 'retire.it.rfailsafe.'
reports.verifySuite(basedir, dir, pkg + 'PoisonIT', 4, 1, 0, 0)
reports.verifySuite(basedir, dir, pkg + 'SurvivorIT', 2, 0, 0, 0)
reports.verifyPerClassLineOnce(basedir, pkg + 'PoisonIT', 'Tests run: 4, Failures: 1, Errors: 0, Skipped: 0')
reports.verifyPerClassLineOnce(basedir, pkg + 'SurvivorIT', 'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')

// failsafe's verify goal reads what integration-test wrote
def summary = new File(basedir, "${dir}/failsafe-summary.xml")
assert summary.isFile() : 'no failsafe-summary.xml'
def text = summary.getText('UTF-8')
assert text.contains('<completed>6</completed>') && text.contains('<errors>0</errors>') : text
assert text.contains('<failures>1</failures>') && text.contains('<skipped>0</skipped>') : text
reports.verifyLogContains(basedir, 'maven-failsafe-plugin:', ':verify', 'There are test failures')

def cases = reports.parseReports(new File(basedir, dir))
def marks = reports.pidMarks(cases)
assert marks.size() == 6 : "expected pid marks in all 6 testcases, got ${marks.keySet()}"
reports.verifyNothingRanAfterFailureInItsJvm(cases)
def pid = { String key -> reports.pidOf(marks, pkg + key) }
def failing = 'PoisonIT|b_poisonsAndFails'
assert pid('PoisonIT|a_passesBefore') == pid(failing) : 'a_ and b_ should share the first JVM'
['PoisonIT|c_needsCleanJvm', 'PoisonIT|d_needsCleanJvm', 'SurvivorIT|first', 'SurvivorIT|second'].each {
    assert pid(it) != pid(failing) : "${it} ran in the JVM of the failed test"
}

reports.verifyOneRetirement(basedir, pkg + 'PoisonIT.b_poisonsAndFails', 2)
// 6 tests in 2 classes; workers: 1 + 1 spare, one fresh spare after the retirement (work was left) = 3
reports.verifyRetireSummary(basedir, 6, 2, 3, 1, 0)
return true
