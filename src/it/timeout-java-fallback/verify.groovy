// timeout-java-fallback: -Dretire.testTimeout=2s -Dretire.hardkill=java. Only the Java stage of the timeout
// exists: at the deadline a Java thread sends a thread dump and halts the worker; no native watchdog is
// loaded. HangOneTest.b_sleeps and HangTwoTest.b_sleeps sleep past the limit, with passing tests around
// them; UntouchedTest runs last. (No stall here: see timeout-stall-java.)
//
// No stock counterpart. Reasoned expectation:
// * each sleeping test gets exactly one <error> (type io.github.retire.HardTimeout, message "timed out after
//   2 s (retire.testTimeout) in C.b_sleeps", detail with the thread dump, the test thread first);
// * the rest of each class and of the run goes on in a fresh worker: 3 workers, 2 timeouts, no crash;
// * the WARNING that says what is lost appears exactly once in the log, although each of the three
//   workers starts without the native watchdog: "[WARNING] [retire] retire.hardkill=java: using the Java
//   watchdog only; a stalled JVM (stuck at a safepoint, or blocked where Java threads cannot run) is
//   killed by the supervisor instead, once silent for the limit, retire.timeoutGrace and 2 s more" (the
//   stalled case itself: timeout-stall-java);
// * no worker maps a native library of its own (the watchdog's jffi stub is never loaded).
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
def pkg = 'retire.it.javakill.'
def dir = new File(basedir, 'target/surefire-reports')
def msg = { String where -> "timed out after 2 s (retire.testTimeout) in ${pkg}${where}".toString() }

def run = reports.crashRuns(basedir, 1)[0]

// 1. outcomes, and one <error> with a thread dump per sleeping test
reports.verifyOutcomes(basedir)
def cases = reports.parseReports(dir)
def errors = reports.timeoutErrors(dir)
assert errors.keySet() == [pkg + 'HangOneTest|b_sleeps', pkg + 'HangTwoTest|b_sleeps'] as Set : "errors on ${errors.keySet()}"
['HangOneTest', 'HangTwoTest'].each { String cls ->
    def dump = reports.timeoutVerifyError(errors, "${pkg}${cls}|b_sleeps".toString(), msg("${cls}.b_sleeps"))
    assert dump[0].state == 'TIMED_WAITING' : dump[0].header
    assert dump[0].frames[0] =~ /^java\.base@[^\/]+\/java\.lang\.Thread\.sleep/ : "top frame: ${dump[0].frames[0]}"
    assert dump[0].frames.any { it.startsWith("app//${pkg}${cls}.b_sleeps(${cls}.java:") } : "${cls}: test thread not first: ${dump[0].header}"
    def t = reports.timeoutTestTime(cases, "${pkg}${cls}|b_sleeps".toString())
    assert t >= 2.0 && t < 6.0 : "${cls}.b_sleeps: time ${t} s, expected about 2 s"
    // no native watchdog: nothing of it in the test's output
    assert !errors["${pkg}${cls}|b_sleeps".toString()].systemErr.contains('retire-watchdog')
}

// 2. workers: a_ and b_ in one, c_ in a fresh one; none maps a native library of its own
def pids = reports.pidLines(cases)
def libs = reports.foreignLibs(cases)
assert pids.size() == 8 && libs.size() == 8 : "marks: ${pids} ${libs}"
['HangOneTest', 'HangTwoTest'].each { String cls ->
    assert pids["${cls}.a_passesBefore".toString()] == pids["${cls}.b_sleeps".toString()]
    assert pids["${cls}.c_passesAfter".toString()] != pids["${cls}.b_sleeps".toString()]
}
assert pids.values().unique(false).size() == 3 : "expected 3 JVMs, pids ${pids}"
assert libs.every { k, v -> v == '' } : "a worker loaded a native library with retire.hardkill=java: ${libs.findAll { k, v -> v }}"

// 3. the WARNING about what is lost, exactly once; nothing else about hardkill
def warning = '[WARNING] [retire] retire.hardkill=java: using the Java watchdog only; a stalled JVM (stuck at a ' +
        'safepoint, or blocked where Java threads cannot run) is killed by the supervisor instead, once silent ' +
        'for the limit, retire.timeoutGrace and 2 s more'
def all = reports.rawLogLines(basedir)
assert all.count { it == warning } == 1 : "the hardkill=java warning appears ${all.count { it == warning }} times, expected once"
assert all.count { it.contains('hardkill') || it.contains('watchdog') } == 1 :
        "other lines about the watchdog: ${all.findAll { (it.contains('hardkill') || it.contains('watchdog')) && it != warning }}"
// before the first test ran
assert all.indexOf(warning) < all.findIndexOf { it.contains('Tests run:') } : 'the warning came after a test'

// 4. retire's log and summary; per-class lines; Results
def lines = reports.timeoutLines(run)
assert lines*.line == ['HangOneTest', 'HangTwoTest'].collect {
    "[ERROR] [retire] ${msg(it + '.b_sleeps')}; 1 selection of ${pkg}${it} moved to a fresh worker".toString() } : "timeout lines: ${lines*.line}"
assert reports.crashLines(run) == [] : "crash lines: ${reports.crashLines(run)*.line}"
['HangOneTest', 'HangTwoTest'].each { String cls ->
    assert reports.crashPerClassLines(run, pkg + cls) == ['Tests run: 3, Failures: 0, Errors: 1, Skipped: 0']
    assert run.count { it == "[ERROR]   ${msg(cls + '.b_sleeps')}".toString() } == 1
}
assert reports.crashPerClassLines(run, pkg + 'UntouchedTest') == ['Tests run: 2, Failures: 0, Errors: 0, Skipped: 0']
reports.timeoutVerifyRetireSummary(run, 'timeout-java-fallback', 8, 3, 3, 0, 0, 2)

// 5. suite time covers both workers (see timeout-hangs)
reports.timeoutVerifySuiteTimes(dir)
println "[retire-it] timeout-java-fallback: Java-only timeouts and the one warning verified"
return true
