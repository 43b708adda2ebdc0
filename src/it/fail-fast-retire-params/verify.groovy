// fail-fast-retire-params: skipAfterFailureCount=1 where the failure is an invocation of a parameterized
// method (ATest.p(int)[2] of 20), next to a repeated and a factory method and a later class. Four builds
// (invoker.properties): JUnit 6.0.3 with and without retire.onFailure, then JUnit 5.11.4 the same.
// Expected: stock's JUnit 6 run, every time (on 5.11.4 stock only warns; retire skips what stock skips on 6).
// With onFailure, the worker that fails both retires and drains: it reports p(int)[3..20] skipped itself,
// and what follows may go to a fresh worker, drained at once (no failure left). That worker must report
// nothing it was not given by name: neither the template p(int) for the later invocations nobody knows
// (it used to: "Tests run: 28 ... Skipped: 26", an extra testcase p(int)), nor anything twice.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
['reports-6-retire', 'reports-6', 'reports-5-retire', 'reports-5'].each { dir ->
    reports.verifyOutcomes(basedir, "target/${dir}", 'expected-outcomes.txt', false)
    reports.parseReports(new File(basedir, "target/${dir}")).findAll { it.outcome == 'skipped' }.each {
        assert it.message == 'Execution cancelled' : "${dir}: ${it}"
    }
}
def summaries = reports.resultsSummaries(basedir)
assert summaries == ['Tests run: 27, Failures: 1, Errors: 0, Skipped: 25'] * 4 : summaries
// each class one test set, with stock's counts, in every build
def perClass = reports.logLines(basedir).findAll { it.contains(' -- in retire.it.ffparams.') }
        .collect { it.replaceFirst(/, Time elapsed: .* -- in /, ' -- in ').trim() }
assert perClass == ['Tests run: 23, Failures: 1, Errors: 0, Skipped: 21 -- in retire.it.ffparams.ATest',
                    'Tests run: 4, Failures: 0, Errors: 0, Skipped: 4 -- in retire.it.ffparams.BTest'] * 4 : perClass
// Each build's console summary, exactly (verifyOutcomes above only looks for it among all builds').
def summaryLine = new File(basedir, 'expected-outcomes.txt').readLines('UTF-8').find { it.startsWith('summary|') }.substring('summary|'.length())
assert reports.resultsSummaries(basedir) == [summaryLine] * 4 : reports.resultsSummaries(basedir)
return true
