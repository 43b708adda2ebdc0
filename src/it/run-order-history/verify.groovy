def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

def log = new File(basedir, 'build.log').getText('UTF-8')
// failedfirst with stock's history: CTest failed last time, so it runs first.
def running = (log =~ /Running (retire\.it\.history\.\w+)/).collect { it[1] }
assert running[0] == 'retire.it.history.CTest' : running

// Stock's file now holds this run, as stock would have written it: one more passing build each.
def lines = new File(basedir, '.surefire-' + 'A' * 40).readLines('UTF-8').collect { it.split(',') }
def builds = lines.collectEntries { [(it[2]): it[0] as int] }
assert builds == ['retire.it.history.ATest': 6, 'retire.it.history.BTest': 6, 'retire.it.history.CTest': 1] : lines
assert lines.every { it.length == 4 && it[3] == 'passes' && it[1].isInteger() }
// The other execution's file and the older subset are not touched.
assert new File(basedir, '.surefire-' + 'B' * 40).getText('UTF-8') == '3,10,retire.it.other.SomeIT,works'
assert new File(basedir, '.surefire-' + 'C' * 40).getText('UTF-8') == '1,10,retire.it.history.ATest,passes'
// retire's own file (the plugin's) exists beside them.
assert new File(basedir as File, '.').listFiles().findAll { it.name ==~ /\.surefire-[0-9A-F]{40}/ }.size() == 4
return true
