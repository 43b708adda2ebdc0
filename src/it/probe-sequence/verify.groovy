// probe-sequence: retire.sequence runs exactly the tests it names, classes in its order, all in one
// worker JVM, whatever the workers/onFailure/rerun/skipAfterFailureCount settings; a JVM that ends
// takes the rest with it; a bad sequence stops the build naming the setting.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir, 'target/order-reports', 'expected-order.txt', false)
reports.verifyOutcomes(basedir, 'target/halt-reports', 'expected-halt.txt', false)

// CLastTest.trail passed: it checks that one JVM ran the tests, in the sequence's order of classes, and
// only those; the failure before it neither retired its worker nor stopped the run (expected-order.txt).

def halt = reports.parseReports(new File(basedir, 'target/halt-reports'))
['later', 'trail'].each { name ->
    def tc = halt.find { it.name == name }
    assert tc.message?.contains("the probe's worker JVM ended before it") : "${name}: ${tc.message}"
}

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('reported as not run: the probe\'s worker JVM ended before it') : 'crash log line'
assert log.contains('[retire] probe: 4 tests of 3 classes from retire.sequence=order.txt, in one worker JVM') : 'probe log line'
assert log.contains("invalid value 'bad.txt' for retire.sequence") && log.contains('class retire.it.probe.NoSuchTest cannot be loaded') :
        'bad sequence message'
assert !new File(basedir, 'target/bad-reports').listFiles()?.any { it.name.startsWith('TEST-') } : 'no test ran with a bad sequence'
return true
