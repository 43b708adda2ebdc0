// run-record: the run record (docs/RUN-RECORD.md) of a real run, checked line by line against what happened.
// -Dretire.workers=2 -Dretire.onFailure=true -Dretire.testTimeout=3s: FailTest#b fails (its worker retires,
// FailTest#c runs in another), CrashTest#b exits with status 3 (a crash, CrashTest#c in another worker),
// HangTest#a sleeps past the 3 s (the Java stage ends the worker, HangTest#b in another). The executions
// 'again' and 'off' run AgainCheck once each: 'again' writes a second record beside the first, 'off'
// (retire.record=false) none.
import groovy.json.JsonSlurper

def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)
reports.verifyOutcomes(basedir, 'target/again-reports', 'expected-again.txt', false)

def runs = new File(basedir, 'target/retire/runs')
def files = (runs.listFiles() ?: []).findAll { it.name.endsWith('.jsonl') }
assert files.size() == 2 : "two records (default-test, again; none for off), got ${files*.name}"
files.each { assert it.name ==~ /\d{8}-\d{6}-\d{3}-surefire(-\d+)?\.jsonl/ : it.name }
assert !new File(basedir, 'target/retire-work').list()?.any { it.endsWith('.jsonl') }

def parse = { File f ->
    def slurper = new JsonSlurper()
    f.readLines('UTF-8').collect { line -> def o = slurper.parseText(line); assert o instanceof Map && o.type; o }
}
def all = files.collect { parse(it) }
def main = all.find { it[0].classes == 4 }
def again = all.find { it[0].classes == 1 }
assert main && again : "records by classes: ${all.collect { it[0].classes }}"

// first line and last line
def run = main[0]
assert run.type == 'run' && run.version == 1 && run.plugin == 'surefire' && run.workers == 2 && run.onFailure == true
assert run.retire ==~ /\d+\.\d+\.\d+(-SNAPSHOT)?/ : run.retire
assert run.jdk && run.started > 1_600_000_000_000L
assert main[-1].type == 'summary'
assert main.count { it.type == 'run' } == 1 && main.count { it.type == 'summary' } == 1

def uid = { String cls, String m -> "[engine:junit-jupiter]/[class:retire.it.record.${cls}]/[method:${m}()]".toString() }
def workers = main.findAll { it.type == 'worker' }
def byId = workers.collectEntries { [(it.worker): it] }
def ends = main.findAll { it.type == 'end' }.collectEntries { [(it.worker): it] }
def tests = main.findAll { it.type == 'test' }
def test = { String cls, String m -> def t = tests.findAll { it.uid == uid(cls, m) }; assert t.size() == 1 : "${cls}#${m}: ${t}"; t[0] }

// workers: two runners and one spare at the start; each with its pid, hello after launch, one judged end
assert workers.size() == byId.size() : 'a worker launched twice'
assert workers[0].spare == false && workers[1].spare == false && workers[2].spare == true : workers.take(3)
workers.each { w ->
    assert w.pid > 0 && w.started >= run.started - 60_000 : w
    assert ends[w.worker] : "no end for worker ${w.worker}"
}
main.findAll { it.type == 'ready' }.each { r -> assert r.at >= byId[r.worker].started : r }
assert ends.keySet() == byId.keySet()

// every test case once, as in the XML reports, each with its worker and times
assert tests.size() == 11
def xml = reports.parseReports(new File(basedir, 'target/surefire-reports'))
        .collect { "${it.classname}|${it.name}|${it.outcome == 'failure' ? 'failed' : it.outcome}".toString() }.sort()
assert tests.collect { "${it.class}|${it.name}|${it.outcome}".toString() }.sort() == xml
tests.each { t ->
    assert t.worker in byId.keySet() && t.start <= t.end && t.start >= byId[t.worker].started - 1000 && t.rerun == 0 : t
    assert t.display == t.name : t // no @DisplayName: Surefire's name
}
assert tests*.worker.toSet().size() >= 3 : 'a retirement, a crash and a timeout each need a fresh worker'

// the retirement
def retired = main.findAll { it.type == 'retired' }
assert retired.size() == 1
def r = retired[0]
assert r.after == uid('FailTest', 'b') && r.failed == 'retire.it.record.FailTest.b' && r.worker == test('FailTest', 'b').worker
assert test('FailTest', 'b').outcome == 'failed' && test('FailTest', 'a').worker == r.worker
assert ends[r.worker].how == 'RETIRED' && ends[r.worker].exit == 0 && ends[r.worker].signal == null
assert ends[r.worker].stage == null && ends[r.worker].overdue == false
def failC = test('FailTest', 'c')
assert failC.worker != r.worker && failC.outcome == 'passed'
assert main.find { it.type == 'class' && it.worker == failC.worker && it.class == 'retire.it.record.FailTest' }.continued == true
assert main.find { it.type == 'class' && it.worker == r.worker && it.class == 'retire.it.record.FailTest' }.continued == false

// the crash
def crashes = main.findAll { it.type == 'crash' }
assert crashes.size() == 1
def c = crashes[0]
assert c.test == uid('CrashTest', 'b') && c.worker == test('CrashTest', 'b').worker
assert c.message ==~ /worker \d+ exited with status 3 while running .*CrashTest.*b.*/ : c.message
assert test('CrashTest', 'b').outcome == 'error'
assert ends[c.worker].how == 'CRASHED' && ends[c.worker].exit == 3 && ends[c.worker].signal == null && ends[c.worker].stage == null
assert test('CrashTest', 'c').worker != c.worker && test('CrashTest', 'c').outcome == 'passed'

