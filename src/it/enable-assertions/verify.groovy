def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
// Two builds, one summary each; the reports are the second build's (enableAssertions=false).
reports.verifyOutcomes(basedir, 'target/surefire-reports', 'expected-outcomes.txt', false)
// The first build's reports are gone, so its summary is what shows that its test ran (and passed, which
// its assertEquals makes mean that the assert ran): exactly one summary per build.
def summary = 'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0'
assert reports.resultsSummaries(basedir) == [summary, summary]
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('FAILURE!')
return true
