def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir, 'target/failsafe-reports')

// nothing may leak into the surefire reports directory
reports.verifyNoReports(basedir, 'target/surefire-reports')

// failsafe's verify goal reads failsafe-summary.xml written by integration-test
def summary = new File(basedir, 'target/failsafe-reports/failsafe-summary.xml')
assert summary.isFile() : 'no failsafe-summary.xml'
def text = summary.getText('UTF-8')
assert text.contains('<completed>6</completed>') : text
assert text.contains('<errors>1</errors>') && text.contains('<failures>1</failures>') && text.contains('<skipped>1</skipped>') : text
reports.verifyLogContains(basedir, 'maven-failsafe-plugin:', ':verify', 'There are test failures')
return true
