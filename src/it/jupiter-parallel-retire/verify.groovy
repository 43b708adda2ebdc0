// jupiter-parallel-retire: -Dretire.onFailure=true, parallel mode from <properties><configurationParameters>
// (classes and methods concurrent, fixed parallelism 12). RetireATest.a1 fails after 0.3 s while a2, a3,
// b1, b2 and c1 (2.5 s each) run beside it; RetireCTest runs its methods one after the other (SAME_THREAD),
// so c2 and c3 have not started when a1 fails.
//
// Expected (stock: the outcomes below, all in one JVM): the tests running beside a1 finish and report in
// a1's JVM; c2 and c3 run in one fresh JVM; no test runs twice, none is lost; each keeps its own output.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
def runs = reports.parallelTraces(basedir, cases.collect { reports.parallelName(it) })
assert runs.size() == 8
if (System.getenv('RETIRE_IT_STOCK') != 'true') {
    def failed = runs['RetireATest.a1']
    def retiring = failed.pid
    def beside = runs.findAll { k, v -> k != 'RetireATest.a1' && v.pid == retiring }
    assert beside : "no test ran beside a1 in its JVM: ${runs}"
    beside.each { k, v ->
        // it started before a1 failed (or in the moment the retirement took) and ended in that JVM
        assert v.start <= failed.end + 1000 && reports.parallelOverlap(v, failed) : "${k} ${v} vs a1 ${failed}"
    }
    ['RetireCTest.c2', 'RetireCTest.c3'].each { assert runs[it].pid != retiring : "${it} ran in the retiring JVM" }
    def elsewhere = runs.findAll { k, v -> v.pid != retiring }
    elsewhere.each { k, v -> assert v.start >= failed.end : "${k} started in a fresh JVM before a1 failed: ${v}" }
    assert elsewhere.values()*.pid.toSet().size() == 1 : "what a1's JVM left ran in one fresh JVM: ${elsewhere}"
    reports.parallelVerifyOwnOutput(basedir, cases)
    reports.verifySuite(basedir, 'target/surefire-reports', 'retire.it.parretire.RetireATest', 3, 1, 0, 0)
    reports.verifySuite(basedir, 'target/surefire-reports', 'retire.it.parretire.RetireBTest', 2, 0, 0, 0)
    reports.verifySuite(basedir, 'target/surefire-reports', 'retire.it.parretire.RetireCTest', 3, 0, 0, 0)
    reports.verifyPerClassLineOnce(basedir, 'retire.it.parretire.RetireCTest', 'Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
    def retiredLines = reports.rawLogLines(basedir).findAll { it.contains(' retired after ') }
    assert retiredLines.size() == 1 && retiredLines[0] ==~ /\[INFO\] \[retire\] worker \d+ retired after retire\.it\.parretire\.RetireATest\.a1 failed; .*2 selections of retire\.it\.parretire\.RetireCTest moved on.*/ : retiredLines
    // the first worker, its spare, and at most one more spare after the retirement
    reports.verifyRetireSummary(basedir, 8, 3, 2..3, 1, 0)
}
return true
