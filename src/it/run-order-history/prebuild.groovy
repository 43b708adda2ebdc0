// Stock Surefire's statistics file is .surefire-<hash of its configuration>; the hash differs with
// retire (other provider properties), so these files stand for stock's: one of this execution (its
// classes are this run's), an older one with a subset of them, and a newer one of another execution.
def write = { String name, String text, long age ->
    def f = new File(basedir, name)
    f.setText(text, 'UTF-8')
    f.setLastModified(System.currentTimeMillis() - age)
}
write('.surefire-' + 'A' * 40, '5,10,retire.it.history.ATest,passes\n5,10,retire.it.history.BTest,passes\n0,10,retire.it.history.CTest,passes', 60_000)
write('.surefire-' + 'B' * 40, '3,10,retire.it.other.SomeIT,works', 0)
write('.surefire-' + 'C' * 40, '1,10,retire.it.history.ATest,passes', 3_600_000)
return true
