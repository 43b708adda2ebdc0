def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
// the reports are the second run's; build.log may hold one or both runs. Before JDK 25 the archive is
// a dynamic CDS archive (.jsa); cds-aot-jdk25 checks the AOT cache of JDK 25, cds-agent an argLine agent.
reports.verifyArchivedRuns(basedir, 'jsa')
return true
