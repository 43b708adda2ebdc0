// cds-no-lead: src/main/resources/META-INF/MANIFEST.MF puts a manifest in target/classes, as OSGi bundle
// builds do. Every jar holds one too, so moving any jar ahead of target/classes would change which manifest
// getResource finds: retire moves none of them. (surefire-shared-utils has no manifest and could lead, but the
// training JVM runs from the leading jars and needs retire's booter among them.) So no archive is trained
// (run 1) or mapped (runs 1 and 2), and both runs log the reason once, naming the booter and the shared file.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir, 'target/surefire-reports', 'expected-outcomes.txt', false)
assert reports.resultsSummaries(basedir) == ['Tests run: 2, Failures: 0, Errors: 0, Skipped: 0'] * 2

def reasons = reports.rawLogLines(basedir).findAll { it.contains('no class-data archive for the workers') }
assert reasons.size() == 2 : "one reason per run, got ${reasons}"
reasons.each {
    assert it ==~ /^\[INFO\] \[retire\] no class-data archive for the workers \(retire\.cds\): retire-booter-\S+\.jar and a directory of the test classpath both hold META-INF\/MANIFEST\.MF, so it cannot go ahead of the directories without changing what lookups find, and HotSpot archives only jars ahead of them\. Set retire\.cds=false to leave it out\.$/ : it
}
def cds = new File(basedir, 'target/retire-cds')
assert !cds.exists() || !cds.listFiles().any { it.name.endsWith('.jsa') || it.name.endsWith('.tmp') } : "archives: ${cds.list()}"
return true
