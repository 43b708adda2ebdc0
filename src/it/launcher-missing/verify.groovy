def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyRetireProvider(basedir)
def lines = reports.logLines(basedir)
assert lines.any { it.contains('<artifactId>junit-platform-launcher</artifactId><version>1.8.2</version>') } :
        'the error must name org.junit.platform:junit-platform-launcher:1.8.2 as the dependency to add'
reports.verifyNoReports(basedir, 'target/surefire-reports')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('NEVER-RUNS-MARKER') : 'a test ran without a usable launcher'
assert !(log =~ /Tests run: [1-9]/) : 'tests ran without a usable launcher'
return true
