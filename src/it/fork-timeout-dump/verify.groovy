def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('There was a timeout in the fork')

// Surefire's .dump file of the fork holds the fork's (the supervisor's) thread dump and, after it, the
// worker's, which shows the hung test.
def dir = new File(basedir, 'target/surefire-reports')
def dump = reports.forkDump(dir)
def supervisor = dump.indexOf('Thread dump for process (')
def worker = dump.indexOf('retire worker 1: Surefire told its fork to shut down (forkedProcessTimeoutInSeconds, or a stop).')
assert supervisor >= 0 && worker > supervisor : dump.take(2000)
def test = dump.indexOf('at app//retire.it.forktimeout.HangTest.hangsInThisVeryMethod(HangTest.java:', worker)
assert test > worker : dump.substring(worker).take(3000)

// The JVM that ran the hung test is gone with the run.
def pid = new File(basedir, 'target/test-jvm.pid').text.trim()
def deadline = System.currentTimeMillis() + 20_000
while (new File("/proc/$pid").exists() && System.currentTimeMillis() < deadline) {
    Thread.sleep(200)
}
assert !new File("/proc/$pid").exists() : "worker $pid outlived the build"
return true
