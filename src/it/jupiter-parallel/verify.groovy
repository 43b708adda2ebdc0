// jupiter-parallel: parallel mode from src/test/resources/junit-platform.properties, classes and methods
// concurrent (fixed parallelism 12). Three classes of three 1.5 s tests; ParallelCTest.three fails.
// Stock runs all nine side by side in its one fork. Retire must too, in its one worker: one launcher
// execution for the three classes. Each test records its interval and pid (see Trace in lib/fixtures).
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
def runs = reports.parallelTraces(basedir, cases.collect { reports.parallelName(it) })
assert runs.size() == 9
assert runs.values()*.pid.toSet().size() == 1 : "one JVM ran them all, as stock's one fork: ${runs}"

def classes = ['ParallelATest', 'ParallelBTest', 'ParallelCTest']
def of = { String c -> runs.findAll { k, v -> k.startsWith(c + '.') }.values().toList() }
classes.each { c ->
    def mine = of(c)
    for (int i = 0; i < mine.size(); i++) {
        for (int j = i + 1; j < mine.size(); j++) {
            assert reports.parallelOverlap(mine[i], mine[j]) : "${c}: methods ran one after the other: ${mine}"
        }
    }
}
for (int i = 0; i < classes.size(); i++) {
    for (int j = i + 1; j < classes.size(); j++) {
        def a = of(classes[i]), b = of(classes[j])
        assert a.any { x -> b.any { y -> reports.parallelOverlap(x, y) } } :
                "${classes[i]} and ${classes[j]} ran one after the other: ${runs}"
    }
}

classes.each { c ->
    reports.verifyPerClassLineOnce(basedir, "retire.it.parallel.${c}",
            "Tests run: 3, Failures: ${c == 'ParallelCTest' ? 1 : 0}, Errors: 0, Skipped: 0")
}
if (System.getenv('RETIRE_IT_STOCK') != 'true') {
    // Better than stock, which files the output of concurrent tests under whichever test ends next.
    reports.parallelVerifyOwnOutput(basedir, cases)
    classes.each { c -> reports.verifySuite(basedir, 'target/surefire-reports', "retire.it.parallel.${c}", 3,
            c == 'ParallelCTest' ? 1 : 0, 0, 0) }
}
return true
