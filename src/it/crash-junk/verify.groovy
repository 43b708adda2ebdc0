// crash-junk: JunkTest.a_writesJunk writes, straight to FileDescriptor.out and FileDescriptor.err (below
// System.out/err, as native code would), text shaped like Surefire and retire frame headers
// (":maven-surefire-event:", ":retire-event:" with length bytes and binary ints), a "[retire-sync 0 1]"
// marker line with a wrong secret, all 256 byte values, 4 KiB of random binary, a 100 000-byte line and, on
// stderr, a last piece without a line break; then passes. b_, c_ (same worker, next) and OtherTest pass.
//
// No stock counterpart (stock takes such bytes as a corrupted channel, see src/it/README.md). Reasoned
// expectation: the worker's process streams carry no protocol, so the junk is just output of the test
// that wrote it: everything passes, the bytes (readable parts) are in a_'s <system-out>/<system-err> and
// nowhere else, the fake marker is kept as output, and the run goes on normally in the same worker.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)
reports.crashVerifyNoForkCrash(basedir)
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('Corrupted channel') && !log.contains('Corrupted STDOUT') : 'the junk was taken for protocol'
assert !log.contains('[retire] worker') : 'a worker ended although nothing crashed'
def runs = reports.crashRunLogs(basedir)
assert runs.size() == 2 : 'one run with 1 worker, one with 2'
reports.crashVerifyRetireSummary(runs[0], 'crash-junk (1 worker)', 5, 2, 1, 0, 0)
reports.crashVerifyRetireSummary(runs[1], 'crash-junk (2 workers)', 5, 2, 2, 0, 0)
// The reports below are the second run's (2 workers).

def cases = reports.parseReports(new File(basedir, 'target/surefire-reports'))
def byName = cases.collectEntries { ["${it.classname.replace('retire.it.junk.', '')}|${it.name}".toString(), it] }
def junk = byName['JunkTest|a_writesJunk']
def frameTexts = [':maven-surefire-event:', 'bye-ack', 'std-out-stream', ':retire-event:', 'test-error', '[retire-sync 0 1]',
                  'L' * 100_000]
['OUT': junk.systemOut ?: '', 'ERR': junk.systemErr ?: ''].each { stream, text ->
    (["JUNK-${stream}-BEGIN", "JUNK-${stream}-END"] + frameTexts).each { String t ->
        assert text.contains(t) : "a_writesJunk: system-${stream.toLowerCase()} lacks '${t.length() > 40 ? t.take(40) + '...' : t}'"
    }
    // BEGIN, the frame-like lines, the byte values, the random bytes, the long line and END arrive in order
    assert text.indexOf("JUNK-${stream}-BEGIN") < text.indexOf(':retire-event:') &&
            text.indexOf(':retire-event:') < text.indexOf('L' * 1000) && text.indexOf('L' * 1000) < text.indexOf("JUNK-${stream}-END")
}
assert junk.systemErr.contains('JUNK-ERR-TAIL without newline') : 'output without a final line break was lost'
// the Java-level streams of the same test still work after the junk
assert junk.systemOut.contains('JAVA-OUT before junk') && junk.systemOut.contains('JAVA-OUT after junk')
assert junk.systemErr.contains('JAVA-ERR after junk')
// later tests get exactly their own output: nothing of the junk leaked into them
assert byName['JunkTest|b_passesAfter'].systemOut?.trim() == 'JAVA-OUT b_passesAfter'
assert byName['JunkTest|c_passesAfter'].systemErr?.trim() == 'JAVA-ERR c_passesAfter'
assert byName['OtherTest|one'].systemOut?.trim() == 'JAVA-OUT OtherTest.one'
cases.findAll { it != junk }.each { c ->
    assert !((c.systemOut ?: '') + (c.systemErr ?: '')).contains('JUNK-') : "junk leaked into ${c.classname}.${c.name}"
}
// and no dump file took any of it
def dumps = new File(basedir, 'target/surefire-reports').listFiles().findAll { it.name.endsWith('.dumpstream') || it.name.endsWith('.dump') }
assert !dumps.any { it.getText('ISO-8859-1').contains('JUNK-') } : "junk in ${dumps*.name}"
println '[retire-it] crash-junk: junk below Java stayed output of its test'
return true
