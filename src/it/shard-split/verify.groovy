// shard-split: fourteen builds (invoker.properties), each into its own reports directory target/r-*.
//   1. the full run; 2.-4. shards 1/3..3/3 by hash (with 2 workers, onFailure, reruns); 5.-6. shards 1/2, 2/2
//   balanced by build 1's durations; 7.-8. retire.shard=auto from GitLab's (1-based) and Bazel's (0-based)
//   variables; 9. an empty shard under failIfNoTests=true; 10.-14. bad values.
// The full run's outcomes are stock's (expected-outcomes.txt). Sharding has no stock counterpart: the checks
// are that the shards together report exactly the full run's testcases, each once, and what the log says.
def reports = new GroovyShell(getClass().classLoader).parse(new File(itLib, 'Reports.groovy'))
reports.verifyRetireProvider(basedir)

def builds = []
reports.rawLogLines(basedir).each { String line ->
    if (line.contains('Building shard-split 1.0')) {
        builds << []
    }
    if (builds) {
        builds[-1] << line
    }
}
assert builds.size() == 14 : "expected 14 builds in build.log, found ${builds.size()}"

def expected = new File(basedir, 'expected-outcomes.txt').readLines('UTF-8')
        .findAll { it.trim() && !it.startsWith('#') }.sort()
def dir = { String name -> new File(basedir, "target/${name}") }
def outcomes = { String name -> reports.outcomeLines(dir(name)) }
def shardClasses = { String name -> reports.parseSuites(dir(name)).collect { it.name }.sort() }

// 1. the full run
assert outcomes('r-full') == expected : "full run:\n${outcomes('r-full').join('\n')}"

// the shards together: the full run's testcases, each once, every class in one shard only
def verifyUnion = { List<String> names, String what ->
    def union = names.collectMany { outcomes(it) }.sort()
    assert union == expected : "${what}: the shards together report\n  ${union.join('\n  ')}\nnot the full run"
    def classes = names.collectMany { shardClasses(it) }
    assert classes.size() == classes.toSet().size() : "${what}: a class ran in two shards: ${classes}"
    names.each { assert shardClasses(it) : "${what}: ${it} ran nothing (10 classes, ${names.size()} shards)" }
}
def fingerprint = { String line -> (line =~ /; split ([0-9a-f]{8}) /)[0][1] }
def lineOf = { int build, String prefix ->
    def found = builds[build - 1].findAll { it.startsWith('[INFO] [retire] shard ') && !it.contains(' of 2 test classes') }
    assert found.size() == 1 : "build ${build}: expected one shard line, got ${found}"
    assert found[0].startsWith('[INFO] ' + prefix) : "build ${build}: '${found[0]}' does not start with '${prefix}'"
    found[0]
}

// 2.-4. hash
verifyUnion(['r-hash-1', 'r-hash-2', 'r-hash-3'], 'hash split')
(1..3).each { k ->
    def n = shardClasses("r-hash-${k}").size()
    lineOf(k + 1, "[retire] shard ${k}/3 (retire.shard=${k}/3): ${n} of 10 test classes, split by class name"
            + " (no retire.timings): expected ")
    assert n in [3, 4] : "hash shard ${k} has ${n} of 10 classes: not balanced by count"
}

// 5.-6. timings: the plan, from build 1's durations, is within 10% of the ideal split; so is what ran, but for
// the noise of a loaded machine (JVM scheduling; a class's time is measured again)
def fullTimes = reports.parseSuites(dir('r-full')).collectEntries { [(it.name): it.time as double] }
def total = fullTimes.values().sum()
def ideal = Math.max(total / 2, fullTimes.values().max())
def planned = (1..2).collect { k -> shardClasses("r-time-${k}").collect { fullTimes[it] }.sum() }
def measured = (1..2).collect { k -> reports.parseSuites(dir("r-time-${k}")).collect { it.time as double }.sum() }
println "[shard-split] ideal ${ideal} s, planned ${planned}, measured ${measured}"
assert planned.max() <= ideal * 1.10 : "timed shards ${planned} s against an ideal of ${ideal} s"
def longestNow = (1..2).collect { k -> reports.parseSuites(dir("r-time-${k}")).collect { it.time as double }.max() }.max()
assert measured.max() <= Math.max(measured.sum() / 2, longestNow) * 1.25 :
        "timed shards measured ${measured} s"
