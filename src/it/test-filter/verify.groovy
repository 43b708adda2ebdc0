def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
// Exactly the selected tests, nothing from BetaTest, AlphaTest#otherwise or AlphaTest#skipMe.
reports.verifyOutcomes(basedir)
def files = reports.reportFiles(new File(basedir, 'target/surefire-reports'))*.name
assert files == ['TEST-retire.it.filter.AlphaTest.xml', 'TEST-retire.it.filter.OtherTest.xml'] : "report files: ${files}"
return true
