// retire-long-dynamic: -Dretire.onFailure=true, one worker (and its spare).
// * ParamManyTest.value(int) has 2500 invocations; [2] poisons its JVM and fails.
// * FactoryManyTest.factory() makes 1500 dynamic tests; [1] poisons its JVM and fails.
// Each test first asserts that its JVM is not poisoned, so one that ran after a failure in the same JVM
// would fail too.
//
// Why each outcome is what it is (no stock counterpart: stock would run all of it in one JVM, and every
// invocation after a failure would fail on the poison):
// * A failure retires its worker. The invocations not generated yet cannot be named, so the fresh
//   worker selects them by index in windows: 16 indexes, then 32, 64, ... up to 1024 at a time
//   (Leftovers.FIRST_WINDOW, LONGEST_WINDOW). A window whose last index ran is followed by the next,
//   until one ends early. So [3]..[2500] and [2]..[1500] all run, each once, and pass.
// * Tests: 4000 run, 2 failures; each class one test set with its real totals.
// * Retirements: 2, each moving "the later invocations" (no known selections). Workers: 1 + 1 spare at the
//   start, then at most one fresh spare per retirement: 3..4, depending on timing.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyRetireProvider(basedir)

def pkg = 'retire.it.longdynamic.'
def expected = (1..2500).collect { "${pkg}ParamManyTest|value(int)[${it}]|${it == 2 ? 'failure' : 'passed'}".toString() } +
        (1..1500).collect { "${pkg}FactoryManyTest|factory()[${it}]|${it == 1 ? 'failure' : 'passed'}".toString() }
def actual = reports.outcomeLines(new File(basedir, 'target/surefire-reports'))
def dupes = actual.countBy { it }.findAll { it.value > 1 }
assert !dupes : "testcases reported more than once: ${dupes.keySet().take(5)}"
def missing = expected.toSet() - actual.toSet(), extra = actual.toSet() - expected.toSet()
assert !missing && !extra : "missing ${missing.size()} (first: ${missing.sort().take(5)}), unexpected ${extra.size()} (first: ${extra.sort().take(5)})"
assert actual.size() == 4000

assert reports.resultsSummaries(basedir) == ['Tests run: 4000, Failures: 2, Errors: 0, Skipped: 0']
reports.verifySuite(basedir, 'target/surefire-reports', pkg + 'ParamManyTest', 2500, 1, 0, 0)
reports.verifySuite(basedir, 'target/surefire-reports', pkg + 'FactoryManyTest', 1500, 1, 0, 0)
reports.verifyPerClassLineOnce(basedir, pkg + 'ParamManyTest', 'Tests run: 2500, Failures: 1, Errors: 0, Skipped: 0')
reports.verifyPerClassLineOnce(basedir, pkg + 'FactoryManyTest', 'Tests run: 1500, Failures: 1, Errors: 0, Skipped: 0')

def retired = reports.retirements(basedir)
assert retired*.failed.toSet() == [pkg + 'ParamManyTest.value(int)[2]', pkg + 'FactoryManyTest.factory()[1]'].toSet() : retired*.line
retired.each { assert it.left == 0 && it.later && it.movedTo != it.worker : it.line }
reports.verifyRetireSummary(basedir, 4000, 2, 3..4, 2, 0)
return true
