// jupiter-junit4: junit-jupiter 5.11.4 and junit:junit 4.13.2, no Vintage engine, on Surefire 3.6.0, which adds
// junit-vintage-engine 5.11.4 and runs the JUnit 4 tests beside the Jupiter ones; retire takes the same jar from the
// local repository (BundledEngines). A failing @BeforeClass is initializationError. Outcomes from a real stock run.
// Stock 3.5.4 adds no Vintage engine here: jupiter-junit4-354.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)
reports.verifyLogContains(basedir, '[ERROR] retire.it.mixed.LegacyBeforeClassFailsTest.initializationError -- Time elapsed:')
if (System.getenv('RETIRE_IT_STOCK') != 'true') {
    reports.verifyLogContains(basedir, '[retire] the test classpath has junit:junit and no Vintage engine: its JUnit 4 tests run on junit-vintage-engine-5.11.4')
}
return true
