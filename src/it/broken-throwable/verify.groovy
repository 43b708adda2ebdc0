// broken-throwable: throwables that break whoever renders them, between passing tests (ABrokenTest, methods in
// name order): b_ throws one whose getMessage, getLocalizedMessage and toString all throw; d_ an AssertionError
// whose getMessage and toString throw; e_ two exceptions that are each other's cause; g_ one whose getCause
// throws. BBrokenAfterAllTest's @AfterAll throws b_'s kind. Built twice: plain (target/reports-plain), then
// -Dretire.onFailure=true (target/reports-onfailure).
//
// Expected (better than stock, docs/COMPATIBILITY.md; stock's outcomes in expected-outcomes.txt):
// * every test that ran is reported once, with its outcome: b_, e_, g_ errors, d_ a failure;
// * a throwable that breaks Surefire's rendering is rendered from its class name and frames, and says what
//   broke ("[getLocalizedMessage() threw java.lang.IllegalStateException: ...]"); e_'s circle of causes
//   ends ("CIRCULAR REFERENCE");
// * JUnit's own stack-trace pruning calls g_'s getCause, which throws out of g_'s end: no listener hears of
//   it, and ABrokenTest fails with that IllegalStateException (a class-level error, as on stock). The worker
//   reports g_ itself, as io.github.retire.UnfinishedTest, "JUnit reported no end for this test; its
//   container ended with java.lang.IllegalStateException: getCause() is broken";
// * under onFailure each of those failures retires its worker (b_, d_, e_, g_ or its class: the worker drains
//   and retires once the class has ended, BBrokenAfterAllTest), and every test still runs exactly once.
// Before the fix: b_, d_, g_ and BBrokenAfterAllTest were lost, "Tests run: 6, Failures: 0, Errors: 2".
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
def summary = 'Tests run: 11, Failures: 1, Errors: 5, Skipped: 0'
assert reports.resultsSummaries(basedir) == [summary, summary]
reports.verifyRetireProvider(basedir)
def runs = reports.crashRuns(basedir, 2)

def pkg = 'retire.it.broken.'
['reports-plain', 'reports-onfailure'].eachWithIndex { dirName, i ->
    reports.verifyOutcomes(basedir, "target/${dirName}", 'expected-outcomes.txt', false)
    def dir = new File(basedir, "target/${dirName}")
    def errors = reports.crashErrors(dir)
    def detail = { String key -> errors[pkg + key]?.detail ?: '' }
    def unprintable = '[getLocalizedMessage() threw java.lang.IllegalStateException: getLocalizedMessage() is broken]'
    assert detail('ABrokenTest|b_unprintableException').startsWith("${pkg}Broken\$UnprintableException: ${unprintable}")
    assert detail('ABrokenTest|b_unprintableException').contains("at ${pkg}ABrokenTest.b_unprintableException(ABrokenTest.java:")
    assert detail('ABrokenTest|e_causeCycle').contains('[CIRCULAR REFERENCE: java.lang.RuntimeException: a, caused by b]')
    def lost = 'JUnit reported no end for this test; its container ended with java.lang.IllegalStateException: getCause() is broken'
    assert errors[pkg + 'ABrokenTest|g_causeThrows']?.message == lost : errors[pkg + 'ABrokenTest|g_causeThrows']
    assert detail('ABrokenTest|g_causeThrows').startsWith("io.github.retire.UnfinishedTest: ${lost}")
    assert errors[pkg + 'ABrokenTest|']?.message == 'getCause() is broken'
    assert detail('BBrokenAfterAllTest|').startsWith("${pkg}Broken\$UnprintableException: ${unprintable}")
    assert detail('BBrokenAfterAllTest|').contains("at ${pkg}BBrokenAfterAllTest.breaks(BBrokenAfterAllTest.java:")
    def failure = reports.parseReports(dir).find { it.name == 'd_unprintableAssertion' }
    assert failure.outcome == 'failure' && failure.message?.contains('[getMessage() threw java.lang.IllegalStateException: getMessage() is broken]') : failure
    // each test that ran printed its mark into its own report
    ('a'..'g').each { m ->
        def c = reports.parseReports(dir).find { it.classname == pkg + 'ABrokenTest' && it.name.startsWith(m + '_') }
        assert c.systemOut?.contains("ABrokenTest.${m} ran") : "${dirName}: ${c}"
    }
    def s = reports.crashRetireSummaryOf(runs[i])
    assert s.crashes == 0 && s.timeouts == 0 && s.retirements == (i == 0 ? 0 : 5) : "${dirName}: ${s.line}"
}
// Each build's console summary, exactly (verifyOutcomes above only looks for it among all builds').
def summaryLine = new File(basedir, 'expected-outcomes.txt').readLines('UTF-8').find { it.startsWith('summary|') }.substring('summary|'.length())
assert reports.resultsSummaries(basedir) == [summaryLine] * 2 : reports.resultsSummaries(basedir)
return true
