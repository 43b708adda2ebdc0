// adopt-reactor: three modules adopted through .mvn/extensions.xml alone (retire-maven-plugin, a core extension).
// Build 1: alpha (Jupiter) declares retire-provider itself, beta (JUnit 4 only) is adopted in surefire and
// failsafe, gamma opts out with <retire.enabled>false</retire.enabled>. Build 2: -Dretire.enabled=false for the
// whole build, alpha's declared provider included: everything stock. Outcomes are the same in both builds and
// equal to a real stock run's; which JVM ran each test (sun.java.command, printed by the tests) tells retire's
// worker from stock's fork.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
def lines = new File(basedir, 'expected-outcomes.txt').readLines('UTF-8').findAll { it.trim() && !it.startsWith('#') }
def expectedCases = lines.findAll { !it.startsWith('summary|') }
def expectedSummaries = lines.findAll { it.startsWith('summary|') }.collect { it.substring('summary|'.length()) }
def version = new File(basedir, '.mvn/extensions.xml').text.find(/<version>([^<]+)<\/version>/) { all, v -> v }
def surefire = new File(basedir, 'pom.xml').text.find(/maven-surefire-plugin<\/artifactId>\s*<version>([^<]+)</) { all, v -> v }

// The build.log holds both builds, one after the other.
def log = reports.logLines(basedir)
def starts = log.findIndexValues { it.trim() == 'Scanning for projects...' }
assert starts.size() == 2 : "expected two builds in build.log, found ${starts.size()}"
def builds = [log.subList(starts[0] as int, starts[1] as int), log.subList(starts[1] as int, log.size())]

/** The module each "Using ... provider" line belongs to, in order. */
def providers = { List<String> build ->
    def out = []
    String module = null
    build.each { String l ->
        def m = l =~ /-+< retire\.it\.adopt:(\S+) >-+/
        if (m.find()) {
            module = m.group(1)
        } else if (l.contains('Using configured provider ')) {
            out << "${module}:${l.substring(l.indexOf('Using configured provider ') + 26).trim()}".toString()
        } else if (l.contains('Using auto detected provider ')) {
            out << "${module}:auto".toString()
        }
    }
    out
}

/** Outcomes and which JVM ran each test, for the reports directories of one build. */
def check = { String reportsName, List<String> build, boolean retireOn ->
    def actual = []
    def jvms = [:]
    ['alpha/target/surefire-reports', 'beta/target/surefire-reports', 'beta/target/failsafe-surefire-reports',
     'gamma/target/surefire-reports'].each { String dir ->
        def real = dir.replace('surefire-reports', reportsName)
        reports.parseReports(new File(basedir, real)).each { c ->
            actual << "${dir}|${c.classname}|${c.name}|${c.outcome}".toString()
            def main = (c.systemOut ?: '').readLines().find { it.startsWith('JVM-MAIN ') }
            if (main) {
                jvms[dir] = main.contains('surefirebooter') ? 'stock' : (main.contains('io.github.retire') ? 'retire' : main)
            }
        }
    }
    assert actual.sort() == expectedCases.sort() : "${reportsName}: outcomes differ:\nexpected ${expectedCases.sort()}\nactual   ${actual.sort()}"
    def summaries = []
    boolean inResults = false
    build.each { String l ->
        def t = l.trim()
        if (t == 'Results:') {
            inResults = true
        } else if (inResults && t ==~ /Tests run: \d+, Failures: \d+, Errors: \d+, Skipped: \d+/) {
            summaries << t
            inResults = false
        }
    }
    assert summaries == expectedSummaries : "${reportsName}: summaries ${summaries}"
    def expectedJvms = retireOn
            ? ['alpha/target/surefire-reports': 'retire', 'beta/target/surefire-reports': 'retire',
               'beta/target/failsafe-surefire-reports': 'retire', 'gamma/target/surefire-reports': 'stock']
            : ['alpha/target/surefire-reports': 'stock', 'beta/target/surefire-reports': 'stock',
               'beta/target/failsafe-surefire-reports': 'stock', 'gamma/target/surefire-reports': 'stock']
    assert jvms == expectedJvms : "${reportsName}: tests ran in ${jvms}"
}

// Build 1: the extension says once per module what it did, alpha's own provider stays single.
def first = builds[0]
def extensionSaid = { List<String> build -> build.findAll { it.startsWith('[retire] ') && (it.contains(' is active in ') || it.contains('retire.enabled')) } }
def said = extensionSaid(first)
assert said == ["[retire] retire ${version} is active in alpha: maven-surefire-plugin ${surefire} (retire-provider ${version}, declared in the POM)".toString(),
                "[retire] retire ${version} is active in beta: maven-failsafe-plugin ${surefire}, maven-surefire-plugin ${surefire}".toString(),
                '[retire] gamma runs stock Surefire (retire.enabled=false)'] : "build 1 said ${said}"
assert providers(first) == ['alpha:io.github.retire.provider.RetireProvider', 'beta:io.github.retire.provider.RetireProvider',
                            'beta:io.github.retire.provider.RetireProvider', 'gamma:auto'] : providers(first)
check('surefire-reports', first, true)

// Build 2: -Dretire.enabled=false: one line for the build, alpha's declared provider taken away, all stock.
def second = builds[1]
def said2 = extensionSaid(second)
assert said2 == ['[retire] -Dretire.enabled=false: retire is off for the whole build',
                 "[retire] retire.enabled=false: alpha runs maven-surefire-plugin ${surefire} without the retire-provider its POM declares (stock Surefire)".toString()] : "build 2 said ${said2}"
assert providers(second) == ['alpha:auto', 'beta:auto', 'beta:auto', 'gamma:auto'] : providers(second)
check('off-reports', second, false)
println "[retire-it] adopt-reactor: both builds match stock's outcomes; retire ran where adopted, stock where switched off"
return true
