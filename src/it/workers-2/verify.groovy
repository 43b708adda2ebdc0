def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

// every test recorded the pid of the JVM it ran in; each pid line must be in its own testcase's system-out
def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
def pids = cases.collect { c ->
    def m = (c.systemOut ?: '') =~ /WORKER-PID=(\d+)/
    assert m.find() : "no WORKER-PID in system-out of ${c.classname}#${c.name}"
    m.group(1) as long
}
def distinct = pids.toSet()
println "[retire-it] workers-2: worker pids ${distinct}"
def mavenPid = ProcessHandle.current().pid()
assert !distinct.contains(mavenPid) : "tests ran inside the Maven JVM (pid ${mavenPid})"
if (System.getenv('RETIRE_IT_STOCK') != 'true') {
    assert distinct.size() >= 2 : "expected at least 2 distinct worker pids with -Dretire.workers=2, got ${distinct}"
}
return true
