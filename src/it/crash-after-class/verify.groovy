// crash-after-class: AlphaHaltsAfterClassTest's two tests pass and the class completes; then, when the JUnit
// engine closes its root store, the worker halts with status 3: after TESTSET_COMPLETED, before CLASS_DONE.
// ZuluPassTest runs in a fresh worker.
//
// No stock counterpart (stock loses the run). Reasoned expectation: the class is one test set in one
// TEST-*.xml, its header agreeing with its testcases, one per-class console line; nothing of it is lost, and
// the crash is one error inside that set (empty name, as for a crash outside any test, see crash-beforeall),
// so the build fails as stock's does when its fork dies. Before the fix the crash opened a second test set for
// the class: two per-class lines, and a TEST-*.xml holding only the error.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
def alpha = 'retire.it.crashafter.AlphaHaltsAfterClassTest'
reports.verifyOutcomes(basedir)
reports.verifyPerClassLineOnce(basedir, alpha, 'Tests run: 3, Failures: 0, Errors: 1, Skipped: 0')
reports.verifySuite(basedir, 'target/surefire-reports', alpha, 3, 0, 1, 0)
def errors = reports.crashErrors(new File(basedir, 'target/surefire-reports'))
def err = errors["${alpha}|".toString()]
assert err.count == 1
assert err.message ==~ "worker \\d+ exited with status 3 while running ${alpha}" : err.message
reports.verifyLogContains(basedir, "while running ${alpha}; nothing of its class was left")
// 4 tests (the crash counts as one) in 2 classes; workers: the first, and the fresh one after the crash; one crash
reports.verifyRetireSummary(basedir, 4, 2, 2, 0, 1)
println "[retire-it] crash-after-class: one test set for a class whose worker died after it completed"
return true
