def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
assert cases.find { it.name == 'printsToStdout' }?.systemOut?.contains('VINTAGE-OUT-MARKER')
return true
