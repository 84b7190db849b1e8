#!/usr/bin/env bash
# plumbline:serve latency: save -> updated picture for a one-view change in the seed model.
#
#   bench/serve.sh              build the plugin (./mvnw -o package, nothing installed), then measure
#   bench/serve.sh --no-build   use diagram-plugin/target as it is
#
# Environment: BENCH_JAVA (a JDK 21+ java), SERVE_EDITS (default 20). Prints "key value" lines on stdout (for
# bench/run.sh to collect) and the detail on stderr. Scratch files go to bench/work/serve/ (git-ignored).
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "$0")/.." && pwd)
W=$ROOT/bench/work/serve
JAVA=${BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
EDITS=${SERVE_EDITS:-20}
BUILD=1
for arg in "$@"; do
  case $arg in
    --no-build) BUILD=0 ;;
    *) echo "unknown option $arg (use --no-build)" >&2; exit 2 ;;
  esac
done
[[ -x $JAVA ]] || { echo "bench/serve.sh: no java at $JAVA (set BENCH_JAVA to a JDK 21+ java)" >&2; exit 1; }

rm -rf "$W"
mkdir -p "$W"
if (( BUILD )); then
  (cd "$ROOT" && ./mvnw -o -q package -DskipTests -Dinvoker.skip=true -pl diagram-plugin -am) >"$W/build.log" 2>&1 \
    || { tail -30 "$W/build.log" >&2; echo "bench/serve.sh: build failed" >&2; exit 1; }
fi
PLUGIN_JAR=$(ls "$ROOT"/diagram-plugin/target/plumbline-maven-plugin-*.jar 2>/dev/null | grep -v -- '-sources' | head -1)
[[ -n $PLUGIN_JAR ]] || { echo "bench/serve.sh: no plugin jar in diagram-plugin/target: run without --no-build" >&2; exit 1; }
MODEL_JAR=$(ls "$ROOT"/model/target/plumbline-model-*.jar 2>/dev/null | grep -v -- '-sources' | head -1)
(cd "$ROOT" && ./mvnw -o -q dependency:build-classpath -pl diagram-plugin -DincludeScope=runtime \
  -Dmdep.outputFile="$W/classpath.txt") >"$W/classpath.log" 2>&1 \
  || { tail -20 "$W/classpath.log" >&2; echo "bench/serve.sh: no classpath" >&2; exit 1; }
# this checkout's model module, not whichever plumbline-model ~/.m2 holds
CP=$PLUGIN_JAR:${MODEL_JAR:+$MODEL_JAR:}$(tr ':' '\n' <"$W/classpath.txt" | grep -v '/plumbline-model-' | paste -sd:)

cp -r "$ROOT/model/src/main/resources/plumbline/workspaces" "$W/seed"
echo "== serve: save -> updated picture, $EDITS edits of one view's title in the seed model" >&2
echo "   machine: $(nproc) cores, load average before $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# the Mojo's worker flags (dev.plumbline.maven.WorkerProcess); ServeLatency keeps the worker's stdin open, as Maven does
"$JAVA" -cp "$CP" "$ROOT/bench/ServeLatency.java" "$W/seed" event-registration-platform.dsl "$EDITS" \
  -Xss4m -XX:+UseSerialGC -Djava.awt.headless=true | tee "$W/result.txt"
echo "serve_load_after $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$W/result.txt"
echo "   load average after $(cut -d' ' -f1-3 /proc/loadavg); target: save -> updated picture <= 500 ms" >&2
