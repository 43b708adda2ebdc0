def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))

// 1. Outcomes and the Results line exactly as stock reports reruns: flaky is a flake, alwaysFails a
//    failure after 1 + 2 runs, passes is not rerun.
reports.verifyOutcomes(basedir)
def xml = new File(basedir, 'target/surefire-reports/TEST-retire.it.reruns.RerunTest.xml').getText('UTF-8')
assert (xml =~ /<rerunFailure /).count == 2 : 'alwaysFails must show its two reruns as rerunFailure'
assert (xml =~ /<flakyFailure /).count == 1 : 'flaky must show its failed first run as flakyFailure'

// 2. Each rerun ran in a JVM of its own that had run nothing before: every RERUN-IT mark of a rerun
//    names a pid no other mark names.
def marks = (new File(basedir, 'build.log').getText('UTF-8') =~ /RERUN-IT (\w+) pid=(\d+)/).collect { [it[1], it[2]] }
assert marks.count { it[0] == 'alwaysFails' } == 3 : "alwaysFails runs 3 times: ${marks}"
assert marks.count { it[0] == 'flaky' } == 2 : "flaky runs twice: ${marks}"
assert marks.count { it[0] == 'passes' } == 1 : "passes runs once: ${marks}"
def firstPid = marks.find { it[0] == 'passes' }[1]
def rerunPids = marks.findAll { it[1] != firstPid }*.get(1)
assert marks.findAll { it[1] == firstPid }.size() == 3 : "the first run holds all three tests: ${marks}"
assert rerunPids.size() == 3 && rerunPids.unique().size() == 3 : "each of the 3 reruns gets a fresh JVM: ${marks}"
return true
