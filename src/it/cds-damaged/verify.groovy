// cds-damaged: a damaged class-data archive costs nothing but its training (invoker.properties).
// Before this was fixed, every worker of build 3 ended before its first test (NoSuchMethodError at its
// start, or SIGSEGV), the run gave up after three, and the classes were errors, build after build.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir, 'target/surefire-reports', 'expected-outcomes.txt', false)
// each of the five test builds, exactly as stock's
def summary = new File(basedir, 'expected-outcomes.txt').readLines('UTF-8').find { it.startsWith('summary|') }.substring('summary|'.length())
assert reports.resultsSummaries(basedir) == [summary] * 5 : reports.resultsSummaries(basedir)
def log = reports.rawLogLines(basedir)
assert log.count { it.startsWith('[damage] ') } == 4 : 'each damage was done'
// builds 3, 5 and 7: found out before any worker mapped it, said once each, in this order
def archive = /\S+\/target\/retire-cds\/[0-9a-f]{24}\.jsa/
def removed = log.findAll { it.contains('[retire] class-data archive ') }
def tail = ': removed; workers start without it until it is trained anew (retire.cds)'
assert removed.size() == 3 : removed
assert removed[0] ==~ /\[WARNING\] \[retire\] class-data archive ${archive} is damaged \(checksum\)${java.util.regex.Pattern.quote(tail)}/ : removed[0]
def cut = removed[1] =~ /\[WARNING\] \[retire\] class-data archive ${archive} is damaged \((\d+) bytes where (\d+) were published\)${java.util.regex.Pattern.quote(tail)}/
assert cut.matches() && (cut.group(1) as long) == (cut.group(2) as long).intdiv(2) : removed[1]
assert removed[2] ==~ /\[WARNING\] \[retire\] class-data archive ${archive} has no checksum beside it \(made by an older retire\?\), so it is unverified${java.util.regex.Pattern.quote(tail)}/ : removed[2]
// build 9: its checksum matched; the first worker that mapped it ended before its first test and dropped it,
// said once as a warning (another worker started from it at the same time may say so at info)
def dropped = log.findAll { it.contains(', having mapped ') }
assert dropped.count { it.startsWith('[WARNING] ') } == 1 : dropped
assert dropped[0] ==~ /\[WARNING\] \[retire\] worker \d+ .+ before running any test, having mapped class-data archive ${archive}: it may be damaged, so it is removed and workers start without it for the rest of the run/ : dropped[0]
assert dropped.drop(1).every { it ==~ /\[INFO\] \[retire\] worker \d+ .+, having mapped the class-data archive dropped before; not held against the run/ } : dropped
// nothing was an error, in any build: no start-up failure was counted, no class charged
assert log.findAll { it.startsWith('[ERROR]') } == []
// dropped means removed: build 9 trains nothing (the next build would), and leaves nothing behind
def kept = new File(basedir, 'target/retire-cds').listFiles().findAll { it.isFile() }
assert kept.isEmpty() : "nothing kept after the drop: ${kept*.name}"
return true
