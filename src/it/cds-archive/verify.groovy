def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
// the reports are the second run's; build.log may hold one or both runs
reports.verifyOutcomes(basedir, 'target/surefire-reports', 'expected-outcomes.txt', false)

// one record per run, in run order: run 1 had no archive yet, run 2 mapped the one run 1 trained
def records = new File(basedir, 'target/cds-records').listFiles().sort { it.name.split('-')[0] as long }
def mapped = records.collect { it.text.trim() }
println "[retire-it] cds-archive: mapped per run ${mapped}"
assert mapped == ['false', 'true'] : "archive mapped per run: expected [false, true], got ${mapped} (${records*.name})"

def archives = new File(basedir, 'target/retire-cds').listFiles().findAll { it.name.endsWith('.jsa') }
assert archives.size() == 1 : "one archive for one classpath, got ${archives*.name}"
assert !new File(basedir, 'target/retire-cds').listFiles().any { it.name.endsWith('.tmp') } : 'a training leftover'
return true
