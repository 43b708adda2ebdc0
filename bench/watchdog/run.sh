#!/usr/bin/env bash
# Native watchdog micro-benchmarks (hardkill-native through io.github.retire.hardkill.NativeWatchdog).
# Not part of the Maven build; asserts nothing about speed. See docs/BENCHMARKS.md.
#
#   bench/watchdog/run.sh [--jar PATH] [--loads N] [--rounds R] [--pairs P] [--samples S] [--timeout-ms T]
#                         [--first-test N]
#
# --first-test N: only (d), N pairs of fresh JVMs, alternately with and without the native load on the way to
# the first test (FirstTestBench.java; JUnit Platform 1.11.4 / Jupiter 5.11.4 from ~/.m2). FIRST_TEST_MODES
# (default "native java") picks the modes; the last is the one the others are compared with.
#
# --jar defaults to hardkill-native/target/retire-hardkill-0.1.0-SNAPSHOT.jar (build it first:
# mvn -B install -DskipTests -Dinvoker.skip). jffi 1.4.3 (+ native) comes from ~/.m2.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
jar="$repo/hardkill-native/target/retire-hardkill-0.1.0-SNAPSHOT.jar"
loads=10 rounds=5 pairs=5000000 samples=20 timeout_ms=500 first_test=0
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --loads) loads="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --pairs) pairs="$2"; shift 2 ;;
    --samples) samples="$2"; shift 2 ;;
    --timeout-ms) timeout_ms="$2"; shift 2 ;;
    --first-test) first_test="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
jffi="$HOME/.m2/repository/com/github/jnr/jffi/1.4.3"
for f in "$jar" "$jffi/jffi-1.4.3.jar" "$jffi/jffi-1.4.3-native.jar"; do
  [ -f "$f" ] || { echo "missing $f" >&2; exit 2; }
done
work="$repo/bench/work/watchdog"
rm -rf "$work" && mkdir -p "$work/classes"
# A private copy, so that a rebuild of hardkill-native during the run cannot change what is measured.
cp "$jar" "$work/retire-hardkill.jar"
echo "hardkill jar: $jar (sha256 $(sha256sum "$jar" | cut -c1-12))"
cp_lib="$work/retire-hardkill.jar:$jffi/jffi-1.4.3.jar:$jffi/jffi-1.4.3-native.jar"
javac -d "$work/classes" -cp "$cp_lib" "$here/WatchdogBench.java"
cp="$work/classes:$cp_lib"

if [ "$first_test" -gt 0 ]; then
  m="$HOME/.m2/repository"
  junit="$m/org/junit/platform/junit-platform-launcher/1.11.4/junit-platform-launcher-1.11.4.jar"
  junit="$junit:$m/org/junit/platform/junit-platform-engine/1.11.4/junit-platform-engine-1.11.4.jar"
  junit="$junit:$m/org/junit/platform/junit-platform-commons/1.11.4/junit-platform-commons-1.11.4.jar"
  junit="$junit:$m/org/junit/jupiter/junit-jupiter-engine/5.11.4/junit-jupiter-engine-5.11.4.jar"
  junit="$junit:$m/org/junit/jupiter/junit-jupiter-api/5.11.4/junit-jupiter-api-5.11.4.jar"
  junit="$junit:$m/org/opentest4j/opentest4j/1.3.0/opentest4j-1.3.0.jar"
  junit="$junit:$m/org/apiguardian/apiguardian-api/1.1.2/apiguardian-api-1.1.2.jar"
  javac -d "$work/classes" -cp "$cp:$junit" "$here/FirstTestBench.java"
  echo "== (d) JVM start to first test, $first_test pairs: native load on the way (as a worker) vs none"
  modes="${FIRST_TEST_MODES:-native java}"
  for i in $(seq "$first_test"); do
    for mode in $modes; do java -cp "$cp:$junit" FirstTestBench "$mode"; done
  done | tee "$work/first-test.txt"
  python3 - "$work/first-test.txt" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.startswith("first-test-ms")]
modes = list(dict.fromkeys(r[4] for r in rows))
by = {m: [r for r in rows if r[4] == m] for m in modes}
for m, rs in by.items():
    f = [int(r[1]) for r in rs]
    c = [int(r[3]) for r in rs]
    print(f"{m}: n={len(f)} to first test median {statistics.median(f)} ms (min {min(f)}), CPU median "
          f"{statistics.median(c)} ms (min {min(c)})")
for m in modes[:-1]:
    last = modes[-1]
    d = [int(a[1]) - int(b[1]) for a, b in zip(by[m], by[last])]
    dc = [int(a[3]) - int(b[3]) for a, b in zip(by[m], by[last])]
    print(f"{m} - {last}, paired: to first test median {statistics.median(d)} ms, CPU median {statistics.median(dc)} ms")
EOF
  exit 0
fi

echo "== (a) first-use load: NativeWatchdog.start in $loads fresh JVMs"
for i in $(seq "$loads"); do java -cp "$cp" WatchdogBench load; done | tee "$work/load.txt"
python3 - "$work/load.txt" <<'EOF'
import statistics, sys
xs = sorted(float(l.split()[1]) for l in open(sys.argv[1]) if l.startswith("load-ms"))
print(f"load ms: n={len(xs)} median {statistics.median(xs):.1f} min {xs[0]:.1f} max {xs[-1]:.1f}")
EOF

echo "== (b) arm+disarm: $rounds rounds of $pairs pairs after 2M warm-up pairs"
java -cp "$cp" WatchdogBench armdisarm "$rounds" "$pairs" | tee "$work/armdisarm.txt"
python3 - "$work/armdisarm.txt" <<'EOF'
import statistics, sys
xs = sorted(float(l.split()[1]) for l in open(sys.argv[1]) if l.startswith("armdisarm-ns"))
print(f"arm+disarm ns/pair: median {statistics.median(xs):.1f} min {xs[0]:.1f} max {xs[-1]:.1f}")
EOF

echo "== (c) kill lateness: $samples child JVMs arm(${timeout_ms} ms) and sleep"
java -cp "$cp" WatchdogBench lateness "$samples" "$timeout_ms" "$cp" | tee "$work/lateness.txt"
python3 - "$work/lateness.txt" <<'EOF'
import statistics, sys
xs = sorted(float(l.split()[1]) for l in open(sys.argv[1]) if l.startswith("late-ms"))
p90 = xs[min(len(xs) - 1, int(round(0.9 * (len(xs) - 1))))]
print(f"kill lateness ms: n={len(xs)} median {statistics.median(xs):.2f} p90 {p90:.2f} min {xs[0]:.2f} max {xs[-1]:.2f}")
EOF
