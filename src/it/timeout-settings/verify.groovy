// timeout-settings: four builds (invoker.properties).
//   1.-3. one bad timeout setting each. Like every retire setting (README, "Settings"), a bad value stops
//      the build before any test runs, with a message that names the setting, the value and what is
//      accepted: -Dretire.testTimeout=soon, -Dretire.hardkill=magic, -Dretire.timeoutGrace=later.
//   4. -Dretire.testTimeout=9999999999: a valid limit (a bare number of seconds, about 317 years). The one
//      test runs and passes, no timeout: the limit must not overflow (nanoseconds past Long.MAX_VALUE) into
//      a deadline in the past.
// No stock counterpart (stock ignores retire.* properties).
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyRetireProvider(basedir)

// build.log holds the builds one after the other (invoker stops at the first unexpected result)
def builds = []
reports.rawLogLines(basedir).each { String line ->
    if (line.contains('Building timeout-settings 1.0')) {
        builds << []
    }
    if (builds) {
        builds[-1] << line
    }
}
assert builds.size() >= 3 : "expected the three builds with bad values in build.log, found ${builds.size()}"

// 1.-3. the bad values
def expected = [
        "[ERROR] [retire] invalid value 'soon' for retire.testTimeout; accepted: a positive duration: 30s, 1500ms, 2m, or a bare number of seconds",
        "[ERROR] [retire] invalid value 'magic' for retire.hardkill; accepted: native (the C watchdog, default) or java",
        "[ERROR] [retire] invalid value 'later' for retire.timeoutGrace; accepted: a positive duration: 30s, 1500ms, 2m, or a bare number of seconds",
]
def keys = ['retire.testTimeout', 'retire.hardkill', 'retire.timeoutGrace']
(0..2).each { int i ->
    def build = builds[i]
    def where = "build ${i + 1}"
    assert build.contains(expected[i]) : "${where}: no line '${expected[i]}'"
    assert build.contains('[INFO] BUILD FAILURE') : "${where} did not fail"
    // the error is about this setting only
    def others = build.findAll { it.contains('invalid value') && !it.contains(keys[i]) }
    assert !others : "${where}: other settings reported: ${others}"
    // before any test: nothing ran, and no timeout, crash or summary line of retire
    assert !build.any { it.contains('HUGE-LIMIT-RAN-MARKER') } : "${where}: a test ran"
    assert !build.any { it =~ /Tests run: [1-9]/ } : "${where}: tests ran"
    assert !build.any { it.contains('Running retire.it') } : "${where}: a test class started"
    assert !build.any { it.startsWith('[INFO] [retire] ') && it.contains(' started, ') } : "${where}: a retire summary"
}

// 4. the huge limit: the test ran and passed, nothing timed out
assert builds.size() == 4 : "expected four builds in build.log, found ${builds.size()}"
def huge = builds[3]
assert !huge.any { it.contains('timed out') } :
        "build 4: -Dretire.testTimeout=9999999999 timed out at once:\n  ${huge.findAll { it.contains('timed out') }.join('\n  ')}"
assert huge.any { it.contains('HUGE-LIMIT-RAN-MARKER') } : 'build 4: the test did not run'
reports.verifyOutcomes(basedir, 'target/surefire-reports', 'expected-outcomes.txt', false)
assert huge.contains('[INFO] ' + reports.retireSummaryText(1, 1, 1, 0, 0, 0)) : 'build 4: retire summary'
assert huge.contains('[INFO] BUILD SUCCESS')
println "[retire-it] timeout-settings: bad retire.testTimeout, retire.hardkill, retire.timeoutGrace and a huge limit verified"
return true
