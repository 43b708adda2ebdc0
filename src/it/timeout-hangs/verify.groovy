// timeout-hangs: -Dretire.testTimeout=2s against four hangs that the JVM itself survives, so the Java stage
// of the timeout (a thread dump, then halt) ends each worker:
// * SleepTest.b_sleeps        Thread.sleep far past the limit
// * FifoTest.b_fifo           blocked in a native open() of a FIFO nobody writes (interrupts cannot end it)
// * DeadlockTest.b_deadlock   the test thread and "it-deadlock-other" each hold one monitor and want the other
// * BeforeAllHangTest         sleeps in @BeforeAll: class set-up is guarded too
// Each hanging test has a passing test before it (same worker) and after it (a fresh worker); UntouchedTest
// runs last. ClockRestartsTest never hangs: @BeforeAll, three tests and @AfterAll take 1.2 s each (6 s in
// all), and must pass, because every JUnit event restarts the clock. Classes run alphabetically:
// BeforeAllHang, ClockRestarts, Deadlock, Fifo, Sleep, Untouched.
//
// No stock counterpart (stock would hang until someone kills the build). Reasoned expectation:
// * the hung test gets exactly one <error>; message "timed out after 2 s (retire.testTimeout) in C.t";
//   detail = "io.github.retire.HardTimeout: <message>", "Thread dump (the test thread first):", the test
//   thread's stack first; the error's type attribute is io.github.retire.HardTimeout;
// * the @BeforeAll hang is one error on the class (testcase name ""), message "... in C", and its tests
//   never run anywhere (they would fail);
// * the rest of the class, and of the run, goes on in a fresh worker; each class is one test set;
// * one "[ERROR] [retire] timed out ..." line per hang saying what moved on; no crash lines;
// * "16 tests in 6 classes; 5 workers started, 0 retirements, 0 crashes, 4 timeouts": one worker, plus
//   one fresh one per timeout (each hang has work after it);
// * the timed-out testcase's time is about the limit (2 s), and no worker outlives the build.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
def pkg = 'retire.it.timeout.'
def dir = new File(basedir, 'target/surefire-reports')
def msg = { String where -> "timed out after 2 s (retire.testTimeout) in ${pkg}${where}".toString() }

def run = reports.crashRuns(basedir, 1)[0]

// 1. exact outcome of every testcase, each once, and the Results summary
reports.verifyOutcomes(basedir)
def cases = reports.parseReports(dir)
def pids = reports.pidLines(cases)

// 2. exactly the four hangs have an <error>, each one, with the right message and thread dump
def errors = reports.timeoutErrors(dir)
def hung = ['BeforeAllHangTest|', 'DeadlockTest|b_deadlock', 'FifoTest|b_fifo', 'SleepTest|b_sleeps']
assert errors.keySet() == hung.collect { pkg + it } as Set : "errors on ${errors.keySet()}"

/** The test thread is first in the dump; the method that hung is on its stack and on no other thread's. */
def testThreadFirst = { List<Map> dump, String frame ->
    assert dump[0].frames.any { it.startsWith(frame) } : "the first thread of the dump (${dump[0].header}) lacks ${frame}: ${dump[0].frames.take(8)}"
    def others = dump.drop(1).findAll { t -> t.frames.any { it.startsWith(frame) } }
    assert !others : "${frame} is also on ${others*.header}"
    assert dump.count { it.name == 'retire-timeout' } == 1 : "the dump lacks the retire-timeout thread: ${dump*.header}"
}

def sleep = reports.timeoutVerifyError(errors, pkg + 'SleepTest|b_sleeps', msg('SleepTest.b_sleeps'))
assert sleep[0].state == 'TIMED_WAITING' : sleep[0].header
assert sleep[0].frames[0] =~ /^java\.base@[^\/]+\/java\.lang\.Thread\.sleep/ : "top frame: ${sleep[0].frames[0]}"
testThreadFirst(sleep, "app//${pkg}SleepTest.b_sleeps(SleepTest.java:")

def fifo = reports.timeoutVerifyError(errors, pkg + 'FifoTest|b_fifo', msg('FifoTest.b_fifo'))
// blocked in native code: the JVM sees the thread as RUNNABLE in a native frame of FileInputStream
assert fifo[0].state == 'RUNNABLE' : fifo[0].header
assert fifo[0].frames[0] =~ /^java\.base@[^\/]+\/java\.io\.FileInputStream\.(open0|read0|readBytes)\(Native Method\)$/ :
        "top frame: ${fifo[0].frames[0]}"
testThreadFirst(fifo, "app//${pkg}FifoTest.b_fifo(FifoTest.java:")

def deadlock = reports.timeoutVerifyError(errors, pkg + 'DeadlockTest|b_deadlock', msg('DeadlockTest.b_deadlock'))
def testThread = deadlock[0]
def other = deadlock.find { it.name == 'it-deadlock-other' }
assert other : "no it-deadlock-other thread in the dump: ${deadlock*.header}"
assert testThread.state == 'BLOCKED' && testThread.lock?.startsWith("${pkg}DeadlockTest\$SecondLock@") &&
        testThread.owner == 'it-deadlock-other' : "test thread: ${testThread.header}"
assert other.state == 'BLOCKED' && other.lock?.startsWith("${pkg}DeadlockTest\$FirstLock@") &&
        other.owner == testThread.name : "other thread: ${other.header}"
assert testThread.frames[0].startsWith("app//${pkg}DeadlockTest.b_deadlock(DeadlockTest.java:") : testThread.frames[0]
assert other.frames[0].startsWith("app//${pkg}DeadlockTest.lambda\$b_deadlock\$") : other.frames[0]
testThreadFirst(deadlock, "app//${pkg}DeadlockTest.b_deadlock(DeadlockTest.java:")

