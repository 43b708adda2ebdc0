// junit3-only: junit:junit 3.8.2 and no engine. The Vintage engine needs junit 4.12+ (which runs JUnit 3 tests),
// so the build stops before any test with a message that names the dependency to change. (It used to say only
// "no JUnit Platform engine on the test classpath".)
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyRetireProvider(basedir)
reports.verifyLogContains(basedir, 'BUILD FAILURE',
        '[retire] the test classpath has junit:junit 3.8.2. retire runs JUnit 3 and 4 tests on the JUnit Platform\'s Vintage engine, which needs junit:junit 4.12 or later (it runs JUnit 3 tests too): change the test dependency to <groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version>')
reports.verifyNoReports(basedir, 'target/surefire-reports')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('NEVER-RUNS-MARKER') : 'a test ran'
assert !(log =~ /Tests run: [1-9]/) : 'tests ran'
return true
