// stdin-eof: tests read System.in (read(), readLine(), read(byte[]), available()), each on a daemon thread
// that may take 20 s before the test fails; each prints "STDIN <what> <result>".
//
// Before the fix a worker's stdin was a pipe that the supervisor held open and never wrote: every read
// blocked, and the tests failed after 20 s each.
//
// Expected (better than stock, docs/COMPATIBILITY.md): a worker's stdin is empty and closed, so read() and
// read(byte[]) return -1, readLine() null and available() 0, at once. Stock 3.5.4 blocks: a stock fork's
// stdin carries Surefire's commands, so a read waits for the plugin's next ping (up to 30 s) and takes its
// bytes (measured: read() returned 58, ':', after 18.7 s).
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)
reports.verifyRetireProvider(basedir)
def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
def got = [:]
cases.each { c -> ((c.systemOut ?: '') =~ /STDIN (\w+) (\S+)/).each { m -> got[m[1]] = m[2] } }
assert got == [read: '-1', readLine: 'null', readArray: '-1', available: '0'] : got
cases.each { assert (it.time as double) < 5 : "${it.name} took ${it.time} s: a read waited" }
return true
