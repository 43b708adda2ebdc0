def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
// Two builds, one summary each; the reports are the second build's (enableAssertions=false).
reports.verifyOutcomes(basedir, 'target/surefire-reports', 'expected-outcomes.txt', false)
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('FAILURE!')
return true
