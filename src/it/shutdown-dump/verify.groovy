// Start a real build whose test hangs in a worker, end Maven with SIGTERM, and require the worker's
// thread dump, with the hung test's frame, in Surefire's .dump file of the fork after the fork's own.
// Stock's fork, which runs the test itself, writes "Exiting self fork JVM. Received SHUTDOWN command
// from Maven shutdown hook." with its thread dump (the test's frame in it) there.
import java.util.concurrent.TimeUnit

def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
// The invoker build, before the real one writes to the same reports directory.
reports.verifyOutcomes(basedir)

def pidFile = new File(basedir, 'target/worker.pid')
def reportsDir = new File(basedir, 'target/surefire-reports')
pidFile.delete()
def log = new File(basedir, 'nested.log')
def (maven, worker, fork) = reports.nestedBuild(basedir, localRepositoryPath, ["-Ddump.pidfile=${pidFile.path}"],
        pidFile, log, 'the hanging build')
assert ['kill', '-TERM', String.valueOf(maven.pid())].execute().waitFor() == 0
long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30)
while ((worker.isAlive() || fork.isAlive()) && System.nanoTime() < deadline) {
    Thread.sleep(50)
}
boolean left = worker.isAlive() || fork.isAlive()
worker.destroyForcibly(); fork.destroyForcibly(); maven.destroyForcibly()
assert !left : "worker ${worker.pid()} or fork ${fork.pid()} still alive 30 s after Maven was terminated"

def dump = reports.forkDump(reportsDir)
def exiting = dump.indexOf('Exiting self fork JVM. Received SHUTDOWN command from Maven shutdown hook.')
def ofWorker = dump.indexOf('retire worker 1: ')
assert exiting >= 0 && ofWorker > exiting : dump.take(3000)
def test = dump.indexOf('retire.it.shutdowndump.HangingTest.hangsInThisVeryMethod(HangingTest.java:', ofWorker)
assert test > ofWorker : dump.substring(ofWorker).take(3000)
return true
