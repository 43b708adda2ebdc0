// retire-afterall: retire.onFailure=true, one worker, JUnit 5.11.4. CleanupTest.t2 fails in worker 1.
// Before it retires, that worker drains: t3 and t4 do not start there (they move to a fresh JVM by unique
// id), but the class's @AfterAll runs there, right after t2: its cleanup marker names worker 1's pid, and
// its failure ("cleanup found the resource broken") and its output belong to CleanupTest's report, as with
// stock, which runs it once in its one JVM. The fresh JVM runs @BeforeAll, t3, t4 and @AfterAll again (a
// clean resource: no failure), then LaterTest. So the outcomes equal stock's, and:
// * both JVMs that took the resource (@BeforeAll) gave it back (@AfterAll), each writing its pid's marker;
// * the retiring JVM gave it back before the fresh one took it (the retirement waits for the drain);
// * nothing but t1 and t2 ran in the retiring JVM.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)
reports.verifyPerClassLineOnce(basedir, 'retire.it.afterall.CleanupTest', 'Tests run: 5, Failures: 1, Errors: 1, Skipped: 0')

def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
def marks = reports.pidMarks(cases)
def pid = { String test -> reports.pidOf(marks, 'retire.it.afterall.' + test) }
long retiring = pid('CleanupTest|t2')
long fresh = pid('CleanupTest|t3')
assert pid('CleanupTest|t1') == retiring
assert fresh != retiring && pid('CleanupTest|t4') == fresh : "t3, t4 ran in one fresh JVM"
assert pid('LaterTest|l1') != retiring

def markers = new File(basedir, 'target/afterall-markers')
[retiring, fresh].each { p ->
    ['before', 'after'].each { kind ->
        assert new File(markers, "${kind}-${p}").isFile() : "no ${kind}-${p} marker: ${markers.list()}"
    }
}
assert markers.list().toList().toSorted() == ["after-${fresh}", "after-${retiring}", "before-${fresh}", "before-${retiring}"]*.toString().toSorted()
long gaveBack = new File(markers, "after-${retiring}").text as long
long tookAgain = new File(markers, "before-${fresh}").text as long
assert gaveBack <= tookAgain : "the fresh JVM took the resource (${tookAgain}) before the retiring one gave it back (${gaveBack})"

// the @AfterAll failure is the class's one error, carrying the retiring JVM's cleanup output
def classError = cases.find { it.classname == 'retire.it.afterall.CleanupTest' && it.name == '' }
assert classError.outcome == 'error' && classError.message == 'cleanup found the resource broken' : classError
assert classError.systemOut?.contains("CLEANUP-AFTER-ALL pid=${retiring} broken=true") : classError.systemOut
reports.verifyLogContains(basedir, "CLEANUP-AFTER-ALL pid=${fresh} broken=false")

reports.verifyOneRetirement(basedir, 'retire.it.afterall.CleanupTest.t2', 2)
// 6 tests in 2 classes; one retirement; workers: the first, its spare, and the spare started after the retirement
reports.verifyRetireSummary(basedir, 6, 2, 3, 1, 0)
return true
