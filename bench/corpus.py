#!/usr/bin/env python3
"""Runs a real project's test suite with stock Surefire and with retire, and diffs the outcomes.

    python3 bench/corpus.py PROJECT_DIR [--module gson] [--goal test|verify] [--vintage 5.11.4]
                            [--configs stock,retire,retire-onfailure,retire-w2] [--out DIR]
                            [--mvn /path/to/mvn] [--] [extra mvn args ...]

Each configuration is one `mvn -B <goal>` of the same generated copy of the project's POM
(`pom.corpus.xml`, next to the original, removed afterwards). The copy only adds profiles:

    corpus-retire    io.github.retire:retire-provider as a dependency of maven-surefire-plugin
                     (and of maven-failsafe-plugin when the goal runs integration tests)
    corpus-vintage   org.junit.vintage:junit-vintage-engine in test scope (--vintage VERSION), for
                     JUnit 4 suites: retire runs tests on the JUnit Platform only, stock would use its
                     junit4 provider. Configuration `stock-vintage` (added by --vintage) is stock Surefire
                     on that same engine, so a difference the engine switch makes is told apart from
                     one retire makes.
    corpus-inject    io.github.retire.bench:corpus-inject (bench/corpus-inject, --fail-every N) in test
                     scope, in every configuration alike: a Jupiter extension that fails about one test
                     in N, chosen by its unique id, so that onFailure has something to retire for.
    corpus-pin       maven-surefire-plugin/maven-failsafe-plugin at --surefire-version, in every
                     configuration alike (retire needs Surefire 3.x; a project on 2.x is refused unless
                     pinned).

Configurations (names; `NAME.2`, `NAME.3` repeat one, e.g. `stock.2` to see what flakes on stock):

    stock             the project's own Surefire configuration
    stock-vintage     stock on junit-vintage-engine (only with --vintage)
    retire            + retire, default settings
    retire-onfailure  + retire, -Dretire.onFailure=true
    retire-w2         + retire, -Dretire.workers=2

Every run gets the same flags: -Dmaven.test.failure.ignore=true (so a failing test does not stop the
build before later plugins, e.g. failsafe after surefire; outcomes come from the reports anyway), the
plugin skips below (plugins that are slow, lint, or need the network), and the extra args.

The outcomes are read from every TEST-*.xml under target/surefire-reports and target/failsafe-reports
as a multiset of (report dir, classname, name) -> outcome (pass, failure, error, skipped, flaky), so
a test reported twice counts twice. Each configuration is diffed against the first one (stock); with
--vintage, the retire configurations are diffed against stock-vintage (same engine, same test names).
Reports, logs, diffs and summary.json go to --out (default /tmp/corpus/<project>[-<module>]).

Needs python3 (3.8+, stdlib only), a JDK and mvn; retire-provider 0.1.0-SNAPSHOT installed in
~/.m2 (`mvn -B -q install -DskipTests -Dinvoker.skip` at retire's root). Where others install
retire to ~/.m2 while this runs (a jar rewritten under a running build fails it with
NoClassDefFoundError), install it to a private repository instead and pass --local-repo:

    mvn -B -q install -DskipTests -Dinvoker.skip -Dmaven.repo.local=/work/corpus/m2 \
        -Dmaven.repo.local.tail=$HOME/.m2/repository          # Maven 3.9+
"""

import argparse
import collections
import glob
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

