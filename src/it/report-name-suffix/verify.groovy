def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyOutcomes(basedir)

// Stock 3.5.4: only the file name and the testsuite name carry the suffix; testcases keep the class
// name (CI tools key test history on it).
def dir = new File(basedir, 'target/surefire-reports')
def names = dir.list().findAll { it.startsWith('TEST-') }.sort()
assert names == ['TEST-retire.it.suffix.NamedTest-abc.xml', 'TEST-retire.it.suffix.RepTest-abc.xml'] : names
def suiteName = { f -> (new File(dir, f).getText('UTF-8') =~ /<testsuite [^>]*? name="([^"]*)"/)[0][1] }
assert suiteName('TEST-retire.it.suffix.RepTest-abc.xml') == 'retire.it.suffix.RepTest(abc)'
assert suiteName('TEST-retire.it.suffix.NamedTest-abc.xml') == 'retire.it.suffix.NamedTest(abc)'
assert new File(dir, 'retire.it.suffix.RepTest-abc.txt').isFile()
def text = dir.listFiles().findAll { it.name.startsWith('TEST-') }.collect { it.getText('UTF-8') }.join('\n')
assert !text.contains('classname="retire.it.suffix.RepTest(abc)"')
return true
