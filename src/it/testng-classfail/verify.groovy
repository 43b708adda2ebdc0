// testng-classfail: TestNG alone (retire brings testng-engine 1.1.0, as stock 3.6.0 adds it) with a failing
// @BeforeClass, named initializationError as stock 3.6.0 names it (its tests skipped), and a failing @AfterClass,
// which the engine reports on its root container: a TestNG|TestNG error. Outcomes from a real stock 3.6.0 run.
// Differs from stock in which file and console block that root error goes to (docs/COMPATIBILITY.md, issue 21).
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)
reports.verifyLogContains(basedir,
        '[ERROR] retire.it.testngonly.BeforeClassFailsTest.initializationError -- Time elapsed:',
        '[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 2,')
return true