RETIRE = ("io.github.retire", "retire-provider", "0.1.0-SNAPSHOT")
REPORT_DIRS = ("surefire-reports", "failsafe-reports")
CONFIG_FLAGS = {
    "stock": [],
    "stock-vintage": [],
    "retire": [],
    "retire-onfailure": ["-Dretire.onFailure=true"],
    "retire-w2": ["-Dretire.workers=2"],
}
# Plugins that lint, sign, compare APIs, measure coverage or fetch from the network: none of them
# changes which tests run or how. Unknown properties are harmless, so one list serves every project.
SKIPS = [
    "-Drat.skip=true", "-Dcheckstyle.skip=true", "-Dspotbugs.skip=true", "-Dpmd.skip=true",
    "-Dcpd.skip=true", "-Dmaven.javadoc.skip=true", "-Dmaven.source.skip=true", "-Djapicmp.skip=true",
    "-Danimal.sniffer.skip=true", "-Djacoco.skip=true", "-Dcyclonedx.skip=true", "-Dspdx.skip=true",
    "-Dgpg.skip=true", "-Drevapi.skip=true", "-Dclirr.skip=true", "-Dmaven.buildNumber.skip=true",
    "-Dspotless.check.skip=true", "-Dspotless.apply.skip=true", "-Dforbiddenapis.skip=true",
    "-Dmoditect.skip=true", "-Denforcer.skip=true", "-Dmaven.test.failure.ignore=true",
]
OUTCOMES = ("pass", "failure", "error", "skipped", "flaky")


INJECT = ("io.github.retire.bench", "corpus-inject", "1")


def build_injector(repo):
    """Compiles bench/corpus-inject into a jar in the local repository `repo`, as INJECT."""
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus-inject")
    apis = sorted(glob.glob(os.path.join(os.path.expanduser("~/.m2/repository"),
                                         "org/junit/jupiter/junit-jupiter-api/5.*/junit-jupiter-api-5.*.jar")))
    apis = [a for a in apis if not a.endswith(("-sources.jar", "-javadoc.jar"))]
    if not apis:
        sys.exit("--fail-every needs a junit-jupiter-api 5.x jar in ~/.m2/repository to compile against")
    dest = os.path.join(repo, *INJECT[0].split("."), INJECT[1], INJECT[2])
    classes = os.path.join(dest, "classes")
    shutil.rmtree(classes, ignore_errors=True)
    os.makedirs(classes)
    subprocess.check_call(["javac", "--release", "11", "-nowarn", "-cp", apis[-1], "-d", classes,
                           os.path.join(here, "io/github/retire/bench/InjectedFailures.java")])
    shutil.copytree(os.path.join(here, "META-INF"), os.path.join(classes, "META-INF"))
    jar = os.path.join(dest, "%s-%s.jar" % (INJECT[1], INJECT[2]))
    subprocess.check_call(["jar", "cf", jar, "-C", classes, "."])
    shutil.rmtree(classes)
    with open(os.path.join(dest, "%s-%s.pom" % (INJECT[1], INJECT[2])), "w") as f:
        f.write('<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
                '<groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version></project>\n' % INJECT)


def profile_xml(goal, vintage, pin):
    """The profiles appended to the POM copy."""
    plugins = ["maven-surefire-plugin"]
    if goal in ("integration-test", "verify", "install", "deploy"):
        plugins.append("maven-failsafe-plugin")
    retire_plugins = "".join(
        "<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>%s</artifactId>"
        "<dependencies><dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>"
        "</dependency></dependencies></plugin>" % ((p,) + RETIRE) for p in plugins)
    out = ["<profile><id>corpus-retire</id><build><plugins>%s</plugins></build></profile>" % retire_plugins]
    if vintage:
        out.append("<profile><id>corpus-vintage</id><dependencies><dependency>"
                   "<groupId>org.junit.vintage</groupId><artifactId>junit-vintage-engine</artifactId>"
                   "<version>%s</version><scope>test</scope></dependency></dependencies></profile>" % vintage)
    out.append("<profile><id>corpus-inject</id><dependencies><dependency><groupId>%s</groupId>"
               "<artifactId>%s</artifactId><version>%s</version><scope>test</scope></dependency></dependencies>"
               "</profile>" % INJECT)
    if pin:
        pinned = "".join("<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>%s</artifactId>"
                         "<version>%s</version></plugin>" % (p, pin) for p in plugins)
        out.append("<profile><id>corpus-pin</id><build><plugins>%s</plugins></build></profile>" % pinned)
    return "\n    ".join(out)


