def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))

// Both results arrive and count; the build passes.
reports.verifyOutcomes(basedir)

// The worker could not exit after SHUTDOWN: the supervisor killed it after retire.exitTimeout and
// said so, once. Nothing is reported as a crash.
def lines = reports.rawLogLines(basedir)
def killed = lines.findAll { it.contains('[retire] worker 1 did not exit within 3000 ms (retire.exitTimeout) of being asked to; killing it') }
assert killed.size() == 1 : "expected one exitTimeout kill line, found: ${killed}"
assert lines.any { it ==~ /\[INFO\] \[retire\] 2 tests in 1 class; 1 worker started, 0 retirements, 0 crashes, 0 timeouts/ } :
        'the summary must count no crash'
return true
