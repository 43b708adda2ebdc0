// fail-fast-workers: skipAfterFailureCount across workers, and with retire.onFailure. Two builds
// (invoker.properties). No stock counterpart (stock's count is per fork, SUREFIRE-1708); reasoned:
//
// Build 1: two workers, skipAfterFailureCount=1, target/reports-1. Worker 1 takes ATest and is sent BTest
// ahead; worker 2 takes CTest. CTest.c1 says it started and runs 2 s; ATest.a1 waits for that, then fails.
// * worker 1 drains at once on its own count: a2, a3 are skipped, and BTest, which comes after, whole;
// * the supervisor tells worker 2 that no failure is left: c1, running, finishes and passes; c2 (which
//   would fail) and c3 are skipped; DTest, not started by anyone, is skipped whole;
// * every skip is "Execution cancelled", and the log says once that the count was reached.
//
// Build 2: one worker, retire.onFailure=true, skipAfterFailureCount=2, target/reports-2. Nothing waits.
// * a1 fails: one failure, counted once (the retirement adds none). Its worker drains and retires; a2, a3
//   run in the next worker, which is told one failure is left; BTest and c1 pass;
// * c2 fails: the second. That worker drains for both reasons: c3 is skipped and reported as such (it is
//   not moved on), and it retires with nothing of CTest left; DTest is skipped whole in the next worker.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
def pkg = 'retire.it.failfastworkers.'
reports.verifyOutcomes(basedir, 'target/reports-1', 'expected-outcomes-1.txt', false)
reports.verifyOutcomes(basedir, 'target/reports-2', 'expected-outcomes-2.txt', false)
['reports-1', 'reports-2'].each { dir ->
    reports.parseReports(new File(basedir, "target/${dir}")).findAll { it.outcome == 'skipped' }.each {
        assert it.message == 'Execution cancelled' : "${dir}: ${it}"
    }
}
def log = reports.rawLogLines(basedir)
def reached = log.findAll { it.contains('[retire] skipAfterFailureCount=') }
assert reached == ['[INFO] [retire] skipAfterFailureCount=1 reached (1 failure across all workers): the tests running finish, every test not started yet is skipped',
                   '[INFO] [retire] skipAfterFailureCount=2 reached (2 failures across all workers): the tests running finish, every test not started yet is skipped'] : reached
// the two workers of build 1 ran ATest and CTest side by side: c1 started before a1 failed, and ended after it
def cases1 = reports.parseReports(new File(basedir, 'target/reports-1'))
assert (cases1.find { it.classname == pkg + 'CTest' && it.name == 'c1' }.time as double) >= 2.0
def retired = reports.retirements(basedir)
assert retired.collect { [it.failed, it.left] } == [[pkg + 'ATest.a1', 2], [pkg + 'CTest.c2', 'nothing']] : retired*.line
// Each build's console summary, exactly and in order (verifyOutcomes above only looks for it among all builds').
def summaryOf = { String name -> new File(basedir, name).readLines('UTF-8').find { it.startsWith('summary|') }.substring('summary|'.length()) }
assert reports.resultsSummaries(basedir) == [summaryOf('expected-outcomes-1.txt'), summaryOf('expected-outcomes-2.txt')] : reports.resultsSummaries(basedir)
return true
