// retire-junit4: JUnit 4.13.2 on junit-vintage-engine, retire.onFailure=true from Surefire <properties>,
// one worker, classes in alphabetical order, methods in name order (@FixMethodOrder). Each test prints its
// pid and its sequence number in its JVM and asserts the JVM is not poisoned.
//
// Why each outcome is what it is (no stock counterpart: stock would run c_, d_ and SurvivorVintageTest in
// the poisoned JVM, where they fail):
// * a_passesBefore: runs in a clean worker -> passed.
// * aa_ignored: @Ignore -> skipped; a skip is no failure, so the worker goes on (b shares a's pid).
// * b_poisonsAndFails: poisons, then Assert.fail -> failure; the worker retires.
// * c_, d_needsCleanJvm: the 2 tests left are selected by their Vintage unique ids and run in a fresh
//   worker -> passed.
// * SurvivorVintageTest.first/second: run after, in a JVM where nothing failed -> passed.
// Totals: 7 run, 1 failure, 0 errors, 1 skipped.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

def pkg = 'retire.it.junit4.'
reports.verifySuite(basedir, 'target/surefire-reports', pkg + 'PoisonVintageTest', 5, 1, 0, 1)
reports.verifySuite(basedir, 'target/surefire-reports', pkg + 'SurvivorVintageTest', 2, 0, 0, 0)
reports.verifyPerClassLineOnce(basedir, pkg + 'PoisonVintageTest', 'Tests run: 5, Failures: 1, Errors: 0, Skipped: 1')
reports.verifyPerClassLineOnce(basedir, pkg + 'SurvivorVintageTest', 'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')

def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
def marks = reports.pidMarks(cases)
assert marks.size() == 6 : "expected pid marks in the 6 tests that ran, got ${marks.keySet()}"
reports.verifyNothingRanAfterFailureInItsJvm(cases)
def pid = { String key -> reports.pidOf(marks, pkg + key) }
def failing = 'PoisonVintageTest|b_poisonsAndFails'
assert pid('PoisonVintageTest|a_passesBefore') == pid(failing) : 'a_ and b_ should share the first JVM'
['PoisonVintageTest|c_needsCleanJvm', 'PoisonVintageTest|d_needsCleanJvm', 'SurvivorVintageTest|first', 'SurvivorVintageTest|second'].each {
    assert pid(it) != pid(failing) : "${it} ran in the JVM of the failed test"
}
assert pid('PoisonVintageTest|d_needsCleanJvm') == pid('PoisonVintageTest|c_needsCleanJvm')

reports.verifyOneRetirement(basedir, pkg + 'PoisonVintageTest.b_poisonsAndFails', 2)
// 7 tests (the ignored one counts) in 2 classes; workers: 1 + 1 spare, one fresh spare after the
// retirement (work was left) = 3; 1 retirement; no crash.
reports.verifyRetireSummary(basedir, 7, 2, 3, 1, 0)
return true
