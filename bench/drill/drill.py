#!/usr/bin/env python3
"""Fault drill for retire: runs a small Maven project many times, injects one fault per run at a random
(seeded) point, and checks the conservation law after each run. See bench/README.md ("Fault drill") and
docs/RELIABILITY.md. Not part of `mvn -B verify`.

The law, checked after every run:
  * every test of the project is reported exactly once in TEST-*.xml, none passes that should not, and
    no more tests than the fault explains end otherwise than in the fault-free baseline; or the whole run
    is reported as killed (a non-zero exit: only for faults that kill Maven or Surefire's fork);
  * Maven exits 0 (the project sets testFailureIgnore) unless the fault killed the run;
  * the run ends (within --run-timeout);
  * no process of the run (by its working directory or command line, which name the drill's own project
    directory) is alive 3 s after Maven exits;
  * no file is left outside target/: none in the project directory, none in /tmp by the names retire uses.
"""

import argparse
import hashlib
import os
import random
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

DRILL_DIR = Path(__file__).resolve().parent
REPO_DIR = DRILL_DIR.parent.parent
DEFAULT_WORK = DRILL_DIR.parent / "work" / "drill"
RETIRE_VERSION = "0.1.0-SNAPSHOT"

# Every fault kind; "area" names the issue-15 item that owns its failure mode, if any.
KINDS = {
    "worker-kill": "SIGKILL a worker (WorkerMain) at a random point",
    "worker-stop": "SIGSTOP a worker for 0.5-3 s, then SIGCONT",
    "worker-stop-long": "SIGSTOP a worker for good, in a run with retire.testTimeout=3s",
    "worker-stop-early": "SIGSTOP a worker as soon as it exists (before it says HELLO), for good",
    "supervisor-kill": "SIGKILL Surefire's fork (surefirebooter), the supervisor",
    "maven-kill": "SIGKILL Maven",
    "frame-garbage": "a test writes random bytes to its worker's event socket",
    "frame-truncated": "a test writes the start of a frame to its worker's event socket, then halts or goes on",
    "journal-truncate": "SIGSTOP a running worker, truncate its journal, SIGKILL it",
    "journal-corrupt": "SIGSTOP a running worker, overwrite its journal's header or data, SIGKILL it",
    "journal-truncate-live": "truncate a running worker's journal to 0 bytes under its mapping",
    "cds-damage": "overwrite 64 KB in the middle of target/retire-cds/*.jsa before the run",
    "stranger-garbage": "connect to the supervisor's port, send random bytes",
    "stranger-hello": "connect to the supervisor's port, send a HELLO whose first string claims 64 MB, 200 MB or 2 GB, stream up to 300 MB",
    "stranger-silent": "connect to the supervisor's port 20 times and say nothing until the build ends",
}
# Faults after which a non-zero exit is the expected report of the whole run.
RUN_KILLERS = {"supervisor-kill", "maven-kill"}
# How many tests a fault may turn into errors: the test(s) running in the worker it hit.
ALLOWED_DRIFT = {
    "worker-kill": 1, "worker-stop": 0, "worker-stop-long": 1, "worker-stop-early": 1, "frame-garbage": 1, "frame-truncated": 1,
    "journal-truncate": 1, "journal-corrupt": 1, "journal-truncate-live": 1, "cds-damage": 0,
    "stranger-garbage": 0, "stranger-hello": 0, "stranger-silent": 0,
}
# Names retire (and jffi) give to what it puts in the temp directory.
TMP_NAMES = re.compile(r"^(retire-|jffi|libretire|hs_err)")
# retire-<digits> is the scratch directory of a run without a build directory, which a drill run never is;
# provider unit tests (FakeSupervisor) leave those behind, and other people run them on this machine.
TMP_IGNORED = re.compile(r"^retire-\d+$")
MAX_RUN_SECONDS_DEFAULT = 240


def log(msg):
    print(msg, flush=True)


# ------------------------------------------------------------------------------------------ processes

