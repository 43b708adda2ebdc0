// timeout-stall-java: timeout-stall's StallTest.b_stall (a JVM stalled at a safepoint) with
// -Dretire.testTimeout=2s -Dretire.hardkill=java. No native watchdog is loaded, and the Java stage cannot
// run in a stalled JVM, so only the supervisor can end it: it kills a worker that runs tests and has sent
// nothing for the limit (2 s), retire.timeoutGrace (2 s) and 2 s more. Reasoned expectation:
// * b_stall gets exactly one <error>: message "timed out after 2 s (retire.testTimeout) in C.b_stall", type
//   io.github.retire.HardTimeout, detail "io.github.retire.HardTimeout: <message>", then "The JVM was
//   unresponsive and no stack could be taken: the supervisor killed worker 1, silent for 2 s
//   (retire.timeoutGrace) + 2 s after the deadline (no native watchdog in the worker, or it could not act).";
// * killed about 6 s after b_stall started (the supervisor looks every 100 ms);
// * a timeout, not a crash; c_, d_ and UntouchedTest run in a fresh worker and pass;
// * "6 tests in 2 classes; 2 workers started, 0 retirements, 0 crashes, 1 timeout".
// Without the supervisor's stage this build would hang (see the closing note of issue 5).
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
def pkg = 'retire.it.stall.'
def stalled = pkg + 'StallTest|b_stall'
def message = "timed out after 2 s (retire.testTimeout) in ${pkg}StallTest.b_stall".toString()

def (run, cases, errors, err) = reports.stallVerifyRun(basedir)

// 1. the supervisor's error, exactly
assert err.count == 1 : "${err.count} failure/error elements on b_stall"
assert err.message == message : "message '${err.message}'"
assert err.type == reports.timeoutErrorType() : "type '${err.type}'"
def expectedDetail = reports.timeoutErrorType() + ': ' + message + '\n' +
        'The JVM was unresponsive and no stack could be taken: the supervisor killed worker 1, silent for 2 s ' +
        '(retire.timeoutGrace) + 2 s after the deadline (no native watchdog in the worker, or it could not act).'
assert err.detail.replace('\r\n', '\n').trim() == expectedDetail : "detail:\n${err.detail}"

// 2. killed at about deadline + grace + 2 s = 6 s after b_stall started: not before, and not much later
def t = reports.timeoutTestTime(cases, stalled)
assert t >= 5.9 && t < 10.0 : "b_stall took ${t} s, expected about 6 s (2 s limit + 2 s grace + 2 s)"

// 3. the stalled worker ran a_ and b_; a fresh one the rest
reports.stallVerifyWorkers(cases)

// 4. retire's log: the hardkill=java warning once, one timeout line, no crash, the summary
def warning = '[WARNING] [retire] retire.hardkill=java: using the Java watchdog only; a stalled JVM (stuck at a ' +
        'safepoint, or blocked where Java threads cannot run) is killed by the supervisor instead, once silent ' +
        'for the limit, retire.timeoutGrace and 2 s more'
def all = reports.rawLogLines(basedir)
assert all.count { it == warning } == 1 : "the hardkill=java warning appears ${all.count { it == warning }} times, expected once"
def lines = reports.timeoutLines(run)
assert lines*.line == ["[ERROR] [retire] ${message}; 2 selections of ${pkg}StallTest moved to a fresh worker".toString()] :
        "timeout lines: ${lines*.line}"
assert reports.crashLines(run) == [] : "crash lines: ${reports.crashLines(run)*.line}"
reports.timeoutVerifyRetireSummary(run, 'timeout-stall-java', 6, 2, 2, 0, 0, 1)
println "[retire-it] timeout-stall-java: safepoint stall ended by the supervisor verified"
return true
