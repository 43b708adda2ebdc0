def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

if (System.getenv('RETIRE_IT_STOCK') != 'true') {
    // Nothing retire cannot honour is ignored silently: each parameter is named in a warning.
    def log = new File(basedir, 'build.log').getText('UTF-8')
    assert log.contains('[WARNING] [retire] parallel=classes, threadCount=3 not honoured')
    assert log.contains('[WARNING] [retire] surefire.excludeJUnit5Engines not honoured')
    assert log.contains('[WARNING] [retire] forkCount > 1 not honoured as such')
}
return true
