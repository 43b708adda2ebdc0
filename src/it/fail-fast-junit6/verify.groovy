// fail-fast-junit6: skipAfterFailureCount=1, one worker, JUnit 6.0.3. Stock cancels the run at ATest.a2's
// failure (the platform's CancellationToken): a3 and a4 are skipped, ATest's @AfterAll still runs, and
// BTest is skipped whole, each test "Execution cancelled". retire does the same, in its worker.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)
reports.verifyPerClassLine(basedir, 'retire.it.failfast.ATest', 'Tests run: 4, Failures: 1, Errors: 0, Skipped: 2')
reports.verifyPerClassLine(basedir, 'retire.it.failfast.BTest', 'Tests run: 3, Failures: 0, Errors: 0, Skipped: 3')
def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
cases.findAll { it.outcome == 'skipped' }.each { assert it.message == 'Execution cancelled' : it }
// the class's cleanup ran after the failure, in the worker that ran the class
reports.verifyLogContains(basedir, 'A-AFTER-ALL')
return true
