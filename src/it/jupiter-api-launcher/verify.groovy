// jupiter-api-launcher: junit-jupiter-api 5.11.4 and junit-platform-launcher 1.11.4, which brings
// junit-platform-engine but no engine. Stock Surefire (3.5.4 and 3.6.0) adds junit-jupiter-engine 5.11.4 as
// for jupiter-api-only; retire did not (it took junit-platform-engine for an engine) and stopped with no engine.
// On 3.6.0 a class's own failure is named initializationError (@BeforeAll) or executionError (@AfterAll after a
// passed test), in TEST-*.xml and on the console. Outcomes from a real stock 3.6.0 run.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)
reports.verifyLogContains(basedir,
        '[ERROR] retire.it.apionly.BeforeAllFailsTest.initializationError -- Time elapsed:',
        '[ERROR] retire.it.apionly.AfterAllFailsTest.executionError -- Time elapsed:',
        '[ERROR]   BeforeAllFailsTest.setUp:10 IllegalState boom from @BeforeAll')
if (System.getenv('RETIRE_IT_STOCK') != 'true') {
    reports.verifyLogContains(basedir, '[retire] the test classpath has no JUnit Platform engine: its tests run on junit-jupiter-engine-5.11.4')
}
return true
