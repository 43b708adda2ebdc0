// jupiter-junit4-354: jupiter-junit4 on Surefire 3.5.4, which adds no Vintage engine when the test classpath has a
// Jupiter engine: the JUnit 4 tests do not run, on stock and on retire (which reads the Surefire version from
// surefire-api at run time). Outcomes from a real stock 3.5.4 run.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)
assert !new File(basedir, 'build.log').text.contains('junit-vintage-engine')
return true