def proc_info(pid):
    try:
        cwd = os.readlink(f"/proc/{pid}/cwd")
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmd = f.read().split(b"\0")
        with open(f"/proc/{pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return None
    return cwd, [c.decode("utf-8", "replace") for c in cmd if c], state


def role(cmd):
    line = " ".join(cmd)
    if "io.github.retire.booter.WorkerMain" in cmd:
        return "worker"
    if "io.github.retire.booter.Training" in cmd:
        return "training"
    if "surefirebooter" in line:
        # Surefire starts its fork through /bin/sh -c "cd ... && java ...": the shell is not the fork.
        return "supervisor" if cmd and cmd[0].endswith("java") else "fork-shell"
    if "plexus-classworlds" in line or "org.codehaus.plexus.classworlds" in line:
        return "maven"
    return "other"


def run_processes(project):
    """The live (not zombie) processes of a drill run: their working directory is the drill's project
    directory, which is unique to this drill (Maven is started there; Surefire's fork and retire's workers
    run in the project's base directory)."""
    found = {}
    p = str(project)
    me = os.getpid()
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) == me:
            continue
        try:
            cwd = os.readlink(f"/proc/{name}/cwd")
        except OSError:
            continue
        if cwd != p and not cwd.startswith(p + "/"):
            continue
        info = proc_info(name)
        if info is None or info[2] == "Z":
            continue
        found[int(name)] = (role(info[1]), info[1], info[2])
    return found


def workers(project):
    return {pid: v for pid, v in run_processes(project).items() if v[0] == "worker"}


