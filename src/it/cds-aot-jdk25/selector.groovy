// Run cds-aot-jdk25 only where JDK 25 is installed at the path invoker.properties gives JAVA_HOME;
// anywhere else maven-invoker-plugin reports the IT as skipped.
def java = new File('/usr/lib/jvm/temurin-25-jdk-amd64/bin/java')
if (!java.canExecute()) {
    println "[retire-it] cds-aot-jdk25: ${java} not found, skipped"
    return false
}
return true
