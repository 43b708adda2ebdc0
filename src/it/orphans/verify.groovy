// Start a real build whose test hangs in a worker, kill Maven with each signal, and require that
// the worker (and Surefire's fork, its parent) are gone soon after.
import java.util.concurrent.TimeUnit

def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
def results = []
for (signal in ['KILL', 'TERM', 'INT']) {
    def pidFile = new File(basedir, "target/worker-${signal}.pid")
    pidFile.delete()
    def log = new File(basedir, "nested-${signal}.log")
    def (maven, worker, fork) = reports.nestedBuild(basedir, localRepositoryPath, ["-Dorphan.pidfile=${pidFile.path}"],
            pidFile, log, signal)
    assert worker.isAlive() && fork.isAlive()
    assert fork.pid() != maven.pid() : 'the worker must run in its own JVM below the Surefire fork'

    long killedAt = System.nanoTime()
    assert ['kill', "-${signal}", String.valueOf(maven.pid())].execute().waitFor() == 0
    long deadline = killedAt + TimeUnit.SECONDS.toNanos(30)
    while ((worker.isAlive() || fork.isAlive()) && System.nanoTime() < deadline) {
        Thread.sleep(50)
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt)
    boolean left = worker.isAlive() || fork.isAlive()
    worker.destroyForcibly(); fork.destroyForcibly(); maven.destroyForcibly()
    assert !left : "SIG${signal}: worker ${worker.pid()} or fork ${fork.pid()} still alive 30 s after Maven was killed"
    results << "SIG${signal}: fork and worker gone ${ms} ms after Maven was killed"
}
println results.join('\n')
new File(basedir, 'orphans.txt').text = results.join('\n') + '\n'
return true
