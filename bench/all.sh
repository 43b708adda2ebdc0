#!/usr/bin/env bash
# Runs every benchmark of docs/BENCHMARKS.md in sequence, once the machine is idle (no other Maven or
# Surefire JVM, 1-min load average below 0.5; polled every 30 s for up to 40 minutes).
# Not part of the Maven build; asserts nothing about speed.
#
#   bench/all.sh [--retire-version V] [--hardkill-jar PATH] [--no-wait]
#
# Output: bench/work/all-<date>/*.txt (one file per benchmark) plus the harness's CSVs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version=0.1.0-SNAPSHOT
jar=""
wait=1
while [ $# -gt 0 ]; do
  case "$1" in
    --retire-version) version="$2"; shift 2 ;;
    --hardkill-jar) jar="$2"; shift 2 ;;
    --no-wait) wait=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
out="$here/work/all-$(date +%Y%m%dT%H%M%S)"
mkdir -p "$out"

if [ "$wait" = 1 ]; then
  for i in $(seq 80); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    others=$(pgrep -f 'plexus-classworlds|surefire|WorkerMain' | wc -l || true)
    if [ "$others" = 0 ] && python3 -c "import sys; sys.exit(0 if $load < 0.5 else 1)"; then
      echo "idle: load $load at $(date +%T)"; break
    fi
    echo "waiting: load $load, $others other Maven/Surefire/worker processes ($(date +%T))"
    [ "$i" = 80 ] && echo "machine not idle after 40 minutes; measuring anyway"
    sleep 30
  done
fi

{ echo "date: $(date -Is)"; echo "retire version: $version"; uptime; nproc; java -version 2>&1 | head -1; } \
  | tee "$out/start.txt"

"$here/watchdog/run.sh" ${jar:+--jar "$jar"} 2>&1 | tee "$out/watchdog.txt"
python3 -u "$here/probes.py" timeout --retire-version "$version" 2>&1 | tee "$out/timeout.txt"
python3 -u "$here/probes.py" latency --retire-version "$version" 2>&1 | tee "$out/latency.txt"
"$here/run.sh" --mode isolation --rounds 3 --variants stock-f1-noreuse,retire-w1-onfail,stock-f1-reuse \
  --retire-version "$version" --work "$here/work/isolation" 2>&1 | tee "$out/isolation.txt"
"$here/run.sh" --retire-version "$version" --work "$here/work/allpass" 2>&1 | tee "$out/allpass.txt"
uptime | tee -a "$out/start.txt"
