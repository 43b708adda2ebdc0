def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyRetireProvider(basedir)
reports.verifyLogContains(basedir, 'retire.workers', 'BUILD FAILURE')
// the error must name the property and the rejected value on one line
def lines = reports.logLines(basedir)
assert lines.any { it.contains('retire.workers') && (it =~ /(?<![0-9A-Za-z])0(?![0-9A-Za-z])/) } :
        "no build.log line names retire.workers together with the bad value '0'"
reports.verifyNoReports(basedir, 'target/surefire-reports')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('NEVER-RUNS-MARKER') : 'a test ran despite -Dretire.workers=0'
assert !(log =~ /Tests run: [1-9]/) : 'tests ran despite -Dretire.workers=0'
return true
