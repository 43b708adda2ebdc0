def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))

reports.verifyOutcomes(basedir, 'target/surefire-reports', 'expected-outcomes.txt', false)
reports.verifyOutcomes(basedir, 'target/second-reports', 'expected-outcomes-second.txt', false)

// both executions printed their own Results block, default-test first
def summaries = reports.resultsSummaries(basedir)
assert summaries == ['Tests run: 4, Failures: 0, Errors: 0, Skipped: 0',
                     'Tests run: 3, Failures: 1, Errors: 0, Skipped: 0'] : "Results summaries: ${summaries}"

// each execution only ran its own classes and used the configured (retire) provider
def log = reports.logLines(basedir)
assert log.any { it.contains('maven-surefire-plugin:') && it.contains(':test (default-test)') }
assert log.any { it.contains('maven-surefire-plugin:') && it.contains(':test (second)') }
if (System.getenv('RETIRE_IT_STOCK') != 'true') {
    assert log.count { it.contains('Using configured provider ') } == 2 : 'both executions must use the retire provider'
}
return true
