// bisect: retire:bisect over the real run's records (build 1: default-test, 48 tests in one JVM, alphabetical;
// pairs, 8 tests). Build 2 finds A04Test#poisons among the 45 tests before Z1VictimTest#victim (not
// A04Test#harmless right before it), build 3 stops at "fails when run alone", build 4 at "not order-dependent",
// build 5 (-Dretire.execution=pairs, whose record is the newest) finds the two tests that poison
// PVictimTest#victim only together. The victims need the execution's systemPropertyVariables, so each probe
// ran with the execution's configuration; the real run's reports are left as they were.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir, 'target/surefire-reports', 'expected-outcomes.txt', false)
reports.verifyOutcomes(basedir, 'target/pairs-reports', 'expected-outcomes-pairs.txt', false)
assert reports.resultsSummaries(basedir).size() == 2 : 'only the real run prints Results; the probes log elsewhere'

def lines = reports.logLines(basedir)
def log = lines.join('\n')
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }

// build 2: one polluter among 45, in surefire's own execution when nothing else is asked for
has('[retire] bisecting execution default-test of default-test, pairs (-Dretire.execution=<id> for another)')
has('[retire] bisecting retire.it.bisect.Z1VictimTest#victim: 45 tests ran before it in worker 1 of ')
has('[retire] polluter: retire.it.bisect.A04Test#poisons')
has('[retire] verified: retire.it.bisect.Z1VictimTest#victim passes alone and fails right after it')
has("[retire] reproduce: mvn test -Dtest='retire.it.bisect.A04Test#poisons,retire.it.bisect.Z1VictimTest#victim' -Dsurefire.runOrder=alphabetical")
has('[retire] reproduce in one JVM, in this order: mvn org.apache.maven.plugins:maven-surefire-plugin:test@default-test -Dretire.sequence=target/retire-bisect/reproduce-sequence.txt')
assert !lines.any { it.contains('[retire] polluter: retire.it.bisect.A04Test#harmless') }
has('[retire] 7 probes for 45 candidates (log2(45) + 3 = 8.5)')

// build 3
has('[retire] retire.it.bisect.Z2AloneTest#failsAlone fails when run alone, in a fresh JVM')
// build 4
has('[retire] retire.it.bisect.Z3SteadyTest#steady passes after the 47 tests that ran before it in its JVM, in the same order: it is not order-dependent in this order')
// build 5: two that poison only together
has('[retire] bisecting retire.it.bisect.PVictimTest#victim: 7 tests ran before it in worker 1 of ')
has('[retire] no single test poisons retire.it.bisect.PVictimTest#victim')
def polluters = lines.findAll { it.contains('[retire] polluter: ') }.collect { it.substring(it.indexOf('[retire] polluter: ')) }
assert polluters == ['[retire] polluter: retire.it.bisect.A04Test#poisons',
                     '[retire] polluter: retire.it.bisect.P1Test#pairA',
                     '[retire] polluter: retire.it.bisect.P3Test#pairB'] : "polluters: ${polluters}"
has("[retire] reproduce: mvn test -Dtest='retire.it.bisect.P1Test#pairA,retire.it.bisect.P3Test#pairB,retire.it.bisect.PVictimTest#victim' -Dsurefire.runOrder=alphabetical")
has('[retire] 12 probes for 7 candidates (log2(7) + 3 = 5.8)')
assert lines.count { it.contains('BUILD SUCCESS') } == 3 && lines.count { it.contains('BUILD FAILURE') } == 2
return true