def write_pom_copy(module_dir, goal, vintage, pin):
    """pom.xml plus our profiles, as pom.corpus.xml beside it. Textual, so the copy keeps everything
    else byte for byte (comments, entities, property order)."""
    src = os.path.join(module_dir, "pom.xml")
    with open(src, encoding="utf-8") as f:
        text = f.read()
    # Comments may hold "</profiles>" too; look for the tags in a copy with comments blanked out.
    masked = re.sub(r"<!--.*?-->", lambda m: " " * len(m.group(0)), text, flags=re.S)
    profiles = profile_xml(goal, vintage, pin)
    at = masked.rfind("</profiles>")
    if at >= 0:
        text = text[:at] + "  " + profiles + "\n  " + text[at:]
    else:
        at = masked.rfind("</project>")
        if at < 0:
            sys.exit("no </project> in " + src)
        text = text[:at] + "  <profiles>\n    " + profiles + "\n  </profiles>\n" + text[at:]
    dst = os.path.join(module_dir, "pom.corpus.xml")
    with open(dst, "w", encoding="utf-8") as f:
        f.write(text)
    return dst


def outcome_of(case):
    tags = {child.tag for child in case}
    if "error" in tags:
        return "error"
    if "failure" in tags:
        return "failure"
    if "skipped" in tags:
        return "skipped"
    if "flakyFailure" in tags or "flakyError" in tags:
        return "flaky"
    return "pass"


def read_reports(root):
    """{(report dir, classname, name): Counter(outcome)} from every TEST-*.xml below root."""
    cases = collections.defaultdict(collections.Counter)
    unreadable = []
    for kind in REPORT_DIRS:
        d = os.path.join(root, kind)
        if not os.path.isdir(d):
            continue
        for fn in sorted(os.listdir(d)):
            if not (fn.startswith("TEST-") and fn.endswith(".xml")):
                continue
            try:
                tree = ET.parse(os.path.join(d, fn))
            except ET.ParseError as e:
                unreadable.append("%s/%s: %s" % (kind, fn, e))
                continue
            for case in tree.getroot().iter("testcase"):
                key = (kind, case.get("classname") or "", case.get("name") or "")
                cases[key][outcome_of(case)] += 1
    return cases, unreadable


def totals(cases):
    t = collections.Counter()
    for outcomes in cases.values():
        t.update(outcomes)
    t["tests"] = sum(t[o] for o in OUTCOMES)
    return t


def describe(outcomes):
    return ",".join("%s%s" % (o, "" if n == 1 else "x%d" % n) for o, n in sorted(outcomes.items())) or "absent"


def diff(base, other):
    """Lines for every key whose outcomes differ between two runs."""
    lines = []
    for key in sorted(set(base) | set(other)):
        a, b = base.get(key, collections.Counter()), other.get(key, collections.Counter())
        if a != b:
            kind, cls, name = key
            lines.append("%s  %s#%s: %s -> %s" % (kind.split("-")[0], cls, name, describe(a), describe(b)))
    return lines


SUMMARY = re.compile(r"Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)(?:, Flakes: (\d+))?$")