def big = (1..2).find { shardClasses("r-time-${it}").contains('retire.it.shard.BigTest') }
def mid = (1..2).find { shardClasses("r-time-${it}").contains('retire.it.shard.MidTest') }
def small = (1..2).find { shardClasses("r-time-${it}").contains('retire.it.shard.SmallTest') }
assert big != mid && mid == small : "longest first: BigTest alone against MidTest + SmallTest, got Big ${big}, Mid ${mid}, Small ${small}"
verifyUnion(['r-time-1', 'r-time-2'], 'timed split')
// every shard of a split prints the same fingerprint of it; another split prints another
def prints = (2..8).collect { fingerprint(lineOf(it, '[retire] shard ')) }
assert prints[0..2].toSet().size() == 1 && prints[3..4].toSet().size() == 1 && prints[5..6].toSet().size() == 1 &&
        prints.toSet().size() == 3 : "split fingerprints of builds 2-8: ${prints}"
(1..2).each { k ->
    def n = shardClasses("r-time-${k}").size()
    def line = lineOf(k + 4, "[retire] shard ${k}/2 (retire.shard=${k}/2): ${n} of 10 test classes, expected ")
    assert line =~ /expected \d+\.\d% of the total time \(past durations of 10 from .*r-full\); split [0-9a-f]{8} \(the same in every shard, or their timings differ\)$/ : line
}

// Failsafe's execution is split on its own: its two classes, which the timings lack, one in each shard
def failsafe = { String name -> reports.outcomeLines(dir(name + '-failsafe')) }
assert failsafe('r-full') == ['retire.it.shard.AlphaIT|works|passed', 'retire.it.shard.BetaIT|works|passed']
assert failsafe('r-time-1').size() == 1 && failsafe('r-time-2').size() == 1 : "failsafe shards: ${failsafe('r-time-1')}, ${failsafe('r-time-2')}"
assert (failsafe('r-time-1') + failsafe('r-time-2')).sort() == failsafe('r-full')
assert builds[4].count { it.startsWith('[INFO] [retire] shard 1/2 (retire.shard=1/2): 1 of 2 test classes, expected 50.0%') } == 1

// 7.-8. auto: GitLab's CI_NODE_INDEX=1 is shard 1, Bazel's TEST_SHARD_INDEX=1 is shard 2
verifyUnion(['r-gitlab', 'r-bazel'], 'auto (GitLab 1 of 2 + Bazel 2 of 2)')
lineOf(7, "[retire] shard 1/2 (GitLab CI_NODE_INDEX=1, CI_NODE_TOTAL=2): ${shardClasses('r-gitlab').size()} of 10")
lineOf(8, "[retire] shard 2/2 (Bazel TEST_SHARD_INDEX=1, TEST_TOTAL_SHARDS=2): ${shardClasses('r-bazel').size()} of 10")
assert new File(basedir, 'target/bazel-status').isFile() : 'Bazel\'s TEST_SHARD_STATUS_FILE was not touched'

// 9. the empty shard passes under failIfNoTests=true, with its line and one skipped entry
def empty = builds[8]
lineOf(9, '[retire] shard 2/2 (retire.shard=2/2): none of the 1 test class falls to this shard; nothing to run here,'
        + ' and the shard passes')
assert empty.contains('[INFO] BUILD SUCCESS') : 'the empty shard failed'
assert !empty.any { it.contains('No tests were executed') }
assert outcomes('r-empty') == ['retire.EmptyShard|shard 2 of 2|skipped'] : outcomes('r-empty')

// 10.-14. bad values: the setting and the accepted forms, before any test
def accepted = 'accepted: K/N with 1 <= K <= N (e.g. 2/4: the second of four shards), or auto'
def bad = [
        "[ERROR] [retire] invalid value '5/4' for retire.shard; ${accepted}",
        "[ERROR] [retire] invalid value '0/3' for retire.shard; ${accepted}",
        "[ERROR] [retire] invalid value 'a/b' for retire.shard; ${accepted}",
        "[ERROR] [retire] invalid value 'target/no-such-dir' for retire.timings (",
        "[ERROR] [retire] invalid value 'auto' for retire.shard; ${accepted}",
]
(10..14).each { int b ->
    def build = builds[b - 1]
    def want = bad[b - 10]
    assert build.any { it.startsWith(want) } : "build ${b}: no line starting '${want}'"
    assert build.contains('[INFO] BUILD FAILURE') : "build ${b} did not fail"
    assert !build.any { it =~ /Tests run: [1-9]/ || it.contains('Running retire.it') } : "build ${b}: tests ran"
}
assert builds[12].any { it.contains("no such file or directory); accepted: a readable file or directory of TEST-*.xml") }
assert builds[13].any { it.contains('GitLab set CI_NODE_INDEX=0 and CI_NODE_TOTAL=2, which is no shard (CI_NODE_INDEX counts from 1)') }
assert !dir('r-bad').exists() || !reports.reportFiles(dir('r-bad')) : 'a bad build wrote reports'
return true
