// bisect-failsafe-junit4: retire:bisect of a failsafe execution with an id of its own (slow-checks), JUnit 4
// tests on the Vintage engine retire brings; the victim needs the execution's argLine. The real run wrote no
// record (retire.record=false), so bisect makes a plain run first and takes the order from its record.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir, 'target/failsafe-reports')

def lines = reports.logLines(basedir)
def log = lines.join('\n')
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
assert !new File(basedir, 'target/retire/runs').exists()
has('[retire] no run record of failsafe in ' + new File(basedir, 'target/retire/runs') + ' has ZVictimIT#victim: a plain run of org.apache.maven.plugins:maven-failsafe-plugin:integration-test@slow-checks first, for the order Surefire runs its tests in')
has('[retire] a plain run of org.apache.maven.plugins:maven-failsafe-plugin:integration-test@slow-checks, to learn the order: done')
reports.verifyOutcomes(basedir, 'target/retire-bisect/plain-run-reports', 'expected-outcomes.txt', false)
has('[retire] bisecting retire.it.bisectj4.ZVictimIT#victim: 9 tests ran before it in worker 1 of ' + new File(basedir, 'target/retire-bisect/retire/runs'))
has('[retire] polluter: retire.it.bisectj4.BetaIT#poisons')
has('[retire] verified: retire.it.bisectj4.ZVictimIT#victim passes alone and fails right after it')
has("[retire] reproduce: mvn verify -Dit.test='retire.it.bisectj4.BetaIT#poisons,retire.it.bisectj4.ZVictimIT#victim' -Dfailsafe.runOrder=alphabetical")
has('[retire] reproduce in one JVM, in this order: mvn org.apache.maven.plugins:maven-failsafe-plugin:integration-test@slow-checks -Dretire.sequence=target/retire-bisect/reproduce-sequence.txt')
has('[retire] 6 probes for 9 candidates (log2(9) + 3 = 6.2)')
assert lines.count { it.contains('[retire] polluter: ') } == 1
// the failsafe summary of the real run is untouched too
assert new File(basedir, 'target/failsafe-reports/failsafe-summary.xml').text.contains('<failures>1</failures>')
return true
