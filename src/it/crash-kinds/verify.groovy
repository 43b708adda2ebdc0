// crash-kinds: six ways for a worker JVM to end without retiring, each in the middle of test b_crash of its
// own class (a_ passes before it, c_ and d_ after it, by @TestMethodOrder), plus UntouchedTest. Built twice
// (invoker.properties): -Dretire.workers=1 into target/reports-1, then -Dretire.workers=2 into target/reports-2.
//
// No stock counterpart: stock Surefire ends the run at the first crash ("The forked VM terminated without
// properly saying goodbye"). The expectation is reasoned from retire's contract:
// * the crashed test gets exactly one <error>, whose message names the worker, how it ended and the test;
// * a_ ran before the crash and keeps its result; c_ and d_ run in a fresh worker (another pid);
// * every test is reported exactly once, each class is one test set with its real totals (4 run, 1 error);
// * the build fails normally with "Tests run: 26, Failures: 0, Errors: 6, Skipped: 0";
// * an hs_err file is written to the reports directory of that run and named in the message;
// * retire logs one [ERROR] line per crash and "26 tests in 7 classes; W workers started, 0 retirements,
//   6 crashes". With one worker W = 1 + 6: each crash leaves c_ and d_ and no other worker is alive, so
//   each crash starts exactly one. With two workers W depends on timing, legitimately (see part 4).
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
def pkg = 'retire.it.crash.'
def summary = 'Tests run: 26, Failures: 0, Errors: 6, Skipped: 0'

// How each kind of end must be worded: [message after "worker N ", texts the <error> detail must hold]
def kinds = [
        ExitTest    : [/exited with status 3/, []],
        HaltZeroTest: [/exited with status 0/, []],
        OomTest     : [/exited with status 3/, ['Last output of the worker:', 'Terminating due to java.lang.OutOfMemoryError: Java heap space']],
        SigabrtTest : [/was killed by SIGABRT/, []],
        SigkillTest : [/was killed by SIGKILL/, []],
        SigsegvTest : [/crashed with SIGSEGV \(JVM fatal error\) and was killed by SIGABRT/,
                       ['Last output of the worker:', 'A fatal error has been detected by the Java Runtime Environment', 'SIGSEGV']],
]