def console_facts(log):
    """The console's own totals per plugin execution, the build result, and retire's log lines."""
    facts = {"summaries": [], "build": None, "retire_lines": collections.Counter(), "forked_vm_errors": 0}
    with open(log, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = re.sub(r"\x1b\[[0-9;]*m", "", raw.rstrip("\n"))
            body = re.sub(r"^\[(INFO|WARNING|ERROR)\] ", "", line)
            m = SUMMARY.search(body)
            if m and " -- in " not in body and body.startswith("Tests run:"):
                facts["summaries"].append(body)
            if body.startswith("BUILD "):
                facts["build"] = body
            if "[retire]" in body:
                # Counted in a form without the numbers (worker ids, counts); retirements name their
                # test, so they count as one line.
                if " retired after " in body:
                    body = "[retire] worker N retired after a failure (retire.onFailure)"
                facts["retire_lines"][re.sub(r"\d+", "N", body)[:160]] += 1
            if "forked VM terminated" in body or "There was an error in the forked process" in body:
                facts["forked_vm_errors"] += 1
    facts["retire_lines"] = dict(facts["retire_lines"].most_common(15))
    return facts


def repo_flags(args):
    if not args.local_repo:
        return []
    return ["-Dmaven.repo.local=" + os.path.abspath(args.local_repo),
            "-Dmaven.repo.local.tail=" + os.path.expanduser("~/.m2/repository")]


def inject_flags(args):
    if not args.fail_every:
        return []
    return ["-Dcorpus.failEvery=%d" % args.fail_every, "-Djunit.jupiter.extensions.autodetection.enabled=true"]


def baseline_for(name, results):
    """retire runs on the JUnit Platform: with --vintage, what it must equal is stock on the same engine."""
    by_name = {r["name"]: r for r in results}
    if name.startswith("retire") and "stock-vintage" in by_name:
        return by_name["stock-vintage"]
    return results[0]


def run_config(name, args, project_dir, module_dir, pom, out):
    base = name.split(".")[0]
    profiles = []
    if base.startswith("retire"):
        profiles.append("corpus-retire")
    if args.vintage and base != "stock":
        profiles.append("corpus-vintage")
    if args.surefire_version:
        profiles.append("corpus-pin")
    if args.fail_every:
        profiles.append("corpus-inject")
    cmd = [args.mvn, "-B", args.goal, "-f", pom] + (["-P" + ",".join(profiles)] if profiles else []) \
        + repo_flags(args) + SKIPS + inject_flags(args) + CONFIG_FLAGS[base] + args.extra
    target = os.path.join(module_dir, "target")
    for kind in REPORT_DIRS:
        shutil.rmtree(os.path.join(target, kind), ignore_errors=True)
    log = os.path.join(out, name + ".log")
    print("== %s: %s" % (name, " ".join(cmd)), flush=True)
    started = time.monotonic()
    with open(log, "w") as f:
        rc = subprocess.call(cmd, cwd=project_dir, stdout=f, stderr=subprocess.STDOUT)
    wall = time.monotonic() - started
    keep = os.path.join(out, name)
    shutil.rmtree(keep, ignore_errors=True)
    os.makedirs(keep)
    for kind in REPORT_DIRS:
        src = os.path.join(target, kind)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(keep, kind))
    cases, unreadable = read_reports(keep)
    return {"name": name, "command": " ".join(cmd), "rc": rc, "wall_s": round(wall, 1), "cases": cases,
            "unreadable": unreadable, "console": console_facts(log)}


