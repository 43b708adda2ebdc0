#!/usr/bin/env python3
"""CI shard balance (issue 18): the slowest of N shards against the ideal split, hash vs past timings.

Generates a Maven project whose test classes sleep for skewed (log-normal) durations, runs it once whole
(its reports become the timings), then runs each of N shards split by class name hash and each split by
those timings (-Dretire.timings). A shard's time is the sum of its classes' testsuite times (what the shard's
tests take; JVM and Maven start-up are the same for every shard and left out), and the wall time of its mvn.
The planned time is what the whole run measured for the shard's classes: the split's own balance, without
the noise of measuring each class again. The ideal is total/N, or the longest class if that is larger.

    mvn -B install -DskipTests -Dinvoker.skip      # at the repository root
    python3 bench/shard/balance.py                 # 40 classes, 4 shards, about 40 s of tests per run
    python3 bench/shard/balance.py --classes 80 --total 60 --sigma 1.5 --seed 3
"""
import argparse
import glob
import math
import os
import random
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def version():
    pom = open(os.path.join(ROOT, 'pom.xml'), encoding='utf-8').read()
    return re.search(r'<artifactId>retire-parent</artifactId>\s*<version>([^<]+)</version>', pom).group(1)


POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>shard-balance</artifactId><version>1.0</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <it.reports>surefire-reports</it.reports>
  </properties>
  <dependencies>
    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId>
      <version>5.11.4</version><scope>test</scope></dependency>
  </dependencies>
  <build><plugins>
    <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version>
      <configuration><release>11</release></configuration></plugin>
    <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version>
      <configuration><reportsDirectory>${project.build.directory}/${it.reports}</reportsDirectory></configuration>
      <dependencies><dependency><groupId>io.github.retire</groupId><artifactId>retire-provider</artifactId>
        <version>%s</version></dependency></dependencies></plugin>
  </plugins></build>
</project>
"""

CLASS = """package bench.shard;

class %s {
    @org.junit.jupiter.api.Test
    void sleeps() throws InterruptedException {
        Thread.sleep(%d);
    }
}
"""


def generate(project, classes, total, sigma, seed):
    rng = random.Random(seed)
    raw = [rng.lognormvariate(0, sigma) for _ in range(classes)]
    scale = total * 1000 / sum(raw)
    millis = [max(10, int(r * scale)) for r in raw]
    src = os.path.join(project, 'src/test/java/bench/shard')
    os.makedirs(src, exist_ok=True)
    with open(os.path.join(project, 'pom.xml'), 'w', encoding='utf-8') as f:
        f.write(POM % version())
    names = []
    for i, ms in enumerate(millis):
        # names that say nothing of the duration, so that the hash split is as blind as a real one
        name = 'C%03dTest' % i
        names.append(name)
        with open(os.path.join(src, name + '.java'), 'w', encoding='utf-8') as f:
            f.write(CLASS % (name, ms))
    return dict(zip(names, millis))


REPO = []


def mvn(project, reports, *args):
    # an earlier run's reports would count as this one's: a split that changed leaves other classes' files
    shutil.rmtree(os.path.join(project, 'target', reports), ignore_errors=True)
    cmd = ['mvn', '-B', '-q', '-o', 'test', '-Dit.reports=' + reports] + REPO + list(args)
    start = time.monotonic()
    out = subprocess.run(cmd, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    wall = time.monotonic() - start
    if out.returncode != 0:
        sys.exit('failed: %s\n%s' % (' '.join(cmd), out.stdout[-3000:]))
    line = next((l for l in out.stdout.splitlines() if '[retire] shard ' in l), '')
    return wall, line


def suite_times(reports_dir):
    times = {}
    for f in glob.glob(os.path.join(reports_dir, 'TEST-*.xml')):
        root = ET.parse(f).getroot()
        times[root.get('name')] = float(root.get('time').replace(',', ''))
    return times


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--classes', type=int, default=40)
    p.add_argument('--shards', type=int, default=4)
    p.add_argument('--total', type=float, default=40, help='seconds of sleep in the whole suite')
    p.add_argument('--sigma', type=float, default=1.2, help='log-normal skew of the class durations')
    p.add_argument('--seed', type=int, default=1)
    p.add_argument('--work', default=os.path.join(ROOT, 'bench/work/shard-balance'))
    p.add_argument('--repo', help='a local repository to use offline instead of ~/.m2 (e.g. provider/target/it-repo'
                                  ' after an IT run, which holds this worktree\'s retire)')
    a = p.parse_args()
    if a.repo:
        REPO.extend(['-llr', '-Dmaven.repo.local=' + os.path.abspath(a.repo)])
    project = a.work
    planned = generate(project, a.classes, a.total, a.sigma, a.seed)
    subprocess.run(['mvn', '-B', '-q', '-o', 'test-compile'] + REPO, cwd=project, check=True)
    wall, _ = mvn(project, 'r-full')
    full = suite_times(os.path.join(project, 'target/r-full'))
    total = sum(full.values())
    longest = max(full.values())
    ideal = max(total / a.shards, longest)
    print('suite: %d classes, %.1f s of tests (sleeps %.1f s), longest class %.1f s, full run %.1f s wall'
          % (len(full), total, sum(planned.values()) / 1000, longest, wall))
    print('ideal slowest shard: %.2f s (%s)\n' % (ideal, 'total/%d' % a.shards if ideal > longest else 'longest class'))
    print('| split | shard | classes | planned (s) | test time (s) | mvn wall (s) |')
    print('|---|---|---|---|---|---|')
    results = {}
    plans = {}
    for mode in ('hash', 'timings'):
        times = []
        plan = []
        for k in range(1, a.shards + 1):
            reports = 'r-%s-%d' % (mode, k)
            extra = ['-Dretire.shard=%d/%d' % (k, a.shards)]
            if mode == 'timings':
                extra.append('-Dretire.timings=' + os.path.join(project, 'target/r-full'))
            wall, line = mvn(project, reports, *extra)
            shard = suite_times(os.path.join(project, 'target', reports))
            times.append(sum(shard.values()))
            plan.append(sum(full[c] for c in shard))
            print('| %s | %d/%d | %d | %.2f | %.2f | %.1f |' % (mode, k, a.shards, len(shard), plan[-1], times[-1],
                                                               wall))
            print('  ' + line.strip(), file=sys.stderr)
        results[mode] = times
        plans[mode] = plan
    print()
    for mode, times in results.items():
        worst = max(times)
        print('%-8s slowest shard %.2f s = %.1f%% above the ideal %.2f s (shards: %s); planned %.1f%% above'
              % (mode, worst, 100 * (worst / ideal - 1), ideal, ', '.join('%.2f' % t for t in times),
                 100 * (max(plans[mode]) / ideal - 1)))


if __name__ == '__main__':
    main()
