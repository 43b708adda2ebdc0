#!/usr/bin/env bash
# Native watchdog micro-benchmarks (hardkill-native through io.github.retire.hardkill.NativeWatchdog).
# Not part of the Maven build; asserts nothing about speed. See docs/BENCHMARKS.md.
#
#   bench/watchdog/run.sh [--jar PATH] [--loads N] [--rounds R] [--pairs P] [--samples S] [--timeout-ms T]
#
# --jar defaults to hardkill-native/target/retire-hardkill-0.1.0-SNAPSHOT.jar (build it first:
# mvn -B install -DskipTests -Dinvoker.skip). jffi 1.4.3 (+ native) comes from ~/.m2.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
jar="$repo/hardkill-native/target/retire-hardkill-0.1.0-SNAPSHOT.jar"
loads=10 rounds=5 pairs=5000000 samples=20 timeout_ms=500
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --loads) loads="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --pairs) pairs="$2"; shift 2 ;;
    --samples) samples="$2"; shift 2 ;;
    --timeout-ms) timeout_ms="$2"; shift 2 ;;
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