def git_head(path):
    try:
        return subprocess.check_output(["git", "-C", path, "rev-parse", "HEAD"], text=True).strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("project", help="the project's root directory (a git checkout)")
    p.add_argument("--module", help="the one module to run, a directory below the root (runs its POM with -f)")
    p.add_argument("--goal", default="test", help="the lifecycle phase to run (test; verify runs failsafe too)")
    p.add_argument("--configs", help="comma-separated configurations, the first being the baseline"
                   " (default: stock[,stock-vintage],retire,retire-onfailure,retire-w2)")
    p.add_argument("--vintage", metavar="VERSION", help="add junit-vintage-engine VERSION (JUnit 4 suites)")
    p.add_argument("--surefire-version", metavar="VERSION", help="pin surefire/failsafe in every configuration")
    p.add_argument("--mvn", default=os.environ.get("MVN", "mvn"), help="the mvn executable (default: $MVN or mvn)")
    p.add_argument("--out", help="where logs, reports and the summary go")
    p.add_argument("--local-repo", metavar="DIR", help="a private local repository that holds retire"
                   " (installed there with -Dmaven.repo.local=DIR), ahead of ~/.m2/repository as its read-only"
                   " tail (Maven 3.9+): every configuration then reads the same retire jars, whoever installs"
                   " to ~/.m2 meanwhile")
    p.add_argument("--fail-every", type=int, metavar="N", help="make about one Jupiter test in N fail, the same"
                   " ones in every configuration (bench/corpus-inject, autodetected extension), so that"
                   " retire.onFailure retires workers on a suite that otherwise passes")
    p.add_argument("--show", type=int, default=40, help="differences printed per configuration (all go to diff-*.txt)")
    argv = sys.argv[1:]
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    args = p.parse_args(argv[:len(argv) - len(extra) - (1 if "--" in argv else 0)])
    args.extra = extra

    project_dir = os.path.abspath(args.project)
    module_dir = os.path.join(project_dir, args.module) if args.module else project_dir
    label = os.path.basename(project_dir) + ("-" + args.module.replace("/", "_") if args.module else "")
    out = os.path.abspath(args.out or os.path.join("/tmp/corpus", label))
    os.makedirs(out, exist_ok=True)
    if args.configs:
        configs = args.configs.split(",")
    else:
        configs = ["stock"] + (["stock-vintage"] if args.vintage else []) + ["retire", "retire-onfailure", "retire-w2"]
    for c in configs:
        if c.split(".")[0] not in CONFIG_FLAGS:
            sys.exit("unknown configuration %r; known: %s (NAME.2 repeats one)" % (c, ", ".join(CONFIG_FLAGS)))

    if args.fail_every:
        build_injector(os.path.abspath(args.local_repo) if args.local_repo
                       else os.path.expanduser("~/.m2/repository"))
    # A killed harness still removes its POM copy.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    pom = write_pom_copy(module_dir, args.goal, args.vintage, args.surefire_version)
    results = []
    try:
        for c in configs:
            results.append(run_config(c, args, project_dir, module_dir, pom, out))
    finally:
        os.remove(pom)

    print("\n# %s at %s (goal %s)" % (label, git_head(project_dir), args.goal))
    print("%-20s %7s %7s %7s %7s %7s %6s %8s %4s  %s" % ("configuration", "tests", "pass", "fail", "error",
                                                          "skipped", "flaky", "wall s", "rc", "differences"))
    summary = {"project": label, "commit": git_head(project_dir), "goal": args.goal, "module": args.module,
               "extra": args.extra, "configs": []}
    for r in results:
        t = totals(r["cases"])
        base = baseline_for(r["name"], results)
        lines = diff(base["cases"], r["cases"]) if r is not base else []
        with open(os.path.join(out, "diff-%s.txt" % r["name"]), "w") as f:
            f.write("\n".join(lines) + ("\n" if lines else ""))
        print("%-20s %7d %7d %7d %7d %7d %6d %8.1f %4d  %s" % (r["name"], t["tests"], t["pass"], t["failure"],
                                                              t["error"], t["skipped"], t["flaky"], r["wall_s"], r["rc"],
                                                              "-" if r is base else "%d vs %s" % (len(lines), base["name"])))
        summary["configs"].append({"name": r["name"], "command": r["command"], "rc": r["rc"], "wall_s": r["wall_s"],
                                   "baseline": base["name"],
                                   "totals": dict(t), "differences": lines, "unreadable": r["unreadable"],
                                   "console": r["console"]})
    for r, s in zip(results, summary["configs"]):
        c = s["console"]
        print("\n## %s: %s; %s" % (r["name"], c["build"], " | ".join(c["summaries"]) or "no summary"))
        if c["forked_vm_errors"]:
            print("   forked-VM errors in the log: %d" % c["forked_vm_errors"])
        for u in s["unreadable"]:
            print("   unreadable report: " + u)
        for line, n in c["retire_lines"].items():
            print("   %4dx %s" % (n, line))
        for line in s["differences"][:args.show]:
            print("   " + line)
        if len(s["differences"]) > args.show:
            print("   ... %d more in %s" % (len(s["differences"]) - args.show,
                                          os.path.join(out, "diff-%s.txt" % r["name"])))
    with open(os.path.join(out, "summary.json"), "w") as f:
        json.dump(summary, f, indent=1)
    print("\nlogs, reports, diffs: " + out)


if __name__ == "__main__":
    main()
