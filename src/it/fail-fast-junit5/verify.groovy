// fail-fast-junit5: skipAfterFailureCount=1, one worker, JUnit 5.11.4 (platform 1.11, which has no
// cancellation). Stock only warns ("does not support cancellation") and runs all 7 tests. retire does what
// stock does on JUnit 6 (see fail-fast-junit6): at ATest.a2's failure its worker drains (a Jupiter
// ExecutionCondition, registered through extension autodetection, disables what has not started), so a3
// and a4 are skipped while ATest's @AfterAll still runs, and BTest, not started yet, is skipped whole.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)
reports.verifyPerClassLine(basedir, 'retire.it.failfast.ATest', 'Tests run: 4, Failures: 1, Errors: 0, Skipped: 2')
reports.verifyPerClassLine(basedir, 'retire.it.failfast.BTest', 'Tests run: 3, Failures: 0, Errors: 0, Skipped: 3')
def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
cases.findAll { it.outcome == 'skipped' }.each { assert it.message == 'Execution cancelled' : it }
reports.verifyLogContains(basedir, 'A-AFTER-ALL', '[retire] skipAfterFailureCount=1 reached')
return true
