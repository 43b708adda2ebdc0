// retire-structures: retire.onFailure=true from systemPropertyVariables, one worker, classes in
// alphabetical order (runOrder). Every test prints its pid and its sequence number in its JVM, then
// asserts that no earlier test of its JVM poisoned it (Poison: static flag + system property); every
// failing test / lifecycle method poisons the JVM before it fails.
//
// Why each outcome is what it is (no stock counterpart: stock would run everything in one JVM and every
// test after the first failure would fail on the poison; testcase names are stock's, see README):
// * AfterAllFailTest: a, b pass; @AfterAll poisons and throws -> one extra testcase with empty name,
//   error (as stock names a class-level failure). Retirement after the class: nothing of it left.
// * AfterEachFailTest / BeforeEachFailTest: b's @AfterEach / @BeforeEach throws IllegalStateException ->
//   b error; c (1 selection) runs in a fresh JVM -> passed; a passed before the failure.
// * DisabledAssumptionTest: @Disabled b and the assumption failure in c are skipped, which is no failure:
//   no retirement, a, c and d run in one JVM in order -> a, d passed, b, c skipped.
// * FactoryFailTest: dynamic test [2] fails; [3] and container [4] ([4][1], [4][2]) were not generated
//   yet, so they move as "later invocations" (0 known selections) and pass in a fresh JVM.
// * NestedFailTest: outerA, outerB, Inner1.i1 pass; Inner1.i2Fails fails; the 3 nodes not started
//   (Inner1.i3, Inner1$Deeper, Inner2) move to a fresh JVM -> d1, i3, j1, j2 passed. One test set for the
//   outer class: 8 tests, 1 failure (retire's one per-class line; stock splits it per nested class).
// * ParamFailTest: value(int)[3] fails; [4], [5] (later invocations) and last (1 selection) pass fresh.
// * RepeatedFailTest: repetition [2] fails; [3], [4] (later invocations) and after (1 selection) pass.
// Totals: 38 run, 4 failures (AssertionErrors), 3 errors (lifecycle exceptions), 2 skipped.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

def pkg = 'retire.it.structures.'
def perClass = [AfterAllFailTest: [3, 0, 1, 0], AfterEachFailTest: [3, 0, 1, 0], BeforeEachFailTest: [3, 0, 1, 0],
                DisabledAssumptionTest: [4, 0, 0, 2], FactoryFailTest: [5, 1, 0, 0], NestedFailTest: [8, 1, 0, 0],
                ParamFailTest: [7, 1, 0, 0], RepeatedFailTest: [5, 1, 0, 0]]
perClass.each { cls, n ->
    reports.verifySuite(basedir, 'target/surefire-reports', pkg + cls, n[0], n[1], n[2], n[3])
    reports.verifyPerClassLineOnce(basedir, pkg + cls, "Tests run: ${n[0]}, Failures: ${n[1]}, Errors: ${n[2]}, Skipped: ${n[3]}")
}

def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
def marks = reports.pidMarks(cases)
// every testcase except the disabled one (never runs) and the class-level @AfterAll error printed a mark
def unmarked = cases.collect { "${it.classname}|${it.name}".toString() } - marks.keySet()
assert unmarked.toSet() == [pkg + 'DisabledAssumptionTest|b', pkg + 'AfterAllFailTest|'].toSet() : "unmarked: ${unmarked}"
reports.verifyNothingRanAfterFailureInItsJvm(cases)
def pid = { String key -> reports.pidOf(marks, pkg + key) }
def samePid = { String failing, List<String> before -> before.each { assert pid(it) == pid(failing) : "${it} should share the JVM of ${failing}" } }
def otherPid = { String failing, List<String> after -> after.each { assert pid(it) != pid(failing) : "${it} ran in the JVM of ${failing}" } }

samePid('NestedFailTest$Inner1|i2Fails', ['NestedFailTest|outerA', 'NestedFailTest|outerB', 'NestedFailTest$Inner1|i1'])
otherPid('NestedFailTest$Inner1|i2Fails', ['NestedFailTest$Inner1|i3', 'NestedFailTest$Inner1$Deeper|d1',
                                           'NestedFailTest$Inner2|j1', 'NestedFailTest$Inner2|j2'])
