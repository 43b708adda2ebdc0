#!/usr/bin/env bash
# Runs one IT against STOCK Surefire/Failsafe (no retire) and prints the expected-outcomes lines.
#
#   src/it/lib/run-stock.sh <it-dir-name> [extra mvn args...]
#
# Copies src/it/<it> to ${STOCK_DIR:-/tmp/retire-stock}/<it>, replaces the @...@ invoker tokens with the
# versions below (and @project.basedir@ with this checkout's provider/, as the invoker has it, so
# that paths into src/it, such as the shared test fixtures in lib/fixtures, resolve), deletes the
# retire-provider plugin dependency, runs `mvn -B <invoker.goals> <extra>`
# into build.log and renders TEST-*.xml + the Results summary via Reports.groovy into
# expected-outcomes.stock.txt in the copy.
set -euo pipefail
it="$1"; shift
here="$(cd "$(dirname "$0")" && pwd)"
src="$here/../$it"
out="${STOCK_DIR:-/tmp/retire-stock}/$it"
rm -rf "$out"; mkdir -p "$(dirname "$out")"; cp -r "$src" "$out"
find "$out" -name pom.xml -print0 | xargs -0 sed -i \
  -e 's/@surefire\.version@/3.5.4/g' -e 's/@surefire36\.version@/3.6.0/g' \
  -e 's/@junit5\.version@/5.11.4/g' -e 's/@junit6\.version@/6.0.3/g' \
  -e 's/@project\.version@/0.1.0-SNAPSHOT/g' -e "s#@project\.basedir@#$(cd "$here/../../.." && pwd)/provider#g"
# drop <dependencies> blocks that hold the retire provider (plugin dependencies)
find "$out" -name pom.xml -print0 | xargs -0 perl -0pi -e \
  's#\s*<dependencies>\s*<dependency>\s*<groupId>io\.github\.retire</groupId>.*?</dependencies>##gs'
if grep -rq 'io.github.retire' "$out" --include=pom.xml; then echo "retire dependency still present" >&2; exit 2; fi
# retire's core extension (adopt-* ITs) goes too: stock is the build without it.
if [ -f "$out/.mvn/extensions.xml" ] && grep -q 'io.github.retire' "$out/.mvn/extensions.xml"; then rm "$out/.mvn/extensions.xml"; fi
goals=$(sed -n 's/^invoker\.goals\(\.1\)\? *= *//p' "$out/invoker.properties" | head -1)
props=()
spf=$(sed -n 's/^invoker\.systemPropertiesFile *= *//p' "$out/invoker.properties" | head -1)
if [ -n "$spf" ]; then
  while IFS= read -r line; do
    case "$line" in ''|'#'*) continue;; esac
    props+=("-D$(echo "${line%%=*}" | xargs)=$(echo "${line#*=}" | xargs)")
  done < "$out/$spf"
fi
reports=${REPORTS:-target/surefire-reports}
(cd "$out" && mvn -B $goals "${props[@]}" "$@" > build.log 2>&1) && echo "build: SUCCESS" >&2 || echo "build: FAILURE" >&2
groovy_jar=$(ls ~/.m2/repository/org/apache/groovy/groovy/*/groovy-*.jar | grep -v sources | head -1)
java -cp "$groovy_jar" groovy.ui.GroovyMain "$here/Reports.groovy" "$out" "$reports" > "$out/expected-outcomes.stock.txt"
cat "$out/expected-outcomes.stock.txt"
