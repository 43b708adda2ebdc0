// retire-many: -Dretire.workers=2 -Dretire.onFailure=true; 8 classes x 15 tests (t01..t15, run in name
// order), 61 of them fail (40 AssertionErrors = failures, 21 other exceptions = errors), see the class
// comments for which. Every test first prints its pid and its sequence number in its JVM and asserts the
// JVM is not poisoned; every failing test poisons it first.
//
// Why each outcome is what it is (no stock counterpart: stock would run each class in one JVM, and every
// test after a class's first failure would fail on the poison):
// * A failing test is reported once, as failure (AssertionError) or error (exception); its worker retires.
// * The tests of its class that had not run yet move to a fresh worker (the spare), so each passing test
//   runs in a JVM where nothing failed before it -> passed; a failing test after it fails for its own
//   reason only, again once.
// * Tests: 120 run, 40 failures, 21 errors, 0 skipped; each of the 8 classes one test set with its totals.
// * Retirements: one per failure, 61. A failure in t15 leaves nothing of its class (Many3, Many4, Many6,
//   Many8: 4 lines "nothing of its class was left"); a failure in tNN leaves the 15-NN tests after it.
// * Workers started: 2 + 1 spare at the start, then at most one fresh spare per retirement; at least 61
//   JVMs are needed since no two failures share one. Which retirements still find work pending depends on
//   how the two workers interleave, so the count is checked as a range, 61..64.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

def expected = new File(basedir, 'expected-outcomes.txt').readLines('UTF-8')
        .findAll { it.trim() && !it.startsWith('#') && !it.startsWith('summary|') }*.split('\\|')
def failing = expected.findAll { it[2] in ['failure', 'error'] }.collect { "${it[0]}.${it[1]}".toString() }
assert failing.size() == 61

// one test set per class, real totals, one console line each
expected.groupBy { it[0] }.each { cls, rows ->
    def f = rows.count { it[2] == 'failure' }, e = rows.count { it[2] == 'error' }
    reports.verifySuite(basedir, 'target/surefire-reports', cls, 15, f, e, 0)
    reports.verifyPerClassLineOnce(basedir, cls, "Tests run: 15, Failures: ${f}, Errors: ${e}, Skipped: 0")
}

// every test printed a mark; nothing ran in a JVM after a failure there; 61 failures in 61 JVMs
def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
def marks = reports.pidMarks(cases)
assert marks.size() == 120 : "pid marks in ${marks.size()} of 120 testcases"
reports.verifyNothingRanAfterFailureInItsJvm(cases)
def failedPids = cases.findAll { it.outcome in ['failure', 'error'] }.collect { marks["${it.classname}|${it.name}".toString()].pid }
assert failedPids.toSet().size() == 61
def allPids = marks.values()*.pid.toSet()
println "[retire-it] retire-many: ${allPids.size()} distinct worker pids"

// log: exactly one retirement line per failing test, with what it left
def retired = reports.retirements(basedir)
assert retired.size() == 61 : "expected 61 retirement lines, got ${retired.size()}"
def named = retired*.failed
assert named.countBy { it }.findAll { it.value > 1 }.isEmpty() : 'a failure was retired on twice'
assert named.toSet() == failing.toSet() : "retirement lines vs failing tests: missing ${failing - named}, extra ${named - failing}"
retired.each { r ->
    int index = (r.failed =~ /\.t(\d\d)$/)[0][1] as int
    if (index == 15) {
        assert r.left == 'nothing' : r.line
    } else {
        assert r.left == 15 - index && !r.later && r.testClass == r.failed.replaceFirst(/\.t\d\d$/, '') : r.line
        assert r.movedTo != r.worker : r.line
    }
}
assert retired.count { it.left == 'nothing' } == 4

// 120 tests in 8 classes; 61..64 workers (see above); 61 retirements; no crash
reports.verifyRetireSummary(basedir, 120, 8, 61..64, 61, 0)
assert reports.retireSummary(basedir).workers >= allPids.size()
return true
