// timeout-stall: StallTest.b_stall stalls its whole JVM at a safepoint (a poll-free C2 loop on "it-spinner",
// System.gc() on the test thread; argLine -XX:-UseCountedLoopSafepoints -XX:LoopStripMiningIter=0). With
// -Dretire.testTimeout=2s and the default retire.timeoutGrace of 2 s:
// * the Java stage cannot run (its thread is held at the safepoint too), so no thread dump can be taken;
// * the native watchdog _exits the worker about 2 s + 2 s after b_stall started;
// * b_stall gets exactly one <error>: message "timed out after 2 s (retire.testTimeout) in C.b_stall",
//   type io.github.retire.HardTimeout, detail "io.github.retire.HardTimeout: <message>", then "The JVM was
//   unresponsive and no stack could be taken: the native watchdog killed worker 1 2 s (retire.timeoutGrace)
//   after the deadline.";
// * it counts as a timeout, not a crash; c_, d_ and UntouchedTest run in a fresh worker and pass;
// * "6 tests in 2 classes; 2 workers started, 0 retirements, 0 crashes, 1 timeout".
// No stock counterpart: stock would hang until someone kills the build.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
def pkg = 'retire.it.stall.'
def dir = new File(basedir, 'target/surefire-reports')
def stalled = pkg + 'StallTest|b_stall'
def message = "timed out after 2 s (retire.testTimeout) in ${pkg}StallTest.b_stall".toString()

def (run, cases, errors, err) = reports.stallVerifyRun(basedir)

// 1. the native watchdog's error, on worker 1 (the first worker ran a_ and b_)
def killed = reports.timeoutVerifyError(errors, stalled, message, true, '2 s')
assert killed.worker == 1 : "the detail names worker ${killed.worker}, expected worker 1"
assert !err.detail.contains('Thread dump') : 'a thread dump from a stalled JVM?'

// 2. killed at about deadline + grace = 4 s after b_stall started: not before, and not much later
def t = reports.timeoutTestTime(cases, stalled)
assert t >= 3.9 && t < 8.0 : "b_stall took ${t} s, expected about 4 s (2 s limit + 2 s grace)"

// 3. before the stall the worker that stalled; after it a fresh one, for the rest of the class and the run
reports.stallVerifyWorkers(cases)

// 4. retire's log: one timeout line, a timeout and no crash, the summary
def lines = reports.timeoutLines(run)
assert lines*.line == ["[ERROR] [retire] ${message}; 2 selections of ${pkg}StallTest moved to a fresh worker".toString()] :
        "timeout lines: ${lines*.line}"
assert reports.crashLines(run) == [] : "crash lines: ${reports.crashLines(run)*.line}"
assert reports.crashPerClassLines(run, pkg + 'StallTest') == ['Tests run: 4, Failures: 0, Errors: 1, Skipped: 0']
assert reports.crashPerClassLines(run, pkg + 'UntouchedTest') == ['Tests run: 2, Failures: 0, Errors: 0, Skipped: 0']
assert run.count { it == "[ERROR]   ${message}".toString() } == 1 : "Results does not list '${message}' once"
assert !run.any { it.contains('retire.hardkill') } : 'hardkill warning without -Dretire.hardkill'
reports.timeoutVerifyRetireSummary(run, 'timeout-stall', 6, 2, 2, 0, 0, 1)

// 5. suite time covers both workers (see timeout-hangs)
reports.timeoutVerifySuiteTimes(dir)
println "[retire-it] timeout-stall: safepoint stall ended by the native watchdog verified"
return true
