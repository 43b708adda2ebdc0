// nested-build: NestedBuildTest (in an outer retire worker) copies src/test/resources/inner to target/inner
// and runs `mvn -B -o -llr -Dmaven.repo.local=<this IT's local repository> test` there with the same Maven.
// The inner project uses retire too and has InnerTest: a_printsPid passes (printing its pid, its ancestor
// pids and whether its parent is a Surefire fork), b_failsOnPurpose fails, c_passes passes.
//
// Expectation: the nested build is a build of its own. It uses retire (configured provider), starts its own
// supervisor and worker (the inner test runs below the nested Maven, in a child of the nested Surefire fork,
// never in the outer worker), writes its own reports (3 tests, 1 failure) and fails with exit status 1 --
// checked by NestedBuildTest itself and again here. Nothing of it leaks into the outer build, whose two
// tests pass in one worker.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)
reports.crashVerifyNoForkCrash(basedir)
def outerRuns = reports.crashRunLogs(basedir)
assert outerRuns.size() == 1
reports.crashVerifyRetireSummary(outerRuns[0], 'outer build', 2, 2, 1, 0, 0)

// the outer test saw the nested build from its worker
def outer = reports.parseReports(new File(basedir, 'target/surefire-reports'))
def nestedCase = outer.find { it.name == 'runsNestedBuild' }
def outerPid = (nestedCase.systemOut =~ /OUTER-PID=(\d+)/)[0][1] as long
def innerPid = (nestedCase.systemOut =~ /INNER-PID=(\d+)/)[0][1] as long
def mavenPid = (nestedCase.systemOut =~ /NESTED-MAVEN-PID=(\d+) EXIT=1/)[0][1] as long
assert innerPid != outerPid && innerPid != mavenPid && mavenPid != outerPid
assert (outer.find { it.name == 'passes' }.systemOut =~ /OUTER-PID=(\d+)/)[0][1] as long == outerPid : 'the outer build used more than one worker'
assert !outer.any { ((it.systemOut ?: '') + (it.systemErr ?: '')).contains('inner failure on purpose') } : 'the nested failure leaked into the outer reports'
assert !new File(basedir, 'build.log').getText('UTF-8').contains('inner failure on purpose') : 'the nested failure leaked into the outer build log'

// the nested build's own reports and log
def inner = new File(basedir, 'target/inner')
def innerCases = reports.parseReports(new File(inner, 'target/surefire-reports'))
assert innerCases.collect { "${it.classname}|${it.name}|${it.outcome}".toString() }.sort() ==
        ['retire.it.inner.InnerTest|a_printsPid|passed', 'retire.it.inner.InnerTest|b_failsOnPurpose|failure',
         'retire.it.inner.InnerTest|c_passes|passed']
reports.verifySuite(inner, 'target/surefire-reports', 'retire.it.inner.InnerTest', 3, 1, 0, 0)
assert reports.resultsSummaries(inner) == ['Tests run: 3, Failures: 1, Errors: 0, Skipped: 0']
reports.verifyRetireProvider(inner)
def innerRuns = reports.crashRunLogs(inner)
assert innerRuns.size() == 1
reports.crashVerifyRetireSummary(innerRuns[0], 'nested build', 3, 1, 1, 0, 0)
def innerMark = innerCases.find { it.name == 'a_printsPid' }.systemOut
assert innerMark.contains("INNER-PID=${innerPid} ") && innerMark.contains('PARENT-IS-SUREFIRE-FORK=true') : innerMark
def ancestors = (innerMark =~ /ANCESTORS=([\d,]+)/)[0][1].split(',').collect { it as long }
assert ancestors.indexOf(mavenPid) >= 1 && ancestors.indexOf(outerPid) > ancestors.indexOf(mavenPid) :
        "inner worker ${innerPid} ancestors ${ancestors}: expected ... fork, nested Maven ${mavenPid}, ..., outer worker ${outerPid}"
println "[retire-it] nested-build: nested build ran in its own worker ${innerPid} (outer worker ${outerPid}, nested Maven ${mavenPid})"
return true
