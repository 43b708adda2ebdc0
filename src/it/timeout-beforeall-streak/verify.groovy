// timeout-beforeall-streak: AlphaHangTest, BravoHangTest and CharlieHangTest each hang in @BeforeAll until
// -Dretire.testTimeout=2s ends their worker; DeltaPassTest comes last. So three workers in a row end before
// completing a test, as many as retire.maxStartupFailures (default 3) allows.
//
// Reasoned expectation: retire.maxStartupFailures is about workers that cannot start (a bad argLine, a
// crash in the JVM's start-up); after that, "every test class not yet run is reported as an error". A
// worker that retire itself ended at the deadline of a @BeforeAll had started fine and ran JUnit for 2 s, so
// a timeout must not count as a start-up failure:
// * three class errors "timed out after 2 s (retire.testTimeout) in C" (type io.github.retire.HardTimeout,
//   with the thread dump), each class not continued;
// * DeltaPassTest runs in a fourth worker and passes; no "not run: ... worker JVMs in a row" error;
// * "5 tests in 4 classes; 4 workers started, 0 retirements, 0 crashes, 3 timeouts".
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
def pkg = 'retire.it.streak.'
def dir = new File(basedir, 'target/surefire-reports')
def hangs = ['AlphaHangTest', 'BravoHangTest', 'CharlieHangTest']

def run = reports.crashRuns(basedir, 1)[0]
def notRun = run.findAll { it.contains('worker JVMs in a row') }
assert !notRun : "timeouts were counted as start-up failures and retire gave up on the rest of the run:\n  ${notRun.join('\n  ')}"

reports.verifyOutcomes(basedir)
def errors = reports.timeoutErrors(dir)
assert errors.keySet() == hangs.collect { "${pkg}${it}|".toString() } as Set : "errors on ${errors.keySet()}"
hangs.each { String cls ->
    def dump = reports.timeoutVerifyError(errors, "${pkg}${cls}|".toString(), "timed out after 2 s (retire.testTimeout) in ${pkg}${cls}".toString())
    assert dump[0].frames.any { it.startsWith("app//${pkg}${cls}.setUpClass(${cls}.java:") } : "${cls}: ${dump[0].header}"
}
assert reports.timeoutLines(run)*.line == hangs.collect {
    "[ERROR] [retire] timed out after 2 s (retire.testTimeout) in ${pkg}${it}; the class is not continued: it hung outside any test, before the first one".toString()
}
assert reports.crashLines(run) == []
assert !new File(basedir, 'build.log').getText('UTF-8').contains('ran although its @BeforeAll timed out')
assert reports.crashPerClassLines(run, pkg + 'DeltaPassTest') == ['Tests run: 2, Failures: 0, Errors: 0, Skipped: 0']
reports.timeoutVerifyRetireSummary(run, 'timeout-beforeall-streak', 5, 4, 4, 0, 0, 3)
println "[retire-it] timeout-beforeall-streak: three @BeforeAll timeouts in a row are not start-up failures"
return true
