// crash-loop: a TestExecutionListener (META-INF/services) halts every worker JVM with status 7 as soon as
// its test plan starts, so no worker ever completes a test. Built twice (invoker.properties): 1 worker into
// target/reports-1, 2 workers into target/reports-2; five classes AlphaTest..EchoTest with two tests each.
//
// No stock counterpart. Reasoned expectation (README: retire.maxStartupFailures, default 3): retire starts
// workers until 3 in a row died before completing a test, then starts no more. Nothing is dropped and the
// build ends (invoker.timeoutInSeconds guards against a hang):
// * a class whose worker died while running it gets that crash as one class-level error
//   ("worker N exited with status 7 while running <class>", detail with the worker's last output);
// * every other class gets one class-level error "not run: 3 worker JVMs in a row ended before completing
//   a test; last output: ..." naming the output of the last worker;
// * with 1 worker that is exactly Alpha, Bravo, Charlie crashed and Delta, Echo not run; with 2 workers
//   the number of crashes is 3 or 4 (a worker started before the third death may die too), the rest not run;
// * retire's summary: 5 tests in 5 classes, as many workers started as crashed, 0 retirements.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
def pkg = 'retire.it.crashloop.'
def classes = ['AlphaTest', 'BravoTest', 'CharlieTest', 'DeltaTest', 'EchoTest']
def summary = 'Tests run: 5, Failures: 0, Errors: 5, Skipped: 0'
// The message says why; the last worker's output is in the detail (io.github.retire.NotRun: ...).
def notRun = 'not run: 3 worker JVMs in a row ended before completing a test'

reports.crashEachWorkerCount(basedir, summary) { int workers, List<String> run, File dir, String where ->
    def errors = reports.crashErrors(dir)
    def crashed = [], given = []
    def workerPids = [] as Set
    classes.each { cls ->
        def err = errors["${pkg}${cls}|".toString()]
        assert err != null && err.count == 1 : "${where}: ${cls} should have one class-level error: ${errors.keySet()}"
        if (err.message ==~ "worker \\d+ exited with status 7 while running ${pkg}${cls}") {
            crashed << cls
            def m = err.detail =~ /Last output of the worker:\R(?s:.*)CRASH-LOOP-MARKER halting worker pid (\d+)/
            assert m.find() : "${where}: ${cls}: the worker's last output is not in the detail:\n${err.detail}"
            workerPids << (m.group(1) as long)
        } else if (err.message == notRun) {
            assert err.detail.startsWith('io.github.retire.NotRun: ' + notRun) : "${where}: ${cls}: ${err.detail}"
            given << cls
        } else {
            throw new AssertionError("${where}: ${cls}: unexpected error message '${err.message}'")
        }
    }
    given.each { cls ->
        def err = errors["${pkg}${cls}|".toString()]
        def m = err.detail =~ /CRASH-LOOP-MARKER halting worker pid (\d+)/
        assert m.find() && (m.group(1) as long) in workerPids : "${where}: ${cls}: 'last output' is not that of a worker that died: ${err.detail}"
    }
    if (workers == 1) {
        assert crashed == ['AlphaTest', 'BravoTest', 'CharlieTest'] && given == ['DeltaTest', 'EchoTest'] :
                "${where}: crashed ${crashed}, not run ${given}"
    } else {
        assert crashed.size() in 3..4 && given.size() == 5 - crashed.size() : "${where}: crashed ${crashed}, not run ${given}"
    }
    assert workerPids.size() == crashed.size() : "${where}: crashed classes ${crashed} but worker pids ${workerPids}"
    classes.each { cls ->
        assert reports.crashPerClassLines(run, pkg + cls) == ['Tests run: 1, Failures: 0, Errors: 1, Skipped: 0'] :
                "${where}: per-class lines of ${cls}: ${reports.crashPerClassLines(run, pkg + cls)}"
    }
    def lines = reports.crashLines(run)
    assert lines*.running.sort() == crashed.collect { pkg + it }.sort() : "${where}: crash lines ${lines*.line}"
    reports.crashVerifyRetireSummary(run, where, 5, 5, crashed.size(), 0, crashed.size())
    // no worker outlived the build
    workerPids.each { long pid -> assert !ProcessHandle.of(pid).map { it.isAlive() }.orElse(false) : "${where}: worker ${pid} still alive" }
}
println "[retire-it] crash-loop: gave up after 3 dying workers with 1 and 2 workers; every class reported"
return true
