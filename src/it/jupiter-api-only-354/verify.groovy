// jupiter-api-only-354: jupiter-api-only on Surefire 3.5.4, which adds junit-jupiter-engine 5.11.4 as 3.6.0 does but
// leaves a class's own failure (@BeforeAll, @AfterAll) with an empty name; retire reads the Surefire version at run
// time and does the same. Outcomes from a real stock 3.5.4 run.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)
reports.verifyLogContains(basedir,
        '[ERROR] retire.it.apionly.BeforeAllFailsTest -- Time elapsed:',
        '[ERROR] retire.it.apionly.AfterAllFailsTest -- Time elapsed:')
if (System.getenv('RETIRE_IT_STOCK') != 'true') {
    reports.verifyLogContains(basedir, '[retire] the test classpath has no JUnit Platform engine: its tests run on junit-jupiter-engine-5.11.4')
}
return true
