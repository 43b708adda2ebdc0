// launcher-listeners: the user's LauncherSessionListener and TestExecutionListener (META-INF/services)
// log, per JVM, into target/listeners/sessions-<pid>.txt and seen-<pid>.txt. One worker with
// retire.onFailure=true (so a spare rehearses while it waits) and runOrder=alphabetical: AlphaTest,
// BravoTest (fails, then later), CharlieTest.
//
// Stock (src/it/lib/run-stock.sh) opens one launcher session per fork and closes it at the end. So:
// * every JVM that ran tests opened exactly one session, however many classes it ran: retire's worker 1
//   runs AlphaTest and BravoTest, the spare that takes over runs BravoTest#later and CharlieTest;
// * every JVM that opened a session closed it once: the worker that ends by shutdown, and also the one
//   that retires, which closes its session after the retire-ack and before it exits;
// * no listener of the user sees retire's own rehearsal fixtures (io.github.retire.booter.*), which
//   every spare runs before it takes work.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

def dir = new File(basedir, 'target/listeners')
def byPid = { String kind ->
    (dir.listFiles() ?: []).findAll { it.name.startsWith(kind + '-') }.collectEntries { f ->
        [(f.name.replaceAll(/\D/, '') as long): f.readLines('UTF-8')]
    }
}
def seen = byPid('seen')
def sessions = byPid('sessions')
assert !seen.isEmpty() : "the TestExecutionListener logged nothing in ${dir}: is it registered?"

def ours = seen.collectEntries { pid, ids -> [(pid): ids.findAll { it.contains('io.github.retire') }] }.findAll { it.value }
assert ours.isEmpty() : "the user's TestExecutionListener saw retire's fixtures: ${ours}"

def pkg = '[class:retire.it.listeners.'
def ranClass = { String cls -> seen.findAll { pid, ids -> ids.any { it.endsWith(pkg + cls + ']') } }.keySet() }
['AlphaTest', 'BravoTest', 'CharlieTest'].each { cls ->
    assert !ranClass(cls).isEmpty() : "no JVM's listener saw ${cls}: ${seen.keySet()}"
}

seen.keySet().each { pid ->
    def log = sessions[pid] ?: []
    assert log.count('opened') == 1 : "JVM ${pid} ran tests in ${log.count('opened')} launcher sessions, not one: ${log}"
}
sessions.each { pid, log ->
    assert log == ['opened', 'closed'] : "JVM ${pid}: its session listener heard ${log}, not one session opened and closed"
}

if (System.getenv('RETIRE_IT_STOCK') != 'true') {
    def failedIn = ranClass('BravoTest').findAll { pid -> seen[pid].any { it.endsWith('[method:fails()]') } }
    assert failedIn.size() == 1 && !seen[failedIn[0]].any { it.endsWith('[method:later()]') } :
            "BravoTest's failure should have moved BravoTest#later to another worker: ${seen}"
    def classesPerJvm = seen.collectEntries { pid, ids -> [(pid): ids.count { it.contains(pkg) && !it.contains('/[method:') }] }
    assert classesPerJvm.values().any { it >= 2 } : "no worker ran two pieces of work, so one session per JVM was not tested: ${classesPerJvm}"
}
println "[retire-it] launcher-listeners: one session per JVM over ${seen.size()} JVMs; no listener saw retire's fixtures"
return true
