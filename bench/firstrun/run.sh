#!/usr/bin/env bash
# One-off probe (see FirstRun.java): cost of a fresh JVM's first JUnit execution, launcher already created.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
r="$HOME/.m2/repository"
cp="$r/org/junit/platform/junit-platform-launcher/1.11.4/junit-platform-launcher-1.11.4.jar"
cp="$cp:$r/org/junit/platform/junit-platform-engine/1.11.4/junit-platform-engine-1.11.4.jar"
cp="$cp:$r/org/junit/platform/junit-platform-commons/1.11.4/junit-platform-commons-1.11.4.jar"
cp="$cp:$r/org/junit/jupiter/junit-jupiter-engine/5.11.4/junit-jupiter-engine-5.11.4.jar"
cp="$cp:$r/org/junit/jupiter/junit-jupiter-api/5.11.4/junit-jupiter-api-5.11.4.jar"
cp="$cp:$r/org/opentest4j/opentest4j/1.3.0/opentest4j-1.3.0.jar:$r/org/apiguardian/apiguardian-api/1.1.2/apiguardian-api-1.1.2.jar"
out="$here/../work/firstrun"
mkdir -p "$out"
javac -d "$out" -cp "$cp" "$here/FirstRun.java"
for i in $(seq "${1:-5}"); do java -cp "$out:$cp" FirstRun; done
