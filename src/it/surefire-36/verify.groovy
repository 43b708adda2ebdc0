// surefire-36: junit6's tests, and its checks, on surefire 3.6.0 and JUnit 5.11.4.
def shell = new GroovyShell(getClass().classLoader, new Binding([basedir: basedir, itLib: itLib]))
return shell.evaluate(new File(itLib, '../junit6/verify.groovy'))
