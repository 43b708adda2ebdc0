#!/usr/bin/env bash
# Runs the whole invoker suite against STOCK Surefire/Failsafe, through maven-invoker-plugin 3.10.1 with
# the same conventions as provider/pom.xml (cloneProjectsTo, it-repo settings, itLib script variable).
# Used to check that the expectations and verify scripts agree with stock; retire-only checks are
# switched off with RETIRE_IT_STOCK=true. bad-workers* are left out (stock ignores retire.workers), and so
# are retire-* (retire.onFailure: stock reuses the poisoned JVM, so those expectations are retire's by design),
# junit3-only (retire refuses JUnit 3.8, stock runs it), adopt-* (they check that retire's extension ran),
# probe-* and bisect* (retire.sequence and retire:bisect exist only in retire).
#
#   src/it/lib/run-invoker-stock.sh [invoker.test pattern]      e.g. junit5-features
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${STOCK_HARNESS:-/tmp/retire-invoker-stock}"
rm -rf "$work"; mkdir -p "$work/src" "$work/provider"
cp -r "$here/.." "$work/src/it"
rm -rf "$work"/src/it/bad-workers* "$work"/src/it/retire-* "$work"/src/it/junit3-only "$work"/src/it/adopt-* "$work"/src/it/probe-* "$work"/src/it/bisect*
find "$work/src/it" -name pom.xml -print0 | xargs -0 perl -0pi -e \
  's#\s*<dependencies>\s*<dependency>\s*<groupId>io\.github\.retire</groupId>.*?</dependencies>##gs'
# The harness POM stands where provider/pom.xml does, so @project.basedir@/../src/it paths resolve.
cat > "$work/provider/pom.xml" <<'POM'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.retire</groupId>
  <artifactId>retire-it-stock-harness</artifactId>
  <version>0.1.0-SNAPSHOT</version>
  <packaging>pom</packaging>
  <properties>
    <surefire.version>3.5.4</surefire.version>
    <surefire36.version>3.6.0</surefire36.version>
    <junit5.version>5.11.4</junit5.version>
    <junit6.version>6.0.3</junit6.version>
  </properties>
  <build>
    <plugins>
      <plugin>
        <artifactId>maven-invoker-plugin</artifactId>
        <version>3.10.1</version>
        <configuration>
          <projectsDirectory>${project.basedir}/../src/it</projectsDirectory>
          <cloneProjectsTo>${project.build.directory}/it</cloneProjectsTo>
          <localRepositoryPath>${project.build.directory}/it-repo</localRepositoryPath>
          <settingsFile>${project.basedir}/../src/it/settings.xml</settingsFile>
          <pomIncludes><pomInclude>*/pom.xml</pomInclude></pomIncludes>
          <postBuildHookScript>verify</postBuildHookScript>
          <scriptVariables><itLib>${project.basedir}/../src/it/lib</itLib></scriptVariables>
          <showErrors>true</showErrors>
          <streamLogsOnFailures>false</streamLogsOnFailures>
        </configuration>
        <executions>
          <execution>
            <id>integration-test</id>
            <goals><goal>install</goal><goal>run</goal></goals>
          </execution>
        </executions>
      </plugin>
      <plugin><artifactId>maven-install-plugin</artifactId><version>3.1.3</version></plugin>
    </plugins>
  </build>
</project>
POM
extra=()
if [ $# -ge 1 ]; then extra=("-Dinvoker.test=$1"); fi
cd "$work/provider" && RETIRE_IT_STOCK=true mvn -B verify "${extra[@]}" 2>&1 | tee "$work/harness.log" | grep -E "Building:|Passed|FAILED|ERROR|Tests run:|BUILD" | grep -v "Tests run:.*Time elapsed" || true
