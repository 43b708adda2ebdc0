// retire-drain-concurrent: retire.onFailure=true, one worker, Jupiter 5.11.4 running methods two at a time.
// t1 fails 100 ms after another test started; that test sleeps 1 s, so it runs beside t1's failure. The
// worker drains: the test beside t1 finishes there and is not moved; the tests that had not started run
// in a fresh JVM; @AfterAll runs in both. So (from the files each test leaves in target/marks):
// * every test started exactly once (before drains, the test beside t1 was cut off by the exit, moved and
//   run again);
// * the retiring JVM ran t1 and at least the test beside it, each of them started before t1 failed, and
//   finished it; the retirement line moved exactly the tests that ran in the other JVM;
// * the outcomes equal stock's.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

def marks = new File(basedir, 'target/marks').list().collect { name ->
    def m = name =~ /^(\w+?)_?(t\d)?-(\d+)-(\d+)$/
    assert m.matches() : name
    [kind: m.group(1), test: m.group(2), pid: m.group(3) as long, at: m.group(4) as long]
}
def starts = marks.findAll { it.kind == 'start' }
assert starts.collect { it.test }.toSorted() == (1..6).collect { "t${it}".toString() } : "started: ${starts*.test}"
def retiring = starts.find { it.test == 't1' }.pid
long failedAt = marks.find { it.kind == 'fail' }.at
def inRetiring = starts.findAll { it.pid == retiring && it.test != 't1' }
def elsewhere = starts.findAll { it.pid != retiring }
assert !inRetiring.isEmpty() : "no test ran beside t1: ${starts}"
inRetiring.each { s ->
    assert s.at <= failedAt : "${s.test} started in the retiring JVM after t1 failed: ${marks}"
    assert marks.any { it.kind == 'end' && it.test == s.test && it.pid == retiring } : "${s.test} did not finish: ${marks}"
}
assert elsewhere*.pid.unique().size() == 1 : "the tests not started ran in one fresh JVM: ${elsewhere}"
assert marks.findAll { it.kind == 'afterall' }*.pid.toSorted() == ([retiring] + elsewhere*.pid.unique()).toSorted()
reports.verifyOneRetirement(basedir, 'retire.it.concurrent.SideBySideTest.t1', elsewhere.size())
return true
