def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

def log = new File(basedir, 'build.log').getText('UTF-8')
// The supervisor (Surefire's fork) holds the user's port ...
assert log.contains('Listening for transport dt_socket at address: 47315')
// ... and the one worker, which runs the tests, listens on a port of its own, which the log names.
def m = log =~ /\[retire\] debugging: attach your debugger to worker (\d+) on port (\d+)/
assert m.size() == 1 : "expected one debuggee line, got ${m.size()}"
assert m[0][1] == '1'
def port = m[0][2] as int
assert port != 47315
assert log.contains("Listening for transport dt_socket at address: ${port}")
assert log.contains('[WARNING] [retire] debugging: retire.workers, retire.spares and retire.testTimeout are set aside')
return true
