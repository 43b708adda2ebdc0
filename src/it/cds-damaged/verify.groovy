// cds-damaged: a damaged class-data archive costs nothing but its training (invoker.properties).
// Before this was fixed, every worker of build 3 ended before its first test (NoSuchMethodError at its
// start, SIGABRT, SIGSEGV), the run gave up after three, and the classes were errors, build after build.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir, 'target/surefire-reports', 'expected-outcomes.txt', false)
// each of the four test builds, exactly as stock's
def summary = new File(basedir, 'expected-outcomes.txt').readLines('UTF-8').find { it.startsWith('summary|') }.substring('summary|'.length())
assert reports.resultsSummaries(basedir) == [summary] * 4 : reports.resultsSummaries(basedir)
def log = reports.rawLogLines(basedir)
assert log.count { it.startsWith('[damage] ') } == 3 : 'each damage was done'
// builds 3, 5 and 7: found out before any worker mapped it, said once each, in this order
def archive = /\S+\/target\/retire-cds\/[0-9a-f]{24}\.jsa/
def removed = log.findAll { it.contains('[retire] class-data archive ') }
def tail = ': removed; workers start without it until it is trained anew (retire.cds)'
assert removed.size() == 3 : removed
assert removed[0] ==~ /\[WARNING\] \[retire\] class-data archive ${archive} is damaged \(checksum\)${java.util.regex.Pattern.quote(tail)}/ : removed[0]
def cut = removed[1] =~ /\[WARNING\] \[retire\] class-data archive ${archive} is damaged \((\d+) bytes where (\d+) were published\)${java.util.regex.Pattern.quote(tail)}/
assert cut.matches() && (cut.group(1) as long) == (cut.group(2) as long).intdiv(2) : removed[1]
assert removed[2] ==~ /\[WARNING\] \[retire\] class-data archive ${archive} has no checksum beside it \(made by an older retire\?\), so it is unverified${java.util.regex.Pattern.quote(tail)}/ : removed[2]
// nothing was an error, in any build: no start-up failure was counted, no class charged
assert log.findAll { it.startsWith('[ERROR]') } == []
assert log.findAll { it.contains(', having mapped ') } == [] : 'no worker failed: nothing was dropped'
// build 7 trained it anew: the archive and its checksum, nothing else
def kept = new File(basedir, 'target/retire-cds').listFiles().findAll { it.isFile() }*.name.sort()
assert kept.size() == 2 && kept[0] ==~ /[0-9a-f]{24}\.jsa/ && kept[1] == kept[0] + '.crc' : kept
return true