samePid('ParamFailTest|value(int)[3]', ['ParamFailTest|first', 'ParamFailTest|value(int)[1]', 'ParamFailTest|value(int)[2]'])
otherPid('ParamFailTest|value(int)[3]', ['ParamFailTest|value(int)[4]', 'ParamFailTest|value(int)[5]', 'ParamFailTest|last'])
samePid('RepeatedFailTest|repeated(RepetitionInfo)[2]', ['RepeatedFailTest|repeated(RepetitionInfo)[1]'])
otherPid('RepeatedFailTest|repeated(RepetitionInfo)[2]', ['RepeatedFailTest|repeated(RepetitionInfo)[3]',
                                                          'RepeatedFailTest|repeated(RepetitionInfo)[4]', 'RepeatedFailTest|after'])
samePid('FactoryFailTest|factory()[2]', ['FactoryFailTest|factory()[1]'])
otherPid('FactoryFailTest|factory()[2]', ['FactoryFailTest|factory()[3]', 'FactoryFailTest|factory()[4][1]', 'FactoryFailTest|factory()[4][2]'])
samePid('BeforeEachFailTest|b', ['BeforeEachFailTest|a'])
otherPid('BeforeEachFailTest|b', ['BeforeEachFailTest|c'])
samePid('AfterEachFailTest|b', ['AfterEachFailTest|a'])
otherPid('AfterEachFailTest|b', ['AfterEachFailTest|c'])
// @AfterAll failed after a and b in their JVM: no test of any other class ran in it
samePid('AfterAllFailTest|a', ['AfterAllFailTest|b'])
otherPid('AfterAllFailTest|a', marks.keySet().findAll { !it.startsWith(pkg + 'AfterAllFailTest|') }.collect { it - pkg })
// skipped and assumption-failed tests do not retire: a, c, d in one JVM, in this order
samePid('DisabledAssumptionTest|a', ['DisabledAssumptionTest|c', 'DisabledAssumptionTest|d'])
def seq = { String key -> marks[pkg + key].seq }
assert seq('DisabledAssumptionTest|a') < seq('DisabledAssumptionTest|c') && seq('DisabledAssumptionTest|c') < seq('DisabledAssumptionTest|d')

// one retirement line per failure, in class order, with what each left and where it went
def retired = reports.retirements(basedir)
def expected = [
        [pkg + 'AfterAllFailTest', 'nothing', false],
        [pkg + 'AfterEachFailTest.b', 1, false],
        [pkg + 'BeforeEachFailTest.b', 1, false],
        [pkg + 'FactoryFailTest.factory()[2]', 0, true],
        [pkg + 'NestedFailTest$Inner1.i2Fails', 3, false],
        [pkg + 'ParamFailTest.value(int)[3]', 1, true],
        [pkg + 'RepeatedFailTest.repeated(RepetitionInfo)[2]', 1, true],
]
// A failed test in a @Nested class is named like Surefire's own Results line names it (top-level class +
// method, "NestedFailTest.i2Fails"); the testcase's classname form ("NestedFailTest$Inner1.i2Fails") is
// accepted as well.
def failedName = { String f -> f == pkg + 'NestedFailTest.i2Fails' ? pkg + 'NestedFailTest$Inner1.i2Fails' : f }
assert retired.collect { [failedName(it.failed), it.left, it.later] } == expected : "retirement lines:\n  " + retired*.line.join('\n  ')
retired.findAll { it.left != 'nothing' }.each { r ->
    assert r.testClass == pkg + (r.failed - pkg).replaceFirst(/[.$].*/, '') && r.movedTo != r.worker : r.line
}
// 38 tests in 8 classes; workers: 1 + 1 spare at the start, plus one fresh spare after each of the 7
// retirements (each left work: pending classes, or the leftovers of the last class) = 9; no crash.
reports.verifyRetireSummary(basedir, 38, 8, 9, 7, 0)
return true
