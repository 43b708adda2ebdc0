// cds-agent: JaCoCo's prepare-agent puts -javaagent in argLine, so the fork and every worker load it.
// HotSpot makes no dynamic archive with an agent at work (the training would fail at its start, run
// after run), so retire trains none, no worker maps one, and each run says why in one line, naming the
// agent without its options. The agent ran: the tests' coverage was written.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyArchivedRuns(basedir, null)
assert reports.resultsSummaries(basedir) == ['Tests run: 3, Failures: 0, Errors: 0, Skipped: 0'] * 2
def reasons = reports.rawLogLines(basedir).findAll { it.contains('no class-data archive for the workers') }
assert reasons.size() == 2 : reasons.join('\n')
reasons.each {
    assert it ==~ /^\[INFO\] \[retire\] no class-data archive for the workers \(retire\.cds\): the workers' JVM options load an agent \(-javaagent:\S+\/org\.jacoco\.agent-0\.8\.13-runtime\.jar\): HotSpot makes no dynamic archive with one at work, and what it transforms cannot come from an archive\. Set retire\.cds=false to leave it out\.$/ : it
}
def exec = new File(basedir, 'target/jacoco.exec')
assert exec.length() > 0 : 'JaCoCo wrote no coverage: its agent did not run'
return true
