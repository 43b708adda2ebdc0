#!/usr/bin/env bash
# Runs bench/params/project with stock maven-surefire-plugin 3.5.4 and with retire (profile `retire`),
# the same extra Maven arguments for both, and diffs what docs/COMPATIBILITY.md compares: the testcases'
# outcomes and the Results summary (src/it/lib/Reports.groovy), the files in the reports directory, what
# EnvTest printed about its JVM, and the build's error lines (times left out). Prints SAME or DIFF and
# the diff, then retire's warnings.
#
#   mvn -B install -DskipTests -Dinvoker.skip          # retire in the local repository first
#   bench/params/compare.sh NAME [mvn args...]         # e.g. compare.sh rerun -Dsurefire.rerunFailingTestsCount=2
#
# MVN (default `mvn -B`) may add -s/-Dmaven.repo.local; OUT (default /tmp/retire-params) keeps the two builds.
set -uo pipefail
name="$1"; shift
here="$(cd "$(dirname "$0")" && pwd)"
out="${OUT:-/tmp/retire-params}"
mvn_cmd=${MVN:-mvn -B}
groovy_jar=$(ls ~/.m2/repository/org/apache/groovy/groovy/*/groovy-*.jar | grep -v sources | head -1)
mkdir -p "$out"
for mode in stock retire; do
  d="$out/$name-$mode"; rm -rf "$d"; cp -r "$here/project" "$d"
  profile=""; [ "$mode" = retire ] && profile=-Pretire
  (cd "$d" && $mvn_cmd clean test $profile "$@" > build.log 2>&1; echo "exit=$?" > exit.txt)
  rep=target/surefire-reports
  {
    cat "$d/exit.txt"
    java -cp "$groovy_jar" groovy.ui.GroovyMain "$here/../../src/it/lib/Reports.groovy" "$d" "$rep" 2>&1 | grep -v '^#'
    ls "$d/$rep" 2>/dev/null | sed -E 's/[0-9]{4}-[0-9-]+T[0-9_-]+/DATE/' | sort
    grep -rhoE 'ENV [^<]*' "$d/$rep" 2>/dev/null | sed -e "s#$d#BASE#g" | sort -u
    grep -E 'No tests|There was|BUILD|ERROR\] +[A-Z]' "$d/build.log" | grep -v 'retire\]' \
      | sed -e "s#$d#BASE#g" -e 's/Time elapsed: [0-9.]* s//' | sort -u
  } > "$out/$name.$mode.txt"
done
if diff "$out/$name.stock.txt" "$out/$name.retire.txt" > "$out/$name.diff"; then
  echo "SAME $name"
else
  echo "DIFF $name"; cat "$out/$name.diff"
fi
grep -h 'WARNING\] \[retire\]' "$out/$name-retire/build.log" | sort -u
