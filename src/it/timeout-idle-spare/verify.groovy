// timeout-idle-spare: -Dretire.onFailure=true -Dretire.testTimeout=1s. Worker 1 runs s01..s10 (0.7 s each,
// under the limit) while the spare, worker 2, waits about 7 s: longer than the limit, retire.timeoutGrace
// (2 s) and the supervisor's 2 s margin together. Then t_fails fails, worker 1 retires, and the spare takes
// over u_after and v_after. The supervisor's silence clock must start when the spare gets its work, not at
// its last word while idle; otherwise it would kill the spare at once and report a timeout.
// Reasoned expectation: one failure, twelve passes, "1 retirement, 0 crashes, 0 timeouts", and the tests
// after the failure ran in the spare that was started before it (another pid).
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
def pids = reports.pidLines(cases, true)
assert pids.findAll { k, v -> k.startsWith('s') || k == 't_fails' }.values().unique(false).size() == 1 : "pids ${pids}"
assert pids['u_after'] == pids['v_after'] && pids['u_after'] != pids['t_fails'] : "pids ${pids}"

def log = reports.rawLogLines(basedir)
def summary = log.findAll { it.contains('[retire] ') && it.contains(' tests in ') }
// workers: 1 ran s01..t_fails, 2 was the spare, 3 the spare started once u_after began
assert summary == ['[INFO] [retire] 13 tests in 1 class; 3 workers started, 1 retirement, 0 crashes, 0 timeouts'] :
        "summary ${summary}"
assert !log.any { it.contains('timed out') } : "a timeout: ${log.findAll { it.contains('timed out') }}"
return true
