// output-flood: with -Xmx64m in argLine (Surefire gives it to its fork, retire's supervisor, and retire to
// its workers) tests print far more than that heap:
// * AFloodOutTest.floodsStdout: 200,000 lines of 200 characters through System.out (40 MB);
// * BLongErrTest.longStderrLine: 50 MB through System.err without a line break (writes of 64 KB);
// * CNativeTest.nativeFlood: 8 MB without a line break, then 20,000 lines, written to file descriptor 1
//   itself, as native code writes (read by the supervisor from the worker's stdout pipe);
// * DPlainTest, EPlainTest: two small tests each.
// Built twice (invoker.properties): one worker into target/reports-1, two workers into target/reports-2
// (there BLongErrTest, on the second worker, is held while AFloodOutTest streams live).
//
// Before the fix the supervisor died with OutOfMemoryError in retire-connection-reader (an unbounded
// event queue, held events of waiting classes and native lines kept whole in memory): the run was lost.
// Expected: stock's outcomes (expected-outcomes.txt, from a real stock run) in both builds, and every byte
// printed in the reports' -output.txt files: stock's exact sizes for the Java-level output (stock's own run
// wrote 40,200,036 and 52,428,831 bytes), and all of the native output, which stock does not report
// (it warns of a corrupted channel and puts the bytes in a .dumpstream file).
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
def summary = 'Tests run: 9, Failures: 0, Errors: 0, Skipped: 0'
reports.verifyRetireProvider(basedir)
assert reports.resultsSummaries(basedir) == [summary, summary]
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('OutOfMemoryError') : 'an OutOfMemoryError in build.log'

def pkg = 'retire.it.flood.'
long nativeBytes = 8L * 1024 * 1024 + 'NATIVE-LONG-END\n'.length() + 20_000L * 101
[1, 2].each { int workers ->
    def dirName = "target/reports-${workers}"
    reports.verifyOutcomes(basedir, dirName, 'expected-outcomes.txt', false)
    def dir = new File(basedir, dirName)
    def size = { String cls -> new File(dir, "${pkg}${cls}-output.txt").length() }
    assert size('AFloodOutTest') == 40_200_036L : "${dirName}: AFloodOutTest output ${size('AFloodOutTest')} bytes"
    assert size('BLongErrTest') == 52_428_831L : "${dirName}: BLongErrTest output ${size('BLongErrTest')} bytes"
    // the native bytes, and nothing else but the worker's own start-up lines, if any
    assert size('CNativeTest') >= nativeBytes : "${dirName}: CNativeTest output ${size('CNativeTest')} bytes"
    new File(dir, "${pkg}CNativeTest-output.txt").withReader('UTF-8') { r ->
        long n = 0, m = 0
        boolean end = false
        int c
        while ((c = r.read()) >= 0) {
            if (c == (int) 'n') n++
            if (c == (int) 'm') m++
        }
        assert n == 8L * 1024 * 1024 : "${dirName}: ${n} of the 8 MB of native 'n's"
        assert m == 20_000L * 100 : "${dirName}: ${m} of the native 'm's"
    }
    assert new File(dir, "${pkg}CNativeTest-output.txt").getText('UTF-8').contains('NATIVE-LONG-END')
    assert new File(dir, "${pkg}DPlainTest-output.txt").getText('UTF-8').trim() == 'plain D one'
}
return true
