// retire-afterall-junit6: retire-afterall's tests and checks on JUnit 6.0.3. There the drain cancels the
// execution's CancellationToken (Jupiter skips what has not started, "Execution cancelled", and retire
// drops those skips: t3 and t4 run in the fresh JVM), where on 5.11.4 a Jupiter condition holds them back.
// Stock's outcomes on JUnit 6 are the same as on 5.11.4 (src/it/lib/run-stock.sh, see expected-outcomes.txt).
def shell = new GroovyShell(getClass().classLoader, new Binding([basedir: basedir, itLib: itLib]))
return shell.evaluate(new File(itLib, '../retire-afterall/verify.groovy'))
