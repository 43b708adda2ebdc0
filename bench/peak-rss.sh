#!/usr/bin/env bash
# Usage: bench/peak-rss.sh <project dir> <mvn args...>
# Runs mvn in the project and prints its exit status, wall time, and the peak RSS (VmHWM, sampled every
# 0.2 s) of the largest Surefire fork (stock's fork, or retire's supervisor) and retire worker whose
# working directory is that project: other builds on the machine are not counted.
# Used for docs/BENCHMARKS.md, "Supervisor memory (issue 15)".
dir="$1"; shift
dir=$(cd "$dir" && pwd); cd "$dir"
start=$(date +%s.%N)
mvn "$@" > build.log 2>&1 &
m=$!
fork=0; worker=0
while kill -0 $m 2>/dev/null; do
  for p in /proc/[0-9]*; do
    [ "$(readlink $p/cwd 2>/dev/null)" = "$dir" ] || continue
    cmd=$(tr '\0' ' ' < $p/cmdline 2>/dev/null) || continue
    case "$cmd" in
      *surefirebooter*) kind=fork;; *io.github.retire.booter.WorkerMain*) kind=worker;; *) continue;;
    esac
    hwm=$(awk '/VmHWM/ {print $2}' $p/status 2>/dev/null); [ -n "$hwm" ] || continue
    if [ $kind = fork ] && [ $hwm -gt $fork ]; then fork=$hwm; fi
    if [ $kind = worker ] && [ $hwm -gt $worker ]; then worker=$hwm; fi
  done
  sleep 0.2
done
wait $m; rc=$?
end=$(date +%s.%N)
echo "rc=$rc wall_s=$(echo "$end - $start" | bc) fork_peak_mb=$((fork/1024)) worker_peak_mb=$((worker/1024)) $(grep -a 'Tests run:.*Skipped: [0-9]*$' build.log | tail -1 | cut -c1-100)"
