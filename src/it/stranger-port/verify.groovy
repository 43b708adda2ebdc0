// stranger-port: -Dretire.onFailure=true. A_StrangerTest reads the worker port from its own JVM's command line
// (a retire worker's carries --port P --worker N) and attacks it as any local user could: garbage, a HELLO
// frame in retire's framing declaring a 2 GB string and streaming 128 MB of it, this worker's id with a wrong
// secret, then 40 connections that say nothing. B_FailingTest fails twice, so two retirements need fresh
// workers to connect after the attack; C_LaterTest runs last.
//
// Before the fix the supervisor decoded a whole frame from any caller before it checked the secret: the
// 128 MB went through and the connection stayed open (the stranger test fails: "the supervisor took all
// 134217728 bytes"; with 64 MB it took 67108864 of 67108864), and a silent
// connection held a thread forever (never closed: the test fails there too).
//
// Expected: stock's outcomes (a stock fork has no worker port; the test passes without attacking), and on
// retire the attack costs nothing: every connection is closed (the huge frame after the 44 bytes of a
// preamble), the log says so once per kind, and every test runs once.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)
def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
def stranger = cases.find { it.name == 'strangersCannotBreakTheSupervisor' }
def out = stranger.systemOut ?: ''
assert out.contains('STRANGER huge hello') : "the stranger found no port to attack: ${out}"
assert out.contains('STRANGER silent connections closed') : out
reports.verifyLogContains(basedir,
        '[retire] closed a connection to the worker port that did not start with retire\'s preamble',
        '[retire] closed a connection to the worker port that named no worker of this run with its secret',
        '[retire] closed a connection to the worker port at once: 16 others had not said who they are yet',
        '[retire] closed a connection to the worker port that had not said who it is within 10000 ms')
reports.verifyRetireSummary(basedir, 6, 3, 3..5, 2, 0)
return true
