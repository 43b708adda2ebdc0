// fail-fast-junit5: skipAfterFailureCount=1, one worker, JUnit 5.11.4 (platform 1.11, which has no
// cancellation). Stock only warns ("does not support cancellation") and runs all 7 tests. retire does what
// stock does on JUnit 6 (see fail-fast-junit6): at ATest.a2's failure its worker drains (a Jupiter
// ExecutionCondition, registered through extension autodetection, disables what has not started), so a3
// and a4 are skipped while ATest's @AfterAll still runs, and BTest, not started yet, is skipped whole.
// fail-fast-junit6's checks, and the log line that says what retire did.
def shell = new GroovyShell(getClass().classLoader, new Binding([basedir: basedir, itLib: itLib]))
shell.evaluate(new File(itLib, '../fail-fast-junit6/verify.groovy'))
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyLogContains(basedir, '[retire] skipAfterFailureCount=1 reached')
return true
