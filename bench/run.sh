#!/usr/bin/env bash
# Benchmark harness for retire: stock Surefire vs the retire provider on a generated project.
# Prerequisite: retire installed in ~/.m2 (mvn -B install -DskipTests at the repository root).
# Usage: bench/run.sh [--smoke] [--mode allpass|isolation] [--classes N] [--tests M] [--rounds R] ...
#        bench/run.sh --help
# Not part of the Maven build; it measures, it asserts nothing about speed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v python3 >/dev/null || { echo "bench/run.sh needs python3 (3.9+)" >&2; exit 2; }
command -v mvn >/dev/null || { echo "bench/run.sh needs mvn on the PATH" >&2; exit 2; }
exec python3 -u "$here/bench.py" "$@"