// the timeout
def timeouts = main.findAll { it.type == 'timeout' }
assert timeouts.size() == 1
def to = timeouts[0]
assert to.test == uid('HangTest', 'a') && to.stage == 'JAVA' && to.worker == test('HangTest', 'a').worker
assert to.message.contains('timed out after 3 s') : to.message
def hang = test('HangTest', 'a')
assert hang.outcome == 'error' && hang.end - hang.start >= 2500 && hang.elapsed >= 2500 : hang
assert ends[to.worker].how == 'TIMED_OUT' && ends[to.worker].stage == 'JAVA'
assert test('HangTest', 'b').worker != to.worker

// everyone else shut down; the summary counts what the lines say
ends.values().findAll { !(it.worker in [r.worker, c.worker, to.worker]) }.each { assert it.how in ['SHUT_DOWN', 'RETIRED'] : it }
def s = main[-1]
assert s.tests == 11 && s.failures == 1 && s.errors == 2 && s.skipped == 0
assert s.retired == 1 && s.crashed == 1 && s.timedOut == 1 && s.workersStarted == workers.size()

// the second execution's record stands beside the first
assert again[0].type == 'run' && again.count { it.type == 'test' } == 1 && again[-1].type == 'summary' && again[-1].tests == 1
assert again.find { it.type == 'test' }.uid == uid('AgainCheck', 'once')
// retire:report drew the newest record, the main run's: trace.json in Chrome's Trace Event Format
def mainFile = files.find { parse(it)[0].classes == 4 }
assert files.max { it.name } == mainFile : 'the main run wrote the newest record'
def trace = new JsonSlurper().parse(new File(basedir, 'target/retire/trace.json'))
def te = trace.traceEvents
assert te.findAll { it.ph == 'M' && it.name == 'process_name' }*.args*.name == ["surefire ${mainFile.name}".toString()]
def threads = te.findAll { it.ph == 'M' && it.name == 'thread_name' }
assert threads*.args*.name.sort() == workers.collect { "worker ${it.worker} (pid ${it.pid})".toString() }.sort()
def tidOf = threads.collectEntries { [((it.args.name =~ /worker (\d+)/)[0][1] as int): it.tid] }
def complete = te.findAll { it.ph == 'X' }
assert complete.size() == 11 && complete.every { it.cat == 'test' && it.dur >= 0 && it.ts >= 0 }
complete.each { x ->
    def t = tests.find { it.uid == x.args.uid }
    assert t && x.args.class == t.class && x.args.outcome == t.outcome && x.tid == tidOf[t.worker] : x
    assert x.dur <= (t.end - t.start) * 1000 && x.dur >= (t.end - t.start - 3) * 1000 : x // within Lanes.SLACK
}
def instants = te.findAll { it.ph == 'i' }
assert instants.size() == 3
assert instants.find { it.cat == 'retired' }.tid == tidOf[r.worker]
assert instants.find { it.cat == 'crash' }.tid == tidOf[c.worker] && instants.find { it.cat == 'crash' }.args.test == c.test
assert instants.find { it.cat == 'timeout' }.tid == tidOf[to.worker] && instants.find { it.cat == 'timeout' }.args.stage == 'JAVA'

// report.html: self-contained, a lane per worker, the three marks, a row per worker with how it ended
def html = new File(basedir, 'target/retire/report.html').getText('UTF-8')
assert !(html =~ /(?i)https?:\/\//) && !html.contains('<script') && !html.contains('src=') && !html.contains('<link')
assert (html =~ /<g class="lane" data-worker="(\d+)"/).collect { it[1] as int }.sort() == byId.keySet().sort()
assert html.count('class="mark retired"') == 1 && html.count('class="mark crash"') == 1 && html.count('class="mark timeout"') == 1
assert (html =~ /<tr class="worker[^"]*" data-how="([A-Z_]+)"/).collect { it[1] }.sort() == ends.values()*.how.sort()
assert html.contains('crashed (status 3)') && html.contains('timed out (JAVA stage)') && html.contains('retire.it.record.HangTest')
reports.verifyLogContains(basedir, '[retire] timeline: ', '[retire] trace (Perfetto, chrome://tracing): ')

// rendered in a real browser where there is one (Debian's chromium)
def chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find { new File(it).canExecute() }
if (chromium) {
    def png = new File(basedir, 'target/retire/report.png')
    def p = [chromium, '--headless', '--no-sandbox', '--disable-gpu', "--screenshot=${png}", '--window-size=1400,1000',
             new File(basedir, 'target/retire/report.html').toURI().toString()].execute()
    p.consumeProcessOutput(new StringBuilder(), new StringBuilder())
    assert p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0 : 'chromium failed'
    assert png.length() > 10_000 : "screenshot of ${png.length()} bytes"
    println "[retire-it] run-record: report.html rendered by ${chromium} (${png.length()} bytes)"
} else {
    println '[retire-it] run-record: no chromium here, report.html not rendered'
}

println "[retire-it] run-record: ${main.size()} lines, ${workers.size()} workers, ${tests.size()} tests; second record ${again.size()} lines"