def connected(pid):
    """Whether a worker has a socket yet: its connection to the supervisor."""
    try:
        return any(os.readlink(f"/proc/{pid}/fd/{fd}").startswith("socket:") for fd in os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return False


def arg_after(cmd, flag):
    for i, c in enumerate(cmd[:-1]):
        if c == flag:
            return cmd[i + 1]
    return None


def signal_quietly(pid, sig):
    try:
        os.kill(pid, sig)
        return True
    except ProcessLookupError:
        return False


def kill_all(project):
    for _ in range(3):
        procs = run_processes(project)
        if not procs:
            return
        for pid in procs:
            signal_quietly(pid, signal.SIGCONT)
            signal_quietly(pid, signal.SIGKILL)
        time.sleep(0.5)


# -------------------------------------------------------------------------------------------- project

def settings_xml(path):
    """Resolves through ~/.m2 as a remote file:// repository into the drill's own local repository, so
    that other people's installs of retire into ~/.m2 do not change what the drill tests mid-run."""
    m2 = Path.home() / ".m2" / "repository"
    repo = f"""<repository><id>home-m2</id><url>{m2.as_uri()}</url>
        <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
        <snapshots><enabled>false</enabled></snapshots></repository>"""
    path.write_text(f"""<settings><profiles><profile><id>drill</id>
  <activation><activeByDefault>true</activeByDefault></activation>
  <repositories>{repo}</repositories>
  <pluginRepositories>{repo.replace('<repository>', '<pluginRepository>').replace('</repository>', '</pluginRepository>')}</pluginRepositories>
</profile></profiles></settings>
""")


def mvn_base(work):
    return ["mvn", "-B", "-s", str(work / "settings.xml"), f"-Dmaven.repo.local={work / 'repo'}"]


def build_retire(work):
    log(f"[drill] installing retire from {REPO_DIR} into {work / 'repo'}")
    r = subprocess.run(mvn_base(work) + ["-q", "install", "-DskipTests", "-Dinvoker.skip"], cwd=REPO_DIR)
    if r.returncode != 0:
        sys.exit("[drill] the retire build failed")


def make_project(work, marker):
    project = work / f"project-{marker}"
    if project.exists():
        shutil.rmtree(project)
    shutil.copytree(DRILL_DIR / "project", project)
    pom = project / "pom.xml"
    pom.write_text(pom.read_text().replace("@retire.version@", RETIRE_VERSION))
    r = subprocess.run(mvn_base(work) + ["-q", "test-compile"], cwd=project)
    if r.returncode != 0:
        sys.exit("[drill] the drill project does not compile")
    return project


NOT_RUN = set()  # (class, name) of the last read_reports whose error is retire's NotRun


def read_reports(project):
    """(class, name) -> list of outcomes, from every TEST-*.xml."""
    seen = {}
    NOT_RUN.clear()
    for xml in sorted((project / "target" / "surefire-reports").glob("TEST-*.xml")):
        try:
            root = ET.parse(xml).getroot()
        except ET.ParseError as e:
            seen.setdefault(("<xml>", xml.name), []).append(f"unparsable: {e}")
            continue
        for case in root.iter("testcase"):
            outcome = "pass"
            for child in case:
                if child.tag in ("failure", "error", "skipped"):
                    outcome = child.tag
                    if child.tag == "error" and child.get("type", "").endswith("NotRun"):
                        NOT_RUN.add((case.get("classname"), case.get("name")))
                    break
            seen.setdefault((case.get("classname"), case.get("name")), []).append(outcome)
    return seen


def outside_target(project):
    out = set()
    for root, dirs, files in os.walk(project):
        rel = os.path.relpath(root, project)
        if rel == "target" or rel.startswith("target" + os.sep):
            dirs[:] = []
            continue
        for f in files + dirs:
            out.add(os.path.normpath(os.path.join(rel, f)))
    return out


def tmp_entries():
    try:
        return {e for e in os.listdir("/tmp") if TMP_NAMES.match(e) and not TMP_IGNORED.match(e)}
    except OSError:
        return set()


# --------------------------------------------------------------------------------------------- faults

class Run:
    def __init__(self, index, seed, kind, project, args):
        self.index = index
        self.seed = seed
        self.kind = kind
        self.project = project
        self.rng = random.Random(seed)
        self.args = args
        self.injected = None   # a description once the fault was applied
        self.target_state = None
        self.notes = []
        self.proc = None
        self.done = threading.Event()
        self.sockets = []
        self.cds_backup = []
        # Per-run settings, drawn from the seed.
        self.workers = self.rng.choice([1, 2])
        # With onFailure, retirements start fresh workers (and spares) that worker-stop-early can catch.
        self.on_failure = self.rng.choice([False, True]) or kind == "worker-stop-early"
        self.timeout = "3s" if kind in ("worker-stop-long", "worker-stop-early") else self.rng.choice([None, None, "5s"])
        self.delay = self.rng.uniform(0.0, 4.0)

    def describe(self):
        return (f"workers={self.workers} onFailure={str(self.on_failure).lower()} "
                f"testTimeout={self.timeout or 'none'} delay={self.delay:.2f}s")

    def mvn_args(self):
        a = ["-o", "surefire:test", "-Dmaven.test.failure.ignore=true", f"-Dretire.workers={self.workers}",
             f"-Dretire.onFailure={str(self.on_failure).lower()}"]
        if self.timeout:
            a.append(f"-Dretire.testTimeout={self.timeout}")
        return a

    # Waits until the run has a process of this role (and, for workers, one that runs tests or may).
    def wait_for(self, want, limit=60.0):
        end = time.time() + limit
        while time.time() < end and not self.done.is_set():
            procs = {p: v for p, v in run_processes(self.project).items() if v[0] == want}
            if procs:
                return procs
            time.sleep(0.1)
        return {}

    def after_delay(self):
        end = time.time() + self.delay
        while time.time() < end and not self.done.is_set():
            time.sleep(0.02)
        return not self.done.is_set()

    def pick_worker(self):
        if not self.wait_for("worker") or not self.after_delay():
            return None
        procs = workers(self.project)
        if not procs:
            procs = self.wait_for("worker", 10)
        if not procs:
            return None
        pid = self.rng.choice(sorted(procs))
        self.target_state = "connected" if connected(pid) else "not connected yet"
        return pid, procs[pid][1]

    def port(self):
        procs = self.wait_for("worker")
        for _, (r, cmd, _) in procs.items():
            p = arg_after(cmd, "--port")
            if p:
                return int(p)
        return None

    # ---------------------------------------------------------------- before the run (file faults, hooks)

    def prepare(self):
        target = self.project / "target"
        for f in ("drill-hook", "drill-hook.taken", "drill-hook.done"):
            (target / f).unlink(missing_ok=True)
        if self.kind in ("frame-garbage", "frame-truncated"):
            mode = "garbage" if self.kind == "frame-garbage" else self.rng.choice(["truncate-halt", "truncate-continue"])
            (target / "drill-hook").write_text(f"{mode} {self.rng.randrange(0, 600)} {self.rng.randrange(1 << 30)}\n")
        if self.kind == "cds-damage":
            archives = sorted((target / "retire-cds").glob("**/*.jsa")) + sorted((target / "retire-cds").glob("**/*.aot"))
            for a in archives:
                data = a.read_bytes()
                junk = bytes(self.rng.randrange(256) for _ in range(65536))
                start = max(0, len(data) // 2 - 32768)
                backup = a.with_name(a.name + ".drill-backup")
                shutil.copy2(a, backup)
                with open(a, "r+b") as f:
                    f.seek(start)
                    f.write(junk[:max(0, min(65536, len(data) - start))])
                self.cds_backup.append((a, backup, start, junk))
            if archives:
                self.injected = f"damaged {len(archives)} archive(s): {', '.join(a.name for a in archives)}"
            else:
                self.notes.append("no archive to damage")

    def finish(self):
        """After the run: reads what the hook did; puts back an archive retire left damaged, so that one
        damaged archive does not spoil every later run of the drill (that is what mvn clean would do)."""
        done = self.project / "target" / "drill-hook.done"
        if self.kind in ("frame-garbage", "frame-truncated"):
            if done.exists():
                text = done.read_text().strip()
                if text.startswith("done"):
                    self.injected = text[5:]
                else:
                    self.notes.append("hook: " + text)
            else:
                self.notes.append("the hook test did not run")
        for a, backup, start, junk in self.cds_backup:
            still = False
            if a.exists():
                with open(a, "rb") as f:
                    f.seek(start)
                    still = f.read(len(junk)) == junk[:len(junk)]
            if still:
                self.notes.append(f"{a.name} still damaged after the run; restored from backup")
                shutil.copy2(backup, a)
            else:
                self.notes.append(f"{a.name} replaced or removed by the run")
            backup.unlink(missing_ok=True)
        for s in self.sockets:
            try:
                s.close()
            except OSError:
                pass

    # ------------------------------------------------------------------------- during the run (injector)

    def inject(self):
        try:
            getattr(self, "inject_" + self.kind.replace("-", "_"), lambda: None)()
        except Exception as e:  # the drill must not die of its own injector
            self.notes.append(f"injector error: {e!r}")

    def inject_worker_kill(self):
        w = self.pick_worker()
        if w and signal_quietly(w[0], signal.SIGKILL):
            self.injected = f"SIGKILL worker {arg_after(w[1], '--worker')} (pid {w[0]})"

    def inject_worker_stop(self):
        w = self.pick_worker()
        if w and signal_quietly(w[0], signal.SIGSTOP):
            pause = self.rng.uniform(0.5, 3.0)
            self.injected = f"SIGSTOP worker {arg_after(w[1], '--worker')} (pid {w[0]}) for {pause:.1f}s"
            time.sleep(pause)
            signal_quietly(w[0], signal.SIGCONT)

    def inject_worker_stop_long(self):
        # No SIGCONT here: the supervisor must kill it (3 s + grace 2 s + 2 s), or end the run without it.
        w = self.pick_worker()
        if w and signal_quietly(w[0], signal.SIGSTOP):
            self.injected = f"SIGSTOP worker {arg_after(w[1], '--worker')} (pid {w[0]}) for good"

    def inject_worker_stop_early(self):
        # The first worker of the run, or (after a random delay) the next one to start: a spare, a
        # replacement. Stopped before its JVM could connect, it never says HELLO.
        first = self.wait_for("worker")
        if not first:
            return
        if self.rng.random() < 0.5:
            pid = min(first)
            if signal_quietly(pid, signal.SIGSTOP):
                self.target_state = "connected" if connected(pid) else "not connected yet"
                self.injected = f"SIGSTOP the first worker (pid {pid}) at its start, for good"
            return
        if not self.after_delay():
            return
        known = set(workers(self.project))
        end = time.time() + 30
        while time.time() < end and not self.done.is_set():
            for pid, (_, cmd, _) in workers(self.project).items():
                if pid not in known and signal_quietly(pid, signal.SIGSTOP):
                    self.target_state = "connected" if connected(pid) else "not connected yet"
                    self.injected = f"SIGSTOP worker {arg_after(cmd, '--worker')} (pid {pid}) at its start, for good"
                    return
            known |= set(workers(self.project))
            time.sleep(0.02)

    def inject_supervisor_kill(self):
        # A random point from the fork's start: before, during and after its workers start.
        if not self.wait_for("supervisor") or not self.after_delay():
            return
        for pid in self.wait_for("supervisor", 5):
            if signal_quietly(pid, signal.SIGKILL):
                self.injected = f"SIGKILL supervisor (pid {pid}) {self.delay:.2f}s after it started"
                return

    def inject_maven_kill(self):
        if not self.wait_for("worker") or not self.after_delay():
            return
        if signal_quietly(self.proc.pid, signal.SIGKILL):
            self.injected = f"SIGKILL Maven (pid {self.proc.pid}) {self.delay:.2f}s after the first worker"

    def journal_of(self, cmd):
        config = arg_after(cmd, "--config")
        worker = arg_after(cmd, "--worker")
        if not config or not worker:
            return None
        return Path(config).parent / f"journal-{worker}"

    def inject_journal(self, how):
        w = self.pick_worker()
        if not w:
            return
        pid, cmd = w
        journal = self.journal_of(cmd)
        if journal is None or not journal.exists():
            self.notes.append(f"worker pid {pid} has no journal")
            return
        if not signal_quietly(pid, signal.SIGSTOP):
            return
        size = journal.stat().st_size
        data = journal.read_bytes()
        sent, held = struct.unpack_from(">qi", data, 0)
        what = how(journal, size)
        signal_quietly(pid, signal.SIGKILL)
        signal_quietly(pid, signal.SIGCONT)
        self.injected = (f"worker {arg_after(cmd, '--worker')} (pid {pid}) stopped, journal (sent={sent}, "
                         f"held={held}) {what}, killed")

    def inject_journal_truncate(self):
        def how(journal, size):
            n = self.rng.choice([0, 8, 16, self.rng.randrange(16, size)])
            os.truncate(journal, n)
            return f"truncated to {n} bytes"
        self.inject_journal(how)

    def inject_journal_corrupt(self):
        def how(journal, size):
            mode = self.rng.choice(["data", "header", "stale"])
            with open(journal, "r+b") as f:
                if mode == "data":
                    n = self.rng.randrange(1, 4096)
                    off = 16 + self.rng.randrange(0, 2048)
                    f.seek(off)
                    f.write(bytes(self.rng.randrange(256) for _ in range(n)))
                    return f"{n} random bytes at {off}"
                if mode == "header":
                    f.write(bytes(self.rng.randrange(256) for _ in range(16)))
                    return "header overwritten with 16 random bytes"
                # Claims every byte of the data area as held, from the first frame ever: stale frames that
                # the supervisor had long received, as a corrupt header might make them look.
                f.write(struct.pack(">qi", 0, size - 16))
                return "header set to sent=0, held=all"
        self.inject_journal(how)

    def inject_journal_truncate_live(self):
        w = self.pick_worker()
        if not w:
            return
        journal = self.journal_of(w[1])
        if journal is not None and journal.exists():
            os.truncate(journal, 0)
            self.injected = f"journal of worker {arg_after(w[1], '--worker')} (pid {w[0]}) truncated to 0 while it runs"

    def connect(self):
        port = self.port()
        if port is None or not self.after_delay():
            return None, None
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        self.sockets.append(s)
        return s, port

    def inject_stranger_garbage(self):
        s, port = self.connect()
        if s:
            junk = bytes(self.rng.randrange(256) for _ in range(self.rng.randrange(1, 65536)))
            try:
                s.sendall(junk)
            except OSError as e:
                self.notes.append(f"send: {e}")
            self.injected = f"{len(junk)} random bytes to port {port}"

    def inject_stranger_hello(self):
        s, port = self.connect()
        if not s:
            return
        # The header of a hello frame (docs/PROTOCOL.md, Framing), then a first string that claims 2 GB.
        # A claim of 2 GB that Surefire's decoder refuses at once, or one it believes and collects.
        claim = self.rng.choice([64 << 20, 200 << 20, 0x7FFFFFF0])
        head = b":retire-event:" + bytes([5]) + b":hello:" + bytes([5]) + b":UTF-8:" + struct.pack(">i", claim) + b":"
        chunk = b"x" * (1 << 20)
        sent = 0
        try:
            s.settimeout(10)
            s.sendall(head)
            while sent < min(claim + (1 << 20), 300 << 20) and not self.done.is_set():
                s.sendall(chunk)
                sent += len(chunk)
        except OSError as e:
            self.notes.append(f"the supervisor stopped reading after {sent >> 20} MB: {e}")
        self.injected = f"HELLO claiming {claim >> 20} MB to port {port}, {sent >> 20} MB sent"

    def inject_stranger_silent(self):
        s, port = self.connect()
        if s:
            for _ in range(19):
                try:
                    self.sockets.append(socket.create_connection(("127.0.0.1", port), timeout=5))
                except OSError as e:
                    self.notes.append(f"connect: {e}")
                    break
            self.injected = f"{len(self.sockets)} silent connections to port {port}"


# ---------------------------------------------------------------------------------------------- check

def check(run, baseline, exit_code, hung, leftovers, new_files, log_path):
    """The violations of one run (empty: the law held)."""
    v = []
    text = log_path.read_text(errors="replace")
    if "OutOfMemoryError" in text:
        line = next(l for l in text.splitlines() if "OutOfMemoryError" in l)
        v.append(f"OutOfMemoryError in the build log: {line.strip()[:200]}")
    if hung:
        v.append(f"hang: Maven still running after {run.args.run_timeout} s")
    if leftovers:
        v.append("processes outlived the build: " + "; ".join(
            f"{pid} {r} {state}" for pid, (r, _, state) in sorted(leftovers.items())))
    if new_files:
        v.append("files left outside target/: " + ", ".join(sorted(new_files)))
    seen = read_reports(run.project)
    dups = {k: o for k, o in seen.items() if len(o) > 1}
    if dups:
        v.append("reported more than once: " + ", ".join(f"{c}.{n} {o}" for (c, n), o in sorted(dups.items())))
    killed = run.kind in RUN_KILLERS and run.injected is not None and exit_code != 0
    if killed:
        return v  # the whole run is reported as killed; only duplicates, processes and files matter
    if exit_code != 0:
        v.append(f"Maven exited {exit_code} (the project ignores test failures: the build itself broke)")
    # A class whose worker died before its first test is reported as one error on the class (its tests
    # were never discovered by the supervisor): documented, so it counts as one changed outcome.
    class_errors = {c for (c, n), o in seen.items() if n in ("", c) and o[0] == "error" and (c, n) not in baseline}
    whole = {c for c in class_errors if not any(k[0] == c for k in seen if k[1] not in ("", c))}
    # A worker that died between tests (no test running: the death is charged to the class), or a continuation
    # (what a retired or crashed worker left) whose worker died or hung before its first test: one error on
    # the class for the death, beside its tests, whose selections not yet run are each reported as not run
    # (README: a continuation that ran none of its work is not given out again, so that the run ends).
    # One fault, one changed outcome.
    lost_continuation = class_errors - whole
    lost = sorted(k for k in baseline if k not in seen and k[0] not in whole)
    if lost:
        v.append(f"lost {len(lost)}: " + ", ".join(f"{c}.{n}" for c, n in lost))
    extra = sorted(k for k in seen if k not in baseline
                   and not (k[0] in whole | lost_continuation and k[1] in ("", k[0])))
    if extra:
        v.append("unknown tests reported: " + ", ".join(f"{c}.{n}" for c, n in extra))
    drift = [f"{c}: one error for the class, in place of its {sum(1 for k in baseline if k[0] == c)} tests"
             for c in sorted(whole)]
    drift += [f"{c}: one error for the class, beside its tests, {sum(1 for k in NOT_RUN if k[0] == c)} of them "
              f"not run" for c in sorted(lost_continuation)]
    for k, outcome in baseline.items():
        if k[0] in whole or (k[0] in lost_continuation and k in NOT_RUN):
            continue
        got = seen.get(k, [None])[0]
        if got is None or got == outcome:
            continue
        if got == "pass" or (got == "skipped" and outcome != "skipped"):
            v.append(f"{k[0]}.{k[1]}: {got}, expected {outcome}")
        drift.append(f"{k[0]}.{k[1]} {outcome}->{got}")
    allowed = ALLOWED_DRIFT.get(run.kind, 0) * (1 if run.injected else 0)
    if len(drift) > allowed:
        v.append(f"{len(drift)} outcomes differ from the baseline (the fault explains {allowed}): " + ", ".join(drift))
    elif drift:
        run.notes.append("changed: " + ", ".join(drift))
    return v


# ------------------------------------------------------------------------------------------------ run

def run_once(run, work, baseline, logs):
    project = run.project
    shutil.rmtree(project / "target" / "surefire-reports", ignore_errors=True)
    before_files = outside_target(project)
    before_tmp = tmp_entries()
    run.prepare()
    log_path = logs / f"run-{run.index:03d}-{run.kind}-{run.seed}.log"
    started = time.time()
    with open(log_path, "w") as out:
        run.proc = subprocess.Popen(mvn_base(work) + run.mvn_args(), cwd=project, stdout=out,
                                    stderr=subprocess.STDOUT, start_new_session=True)
        injector = None
        if run.kind != "none":
            injector = threading.Thread(target=run.inject, daemon=True)
            injector.start()
        hung = False
        try:
            exit_code = run.proc.wait(timeout=run.args.run_timeout)
        except subprocess.TimeoutExpired:
            hung = True
            stacks(project, log_path)
            exit_code = None
        run.done.set()
        if injector:
            injector.join(15)
    elapsed = time.time() - started
    time.sleep(3)
    leftovers = run_processes(project)
    if hung:
        kill_all(project)
        run.proc.wait()
    elif leftovers:
        stacks(project, log_path)
        # How long they stay (a stopped one would stay for ever: it gets SIGCONT after 60 s, then SIGKILL).
        gone = None
        while time.time() - started - elapsed < 60:
            if not run_processes(project):
                gone = time.time() - started - elapsed
                break
            time.sleep(0.2)
        run.notes.append(f"leftovers gone {gone:.1f} s after Maven's exit" if gone is not None
                         else "leftovers still alive 60 s after Maven's exit; killed")
        kill_all(project)
    run.finish()
    new_files = {f for f in outside_target(project) - before_files}
    new_tmp = tmp_entries() - before_tmp
    if new_tmp:
        time.sleep(2)  # someone else's build may have had one for a moment
        new_files |= {"/tmp/" + e for e in new_tmp & tmp_entries()}
    violations = check(run, baseline, exit_code, hung, leftovers, new_files, log_path) if baseline is not None else []
    return exit_code, elapsed, violations, log_path


def stacks(project, log_path):
    """Appends thread dumps of the run's JVMs to its log: what a hang or a leftover was doing."""
    with open(log_path, "a") as out:
        for pid, (r, cmd, state) in run_processes(project).items():
            out.write(f"\n[drill] {r} pid {pid} state {state}: {' '.join(cmd)[:300]}\n")
            out.flush()
            if state != "T":
                subprocess.run(["jcmd", str(pid), "Thread.print"], stdout=out, stderr=subprocess.STDOUT, timeout=20)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=45, help="runs with a fault (default 45: three per kind)")
    ap.add_argument("--seed", type=int, default=None, help="the drill's seed (default: from the clock, printed)")
    ap.add_argument("--faults", default=",".join(KINDS), help="comma-separated fault kinds (default: all)")
    ap.add_argument("--replay", default=None, metavar="SEED:KIND",
                    help="one run with a run's own seed and kind, as printed for a violation")
    ap.add_argument("--run-timeout", type=int, default=MAX_RUN_SECONDS_DEFAULT, help="seconds before a run counts as hung")
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK)
    ap.add_argument("--no-build", action="store_true", help="use the retire already in the drill's repository")
    ap.add_argument("--keep", action="store_true", help="keep the project directory afterwards")
    ap.add_argument("--list", action="store_true", help="list the fault kinds and exit")
    args = ap.parse_args(argv)
    if args.list:
        for k, d in KINDS.items():
            print(f"{k:22} {d}")
        return 0
    kinds = [k.strip() for k in args.faults.split(",") if k.strip()]
    for k in kinds:
        if k not in KINDS:
            sys.exit(f"[drill] unknown fault kind {k!r}; known: {', '.join(KINDS)}")

    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    settings_xml(work / "settings.xml")
    if not args.no_build or not (work / "repo" / "io" / "github" / "retire" / "retire-provider" / RETIRE_VERSION).exists():
        build_retire(work)
    jar = work / "repo/io/github/retire/retire-provider" / RETIRE_VERSION / f"retire-provider-{RETIRE_VERSION}.jar"
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_DIR, capture_output=True, text=True).stdout.strip()
    marker = f"drillproj{os.getpid()}"
    project = make_project(work, marker)
    logs = work / f"logs-{marker}"
    logs.mkdir(exist_ok=True)

    seed = args.seed if args.seed is not None else int(time.time()) % 1000000
    if args.replay:
        s, k = args.replay.split(":")
        plan = [(int(s), k)]
    else:
        rng = random.Random(seed)
        deck = []
        while len(deck) < args.runs:
            more = list(kinds)
            rng.shuffle(more)
            deck += more
        plan = [(rng.randrange(1 << 31), k) for k in deck[:args.runs]]
    log(f"[drill] seed {seed}, {len(plan)} runs, retire {head} (provider jar sha256 "
        f"{hashlib.sha256(jar.read_bytes()).hexdigest()[:12]}), project {project}, logs {logs}")

    # Baseline: online once (resolves Surefire's providers), trains the class-data archive, and says what
    # every test's outcome is without a fault. Twice, so that the second starts from the archive.
    baseline = None
    for attempt in range(2):
        b = Run(0, 0, "none", project, args)
        b.workers, b.on_failure, b.timeout = 1, False, None
        if attempt == 0:
            b.mvn_args = lambda: ["surefire:test", "-Dmaven.test.failure.ignore=true"]
        code, elapsed, _, log_path = run_once(b, work, None, logs)
        seen = read_reports(project)
        if code != 0 or not seen or any(len(o) != 1 for o in seen.values()):
            sys.exit(f"[drill] the baseline run failed (exit {code}); see {log_path}")
        if baseline is not None and baseline != {k: o[0] for k, o in seen.items()}:
            sys.exit(f"[drill] the two baseline runs disagree; see {log_path}")
        baseline = {k: o[0] for k, o in seen.items()}
        log(f"[drill] baseline {attempt + 1}: {len(baseline)} tests in {elapsed:.1f} s "
            f"({sum(1 for o in baseline.values() if o == 'pass')} pass, "
            f"{sum(1 for o in baseline.values() if o == 'failure')} failure, "
            f"{sum(1 for o in baseline.values() if o == 'error')} error, "
            f"{sum(1 for o in baseline.values() if o == 'skipped')} skipped)")

    table = {k: {"injected": 0, "survived": 0, "violations": [], "missed": 0} for k in dict.fromkeys(k for _, k in plan)}
    for i, (run_seed, kind) in enumerate(plan, 1):
        run = Run(i, run_seed, kind, project, args)
        code, elapsed, violations, log_path = run_once(run, work, baseline, logs)
        row = table[kind]
        status = "ok"
        if run.injected is None:
            row["missed"] += 1
            status = "not injected"
            if violations:
                status = "VIOLATION without the fault"
        else:
            row["injected"] += 1
        if violations:
            row["violations"].append((run_seed, violations, log_path.name))
            status = "VIOLATION" if run.injected else status
        elif run.injected:
            row["survived"] += 1
        log(f"[drill] run {i}/{len(plan)} seed {run_seed} {kind}: {status} (exit {code}, {elapsed:.1f} s; "
            f"{run.describe()})")
        log(f"        fault: {run.injected or '-'}" + (f" ({run.target_state})" if run.target_state else ""))
        for n in run.notes:
            log(f"        note: {n}")
        for v in violations:
            log(f"        violation: {v}")
            log(f"        reproduce: python3 bench/drill/drill.py --replay {run_seed}:{kind}  (log {log_path})")

    log("")
    log(f"| fault | injected | survived | violations | not injected |")
    log(f"|---|---|---|---|---|")
    total_v = 0
    for kind, row in table.items():
        seeds = ", ".join(str(s) for s, _, _ in row["violations"])
        total_v += len(row["violations"])
        log(f"| {kind} | {row['injected']} | {row['survived']} | {len(row['violations'])}"
            f"{' (seeds ' + seeds + ')' if seeds else ''} | {row['missed']} |")
    log(f"\n[drill] seed {seed}: {total_v} run(s) with violations; logs in {logs}")
    if not args.keep:
        shutil.rmtree(project, ignore_errors=True)
    return 1 if total_v else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
