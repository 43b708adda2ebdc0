// testng-only: org.testng:testng 7.11.0 is the only test dependency. Stock Surefire 3.6.0 adds
// org.junit.support:testng-engine 1.1.0 itself; retire brings the same one (BundledEngines) and says so once.
// Outcomes from a real stock run.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)
if (System.getenv('RETIRE_IT_STOCK') != 'true') {
    reports.verifyLogContains(basedir, '[retire] the test classpath has no JUnit Platform engine: its tests run on testng-engine-1.1.0')
}

def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
assert cases.find { it.name == 'printsToStdout' }?.systemOut?.contains('TESTNG-ONLY-OUT-MARKER')
return true
