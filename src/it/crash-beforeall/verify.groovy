// crash-beforeall: a worker JVM that ends outside a test. Built twice (invoker.properties): 1 worker into
// target/reports-1, 2 workers into target/reports-2. Classes (alphabetical):
// * AfterAllExitTest: a_ and b_ pass, then @AfterAll calls System.exit(4).
// * AlphaPassTest, MiddlePassTest, ZuluPassTest: two passing tests each.
// * BeforeAllExitTest: @BeforeAll calls System.exit(5); its two tests fail if they ever run.
// * StaticInitExitTest: the static initializer calls System.exit(6) (at class level, via an empty static
//   @BeforeAll); its two tests fail if they ever run.
//
// No stock counterpart (stock loses the run). Reasoned expectation, mirroring what stock does when
// @BeforeAll/@AfterAll *throw* (see src/it/README.md): the class gets one error testcase with an empty name
// and classname = the class, worded "worker N exited with status S while running <class>"; a class that died
// before its first test is not continued (its tests appear nowhere); AfterAllExitTest keeps its two passed
// tests (3 run, 1 error); the other classes run normally in fresh workers; the build fails normally.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
def pkg = 'retire.it.crashinit.'
def summary = 'Tests run: 11, Failures: 0, Errors: 3, Skipped: 0'
def crashed = [AfterAllExitTest: 4, BeforeAllExitTest: 5, StaticInitExitTest: 6]
def perClass = [AfterAllExitTest  : 'Tests run: 3, Failures: 0, Errors: 1, Skipped: 0',
                AlphaPassTest     : 'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0',
                BeforeAllExitTest : 'Tests run: 1, Failures: 0, Errors: 1, Skipped: 0',
                MiddlePassTest    : 'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0',
                StaticInitExitTest: 'Tests run: 1, Failures: 0, Errors: 1, Skipped: 0',
                ZuluPassTest      : 'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0']

reports.crashEachWorkerCount(basedir, summary) { int workers, List<String> run, File dir, String where ->
    def errors = reports.crashErrors(dir)
    assert errors.keySet() == crashed.keySet().collect { "${pkg}${it}|".toString() } as Set : "${where}: errors on ${errors.keySet()}"
    def lines = reports.crashLines(run)
    crashed.each { String cls, int status ->
        def err = errors["${pkg}${cls}|".toString()]
        assert err.count == 1
        def re = "worker \\d+ exited with status ${status} while running ${pkg}${cls}"
        assert err.message ==~ re : "${where}: ${cls}: message '${err.message}' does not match ${re}"
        def mine = lines.findAll { it.running == pkg + cls }
        assert mine.size() == 1 : "${where}: crash lines for ${cls}: ${mine*.line}"
        assert err.message == "worker ${mine[0].worker} ${mine[0].what} while running ${pkg}${cls}".toString()
        // nothing of the class is run again: after @AfterAll nothing was left; before the first test the
        // class is given up
        assert !(mine[0].left =~ /moved to/) : "${where}: ${cls} was continued: ${mine[0].line}"
    }
    assert lines.size() == 3 : "${where}: ${lines*.line}"
    // output of the class-level code is kept on the class-level testcase (System.exit runs shutdown hooks)
    assert errors["${pkg}BeforeAllExitTest|".toString()].systemOut.contains('BeforeAllExitTest.exitBeforeAnyTest pid')
    assert errors["${pkg}StaticInitExitTest|".toString()].systemOut.contains('StaticInitExitTest.<clinit> pid')
    perClass.each { cls, line ->
        assert reports.crashPerClassLines(run, pkg + cls) == [line] : "${where}: per-class lines of ${cls}: ${reports.crashPerClassLines(run, pkg + cls)}"
    }
    // workers: one at the start per retire.workers, plus one fresh worker per crash while work is left. With
    // 1 worker that is every crash (ZuluPassTest always follows); with 2, the last crash may leave nothing.
    reports.crashVerifyRetireSummary(run, where, 11, 6, workers == 1 ? 4 : (4..5), 0, 3)
}
println "[retire-it] crash-beforeall: class-level crashes with 1 and 2 workers verified"
return true
