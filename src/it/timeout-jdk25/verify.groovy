// timeout-jdk25: the whole build on JDK 25 (invoker.properties sets JAVA_HOME; selector.groovy skips the IT
// where /usr/lib/jvm/temurin-25-jdk-amd64 is missing), so Surefire's fork and retire's workers run on it too.
// -Dretire.testTimeout=2s; SleepTest.b_sleeps sleeps past it between passing tests; UntouchedTest runs last.
//
// Reasoned expectation (no stock counterpart):
// * every test ran on Java 25; b_sleeps is one <error> with the thread dump, type io.github.retire.HardTimeout;
//   c_, d_ and UntouchedTest pass in a fresh worker; "5 tests in 2 classes; 2 workers started, 0
//   retirements, 0 crashes, 1 timeout";
// * the native watchdog is loaded (the worker maps libretire_hardkill.so), and yet JDK 25 prints none of its
//   native access warnings ("WARNING: A restricted method in java.lang.System has been called", "Use
//   --enable-native-access=ALL-UNNAMED ..."): not in build.log, not in any report. Maven's own
//   sun.misc.Unsafe warnings (guava/guice, from Maven's JVM) are not retire's and are ignored; an Unsafe
//   warning caused by retire or jffi would be retire's and fails the IT.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
def pkg = 'retire.it.jdk25.'
def dir = new File(basedir, 'target/surefire-reports')
def message = "timed out after 2 s (retire.testTimeout) in ${pkg}SleepTest.b_sleeps".toString()

def run = reports.crashRuns(basedir, 1)[0]

// 1. outcomes; every test ran on Java 25, in the JDK 25 home
reports.verifyOutcomes(basedir)
def cases = reports.parseReports(dir)
def pids = reports.pidLines(cases, true)
cases.each { c ->
    def m = (c.systemOut ?: '') =~ /(?m)^\S+ pid \d+ java (\d+)/
    assert m.find() : "no Java version in the mark of ${c.classname}|${c.name}: ${c.systemOut}"
    assert m.group(1) == '25' : "${c.classname}|${c.name} ran on Java ${m.group(1)}"
}
reports.reportFiles(dir).each { File f ->
    def text = f.getText('UTF-8')
    assert text.contains('<property name="java.home" value="/usr/lib/jvm/temurin-25-jdk-amd64"/>') : "${f.name}: java.home is not JDK 25"
    assert text =~ /<property name="java\.version" value="25[.\"]/ : "${f.name}: java.version is not 25"
}

// 2. the timeout: one error with a thread dump, at about 2 s; the rest in a fresh worker
def errors = reports.timeoutErrors(dir)
assert errors.keySet() == [pkg + 'SleepTest|b_sleeps'] as Set : "errors on ${errors.keySet()}"
def dump = reports.timeoutVerifyError(errors, pkg + 'SleepTest|b_sleeps', message)
assert dump[0].state == 'TIMED_WAITING' : dump[0].header
assert dump[0].frames.any { it.startsWith("app//${pkg}SleepTest.b_sleeps(SleepTest.java:") } : "test thread not first: ${dump[0].header}"
def t = reports.timeoutTestTime(cases, pkg + 'SleepTest|b_sleeps')
assert t >= 2.0 && t < 6.0 : "b_sleeps took ${t} s, expected about 2 s"
assert pids['SleepTest.a_passesBefore'] == pids['SleepTest.b_sleeps']
assert pids['SleepTest.c_passesAfter'] != pids['SleepTest.b_sleeps']
assert [pids['SleepTest.d_passesAfter'], pids['UntouchedTest.one']].every { it == pids['SleepTest.c_passesAfter'] } : "pids ${pids}"

// 3. the native watchdog is loaded on JDK 25 (else "no warning" would prove nothing)
def libs = reports.foreignLibs(cases)['UntouchedTest.one']
assert libs?.contains('libretire_hardkill.so') : "the worker does not map libretire_hardkill.so: ${libs}"
assert !run.any { it.contains('native hardkill watchdog is unavailable') } : 'the native watchdog could not be loaded'

// 4. no native access warning anywhere: build.log, TEST-*.xml (system-err of every test), the .txt reports
def nativeWarning = ~/(?i)native.access|restricted method|enable-native-access/
def texts = [('build.log'): new File(basedir, 'build.log').getText('UTF-8')]
dir.listFiles().findAll { it.isFile() && (it.name.endsWith('.xml') || it.name.endsWith('.txt')) }.each {
    texts["target/surefire-reports/${it.name}".toString()] = it.getText('UTF-8')
}
texts.each { String name, String text ->
    def bad = text.readLines().findAll { it =~ nativeWarning }
    assert !bad : "${name} has native access warnings:\n  ${bad.join('\n  ')}"
    // Unsafe (or any other JDK) warnings caused by retire, jffi or jnr would be ours
    def ours = text.readLines().findAll { it.startsWith('WARNING:') && (it =~ /(?i)retire|kenai|jffi|jnr/) }
    assert !ours : "${name} has JDK warnings about retire's code:\n  ${ours.join('\n  ')}"
}

// 5. retire's log and summary
assert reports.timeoutLines(run)*.line == ["[ERROR] [retire] ${message}; 2 selections of ${pkg}SleepTest moved to a fresh worker".toString()]
assert reports.crashLines(run) == []
assert reports.crashPerClassLines(run, pkg + 'SleepTest') == ['Tests run: 4, Failures: 0, Errors: 1, Skipped: 0']
assert reports.crashPerClassLines(run, pkg + 'UntouchedTest') == ['Tests run: 1, Failures: 0, Errors: 0, Skipped: 0']
assert run.count { it == "[ERROR]   ${message}".toString() } == 1 : "Results does not list '${message}' once"
reports.timeoutVerifyRetireSummary(run, 'timeout-jdk25', 5, 2, 2, 0, 0, 1)
println "[retire-it] timeout-jdk25: timeout on JDK 25 without native access warnings verified"
return true
