def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
// the workers ran on JDK 25, where an AOT cache replaces the .jsa archive
def report = new File(basedir, 'target/surefire-reports/TEST-it.ArchiveTest.xml').text
assert report =~ /<property name="java\.version" value="25[.\"]/ : 'java.version is not 25'
reports.verifyArchivedRuns(basedir, 'aot')
return true