def beforeAll = reports.timeoutVerifyError(errors, pkg + 'BeforeAllHangTest|', msg('BeforeAllHangTest'))
assert beforeAll[0].state == 'TIMED_WAITING' : beforeAll[0].header
testThreadFirst(beforeAll, "app//${pkg}BeforeAllHangTest.setUpClass(BeforeAllHangTest.java:")

// 3. the hung testcases took about the limit: not less, and not the 600 s of the hang
hung.each { String key ->
    def t = reports.timeoutTestTime(cases, pkg + key)
    assert t >= 2.0 && t < 6.0 : "${key}: time ${t} s, expected about 2 s"
}

// 4. before the hang, the worker that hung; after it, a fresh one that goes on with the rest of the class
['DeadlockTest', 'FifoTest', 'SleepTest'].each { String cls ->
    def before = pids["${cls}.a_passesBefore".toString()], hang = pids["${cls}.b_${[DeadlockTest: 'deadlock', FifoTest: 'fifo', SleepTest: 'sleeps'][cls]}".toString()],
        after = pids["${cls}.c_passesAfter".toString()]
    assert before && hang && after : "${cls}: pid marks missing: ${pids}"
    assert before == hang && after != hang : "${cls}: a_ in ${before}, b_ in ${hang}, c_ in ${after}"
}
assert pids['SleepTest.d_passesAfter'] == pids['SleepTest.c_passesAfter']
assert pids['BeforeAllHangTest.setUpClass'] : "the @BeforeAll mark is missing: ${pids}"
// ClockRestartsTest ran whole in the worker that came after the @BeforeAll hang (it took ~6 s, and no timeout)
assert ['a', 'b', 'c'].collect { pids["ClockRestartsTest.${it}_slowButInTime".toString()] }.unique() == [pids['DeadlockTest.a_passesBefore']] :
        "ClockRestartsTest did not run whole in one worker before DeadlockTest: ${pids}"
// five distinct JVMs: the four that hung and the last one
def jvms = [pids['BeforeAllHangTest.setUpClass'], pids['DeadlockTest.b_deadlock'], pids['FifoTest.b_fifo'],
            pids['SleepTest.b_sleeps'], pids['UntouchedTest.one']]
assert jvms.unique(false).size() == 5 : "JVMs ${jvms}"
// none of them outlived the build (the deadlocked and FIFO-blocked ones included)
jvms.each { long pid -> assert !reports.workerRunning(pid) : "worker pid ${pid} is still running after the build" }
// the native watchdog (stage 2) is really in place: the worker maps retire's C library (through jffi)
def libs = reports.foreignLibs(cases)['UntouchedTest.two']
assert libs?.contains('libretire_hardkill.so') : "the last worker does not map libretire_hardkill.so: ${libs}"
assert !run.any { it.contains('native hardkill watchdog is unavailable') } : 'the native watchdog could not be loaded'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('ran although its @BeforeAll timed out') : 'a test of BeforeAllHangTest ran'

// 5. retire's log: one timeout line per hang, in run order, saying what moved on; no crash lines
def lines = reports.timeoutLines(run)
assert lines*.where == ['BeforeAllHangTest', 'DeadlockTest.b_deadlock', 'FifoTest.b_fifo', 'SleepTest.b_sleeps'].collect { pkg + it } :
        "timeout lines: ${lines*.line}"
assert lines.every { it.after == '2 s' } : lines*.line
assert lines[0].left == 'the class is not continued: it hung outside any test, before the first one' : lines[0].line
assert lines[1].left == "1 selection of ${pkg}DeadlockTest moved to a fresh worker" : lines[1].line
assert lines[2].left == "1 selection of ${pkg}FifoTest moved to a fresh worker" : lines[2].line
assert lines[3].left == "2 selections of ${pkg}SleepTest moved to a fresh worker" : lines[3].line
assert reports.crashLines(run) == [] : "crash lines: ${reports.crashLines(run)*.line}"
assert !run.any { it.contains('retire.hardkill') } : 'hardkill warning without -Dretire.hardkill'

// 6. console: one per-class line per class with its real totals; the Results list names each timeout
[BeforeAllHangTest: 'Tests run: 1, Failures: 0, Errors: 1, Skipped: 0',
 DeadlockTest     : 'Tests run: 3, Failures: 0, Errors: 1, Skipped: 0',
 FifoTest         : 'Tests run: 3, Failures: 0, Errors: 1, Skipped: 0',
 SleepTest        : 'Tests run: 4, Failures: 0, Errors: 1, Skipped: 0',
 UntouchedTest    : 'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0',
 ClockRestartsTest: 'Tests run: 3, Failures: 0, Errors: 0, Skipped: 0'].each { cls, line ->
    assert reports.crashPerClassLines(run, pkg + cls) == [line] : "per-class lines of ${cls}: ${reports.crashPerClassLines(run, pkg + cls)}"
}
['BeforeAllHangTest', 'DeadlockTest.b_deadlock', 'FifoTest.b_fifo', 'SleepTest.b_sleeps'].each { where ->
    assert run.count { it == "[ERROR]   ${msg(where)}".toString() } == 1 : "Results does not list '${msg(where)}' once"
}

// 7. retire's summary
reports.timeoutVerifyRetireSummary(run, 'timeout-hangs', 16, 6, 5, 0, 0, 4)

// 8. a class that went on in a fresh worker took the time of all its workers: its <testsuite time> is at
//    least the sum of its testcases' times (stock: the class's wall time), not only the last worker's part
reports.timeoutVerifySuiteTimes(dir)
println "[retire-it] timeout-hangs: sleep, FIFO, deadlock and @BeforeAll hangs verified"
return true