// Both builds failed because of the tests: each has its Results summary.
reports.crashEachWorkerCount(basedir, summary) { int workers, List<String> run, File dir, String where ->
    // 1. exact outcome of every testcase, each once (crashEachWorkerCount)
    def cases = reports.parseReports(dir)
    def pids = reports.pidLines(cases) // "Class.method" -> pid

    // 2. one <error> per crashed test, worded for its kind of end
    def errors = reports.crashErrors(dir)
    assert errors.keySet() == kinds.keySet().collect { "${pkg}${it}|b_crash".toString() } as Set : "${where}: errors on ${errors.keySet()}"
    def crashLines = reports.crashLines(run)
    kinds.each { String cls, List kind ->
        def key = "${pkg}${cls}|b_crash".toString()
        def err = errors[key]
        assert err.count == 1 : "${where}: ${key} has ${err.count} failure/error elements"
        def re = "worker \\d+ ${kind[0]} while running ${pkg}${cls}.b_crash" +
                (cls == 'SigsegvTest' ? '; fatal error log: (.*)' : '')
        def m = err.message =~ re
        assert m.matches() : "${where}: ${key}: message '${err.message}' does not match ${re}"
        // Surefire takes the error's type from the trace's first line: "io.github.retire.WorkerCrash: <message>"
        assert err.detail.startsWith('io.github.retire.WorkerCrash: ' + err.message) :
                "${where}: ${key}: detail does not start with the type and the message: ${err.detail}"
        kind[1].each { assert err.detail.contains(it) : "${where}: ${key}: detail lacks '${it}':\n${err.detail}" }

        if (cls == 'SigsegvTest') {
            // the JVM's fatal error log went to this run's reports directory and is named in the message
            def hsErr = new File(m.group(1))
            assert hsErr.parentFile.canonicalPath == dir.canonicalPath : "${where}: hs_err not in ${dir}: ${hsErr}"
            assert hsErr.isFile() : "${where}: ${hsErr} named in the message does not exist"
            assert hsErr.name == "hs_err_pid${pids['SigsegvTest.a_passesBefore']}.log" :
                    "${where}: ${hsErr.name} is not the log of the crashed worker (pid of a_passesBefore ${pids['SigsegvTest.a_passesBefore']})"
            assert hsErr.getText('ISO-8859-1').contains('SIGSEGV')
            assert err.detail.contains(hsErr.path) : "${where}: the worker's banner naming ${hsErr} is not in the detail"
            assert dir.listFiles().findAll { it.name.startsWith('hs_err') }*.name == [hsErr.name]
        }

        // a_ ran in the worker that crashed; c_ and d_ together in a fresh one
        def a = pids["${cls}.a_passesBefore".toString()], c = pids["${cls}.c_passesAfter".toString()],
            d = pids["${cls}.d_passesAfter".toString()]
        assert a && c && d : "${where}: ${cls}: pid marks missing: ${pids}"
        assert a != c && c == d : "${where}: ${cls}: a_ in ${a}, c_ in ${c}, d_ in ${d}: c_ and d_ should share a fresh worker"
        // ... that is, not the one that crashed in b_ (with two workers it may be the other worker, or one that
        // ran another class's leftovers before, see part 4; it may crash later, in a class of its own)
        def b = pids["${cls}.b_crash".toString()]
        assert b == a && c != b : "${where}: ${cls}: a_ in ${a}, b_crash in ${b}, c_ and d_ in ${c}"

        // one console line per class with the real totals, and one [ERROR] [retire] line per crash
        assert reports.crashPerClassLines(run, pkg + cls) == ['Tests run: 4, Failures: 0, Errors: 1, Skipped: 0'] :
                "${where}: per-class lines of ${cls}: ${reports.crashPerClassLines(run, pkg + cls)}"
        def lines = crashLines.findAll { it.running == "${pkg}${cls}.b_crash" }
        assert lines.size() == 1 : "${where}: crash lines for ${cls}: ${lines*.line}"
        assert err.message.startsWith("worker ${lines[0].worker} ${lines[0].what} while running ") : "${where}: ${lines[0].line} vs ${err.message}"
        assert lines[0].left == "2 selections of ${pkg}${cls} moved to a fresh worker" : lines[0].line
    }
    assert crashLines.size() == 6 : "${where}: ${crashLines*.line}"
    assert crashLines*.worker.unique().size() == 6 : "${where}: two crashes share a worker number: ${crashLines*.line}"
    assert reports.crashPerClassLines(run, pkg + 'UntouchedTest') == ['Tests run: 2, Failures: 0, Errors: 0, Skipped: 0']

    // 3. Java output a test printed just before its JVM died is kept, however it died: it went out with
    //    the next flush, or the supervisor read it back from the worker's journal (docs/PROTOCOL.md);
    //    native output of a worker that died goes to the test that was running
    kinds.keySet().each { String cls ->
        assert errors["${pkg}${cls}|b_crash".toString()].systemOut?.contains("${cls}.b_crash pid".toString()) :
                "${where}: ${cls}.b_crash: its output before the crash was lost"
    }
    assert errors["${pkg}OomTest|b_crash".toString()].systemOut.contains('Terminating due to java.lang.OutOfMemoryError')

    // 4. retire's summary. One worker: exactly 1 + 6 (see the top). Two workers: how many start depends on
    //    timing, and every count seen is right. Workers are started only at the start and when a crash gives
    //    work back while fewer than retire.workers are alive or starting; an idle worker with nothing pending
    //    is let go (no retire.onFailure, so nothing to wait for). So it depends on which comes first:
    //    * 9 (seen): worker A runs HaltZeroTest with SigsegvTest sent ahead to it, worker B runs the last
    //      class, finds nothing pending and is let go; then A crashes: HaltZeroTest's leftovers and the
    //      SigsegvTest it never started are both pending with no worker alive, so two start, and SigsegvTest's
    //      crash starts a third. Had A crashed while B was still busy, one start would have done: B takes one
    //      of the two when it is done.
    //    * a crash's leftovers are logged "moved to a fresh worker" when no worker is idle at that moment; a
    //      worker that is still running then (the other one, or the one started for an earlier crash) may
    //      finish first and take them, before the worker started for them has said hello, which then runs
    //      the next piece of work, or nothing and is let go. So two crashed classes' leftovers may run in one
    //      JVM, which is fine: it is not one that crashed there (checked above).
    //    * 7: B crashes and C starts for its leftovers; A finishes first, takes them, then takes the next
    //      class and crashes in it while C has not said hello yet: only A's leftovers are pending, and C,
    //      still starting, is enough for them. One start served two crashes.
    //    What must hold whatever the timing: every JVM that ran a test was started (W >= the distinct pids
    //    in the reports, 7 at least: six JVMs crashed, and the last crash's leftovers ran in another), and
    //    workers are started only at the start and in answer to a crash, each crash at most retire.workers
    //    of them (W <= workers * (1 + 6)).
    def ranTests = pids.values().toSet().size()
    assert (workers == 1 ? ranTests == 7 : ranTests >= 7) : "${where}: ${ranTests} JVMs ran tests: ${pids}"
    reports.crashVerifyRetireSummary(run, where, 26, 7, workers == 1 ? 7 : (ranTests..(workers * 7)), 0, 6)
}
// no fatal error log escaped into the project directory
assert !basedir.listFiles().any { it.name.startsWith('hs_err') }
println "[retire-it] crash-kinds: 6 crash kinds with 1 and 2 workers verified"
return true
