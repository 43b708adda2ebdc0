def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

// The statuses of the timeout stages (124 Java, 125 native) and a look-alike watchdog line without the
// worker's secret do not make a timeout: both are crashes, with type WorkerCrash.
def xml = new File(basedir, 'target/surefire-reports/TEST-retire.it.wdstatus.StatusTest.xml').getText('UTF-8')
assert xml.contains('message="worker 1 exited with status 125 while running retire.it.wdstatus.StatusTest.a_exitsLikeTheNativeWatchdog" type="io.github.retire.WorkerCrash"')
assert xml.contains('message="worker 2 exited with status 124 while running retire.it.wdstatus.StatusTest.b_haltsLikeTheJavaStage" type="io.github.retire.WorkerCrash"')
assert !xml.contains('HardTimeout')
assert reports.rawLogLines(basedir).any { it == '[INFO] [retire] 3 tests in 1 class; 3 workers started, 0 retirements, 2 crashes, 0 timeouts' } :
        'the summary must count two crashes and no timeout'
return true
