def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
assert cases.find { it.classname == 'retire.it.junit6.MixedTest' && it.name == 'passes' }?.systemOut?.contains('MIXED-OUT-MARKER')

// Intended difference to stock (which prints "Tests run: 0" here): the real count of the @Nested tests.
if (System.getenv('RETIRE_IT_STOCK') != 'true') {
    reports.verifyPerClassLine(basedir, 'retire.it.junit6.AllNestedTest', 'Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
}
return true
