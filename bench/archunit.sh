#!/usr/bin/env bash
# The model-driven ArchUnit rules on a large real jar from Maven Central, against ArchUnit's own import of that jar.
#
#   bench/archunit.sh                 builds plumbline-archunit (not timed), measures, prints the figures
#   BENCH_JAR=<path to a jar> ...     another jar (default: plantuml-mit, fetched into ~/.m2 if missing)
#   BENCH_REPS=n                      timed repetitions per size (median reported; default 5)
#
# Scratch files go to bench/work/archunit (git-ignored). Record the figures in bench/README.md by hand.
set -euo pipefail
export LC_ALL=C
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
W=$ROOT/bench/work/archunit
JAVA=${BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVAC=$(dirname "$JAVA")/javac
PLANTUML=$(sed -n 's:.*<plantuml.version>\(.*\)</plantuml.version>.*:\1:p' pom.xml)
JAR=${BENCH_JAR:-$HOME/.m2/repository/net/sourceforge/plantuml/plantuml-mit/$PLANTUML/plantuml-mit-$PLANTUML.jar}
if [[ ! -f $JAR ]]; then
  ./mvnw -B -ntp -q dependency:get -Dartifact=net.sourceforge.plantuml:plantuml-mit:"$PLANTUML" -Dtransitive=false
fi
rm -rf "$W"
mkdir -p "$W/classes"
./mvnw -B -ntp -q -o -pl archunit -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$W/classpath.txt" -DincludeScope=runtime >/dev/null
CP=$ROOT/archunit/target/classes:$(cat "$W/classpath.txt")
"$JAVAC" -d "$W/classes" -cp "$CP" bench/ArchUnitRules.java
printf 'jar: %s (%s bytes)\njava: %s\n' "$JAR" "$(stat -c %s "$JAR")" "$("$JAVA" -version 2>&1 | head -1)"
"$JAVA" -Xmx4g -cp "$CP:$W/classes" ArchUnitRules "$JAR" "$W" "${BENCH_REPS:-5}"
