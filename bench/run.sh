#!/usr/bin/env bash
# Plumbline benchmark: the plugin against the peer CLIs on the same diagram files, in one run.
#
#   bench/run.sh                  build the plugin, measure everything, print the table, rewrite bench/README.md
#   bench/run.sh --no-build       use the plugin already installed in ~/.m2 (after ./mvnw install)
#   bench/run.sh --no-readme      print only; leave bench/README.md alone
#
# Environment: BENCH_STRIDE=n times the one-process-per-file CLIs on every n-th file only and scales the time up to all
# files (default 2; their cost is dominated by a JVM or browser start per file, so the sample is representative);
# BENCH_JAVA (a JDK 21+ java), BENCH_TOOLS (the folder holding mermaid-cli-12.* and chromium-*; default
# ~/.cache/plumbline, where the plugin installs them); BENCH_BASELINE_JAR (a plugin jar of an earlier version, e.g. main's,
# to time its cold generate in the same run as this one's: the "≥ 2× faster than today" ratio); BENCH_SYNTHETIC (the
# synthetic model sizes, default "1000 4000 16000"). Scratch files go to bench/work/ (git-ignored); the plugin is
# installed into bench/work/m2, a local repository that reads through to ~/.m2 but never writes to it.
# Speed is measured here and only here: never in a timed unit test.
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
BENCH=$ROOT/bench
W=$BENCH/work
BUILD=1
WRITE_README=1
for arg in "$@"; do
  case $arg in
    --no-build) BUILD=0 ;;
    --no-readme) WRITE_README=0 ;;
    *) echo "unknown option $arg (use --no-build, --no-readme)" >&2; exit 2 ;;
  esac
done
STRIDE=${BENCH_STRIDE:-2}
JAVA=${BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVAC=$(dirname "$JAVA")/javac
TOOLS=${BENCH_TOOLS:-$HOME/.cache/plumbline}
SEED=$ROOT/model/src/main/resources/plumbline/workspaces
# The worker JVM flags generate's Mojo uses (dev.plumbline.maven.WorkerProcess and GenerateMojo), its class-data
# archive included (written by the first, untimed run).
WORKER_FLAGS=(-Xss4m -XX:+UseSerialGC -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -XX:+AutoCreateSharedArchive
  -XX:SharedArchiveFile="$W/worker.jsa" -Xlog:cds*=off)

say() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

[[ -x $JAVA ]] || die "no java at $JAVA (set BENCH_JAVA to a JDK 21+ java)"
command -v node >/dev/null || die "Node.js is needed for the Mermaid measurements"
[[ -x /usr/bin/time ]] || die "/usr/bin/time is needed (Debian: apt-get install time)"
START_EPOCH=$(date +%s)

# The private local repository survives a --no-build run; everything else is measured afresh.
find "$W" -mindepth 1 -maxdepth 1 ! -name m2 -exec rm -rf {} + 2>/dev/null || true
mkdir -p "$W"/times
M2=(-Dmaven.repo.local="$W/m2" -Dmaven.repo.local.tail="$HOME/.m2/repository")

# ---------------------------------------------------------------------------------------------------------------------
# Timing. Every measurement is one process tree timed by /usr/bin/time: wall seconds, and CPU seconds (user + sys of
# the process and every child it waited for, browsers and child JVMs included).

declare -A WALL CPU
# The CPU count misses processes their parent never reaps: the plugin's browser (killed with its render server) is not
# counted, so CPU figures of runs that start a browser are lower bounds and only wall times compare there.
# timed <key> <log> <command...>: runs, fails the bench if the command fails (exit codes in $TIMED_OK also pass).
timed() {
  local key=$1 log=$2 status=0
  shift 2
  /usr/bin/time -f '%e %U %S' -o "$W/times/$key" "$@" >"$log" 2>&1 || status=$?
  if (( status != 0 )) && [[ " ${TIMED_OK:-} " != *" $status "* ]]; then
    tail -20 "$log" >&2
    die "$key failed (exit $status); its output is in $log"
  fi
  # /usr/bin/time adds a "Command exited with non-zero status" line before its figures.
  tail -1 "$W/times/$key" >"$W/times/$key.last" && mv "$W/times/$key.last" "$W/times/$key"
  read -r wall user sys <"$W/times/$key"
  WALL[$key]=$wall
  CPU[$key]=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  printf '   %-24s %8.2f s wall %8.2f s CPU\n' "$key" "$wall" "${CPU[$key]}" >&2
}

calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }

# ---------------------------------------------------------------------------------------------------------------------
say "machine"
CORES=$(nproc)
CPU_MODEL=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
MEM_GB=$(awk '/MemTotal/ { printf "%.0f", $2 / 1024 / 1024 }' /proc/meminfo)
JAVA_VERSION=$("$JAVA" -version 2>&1 | awk -F'"' 'NR == 1 { print $2 }')
NODE_VERSION=$(node --version)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "$CORES cores ($CPU_MODEL), $MEM_GB GB, Linux $(uname -r), JDK $JAVA_VERSION, Node.js $NODE_VERSION," \
  "load average $LOAD_BEFORE" >&2

if (( BUILD )); then
  say "build (not timed): ./mvnw -o -q install -DskipTests -Dinvoker.skip=true -pl diagram-plugin -am, into $W/m2"
  (cd "$ROOT" && ./mvnw -o -q install "${M2[@]}" -DskipTests -Dinvoker.skip=true -pl diagram-plugin -am) >"$W/build.log" 2>&1 \
    || { tail -30 "$W/build.log" >&2; die "build failed"; }
fi
PLUGIN_JAR=$(ls "$ROOT"/diagram-plugin/target/plumbline-maven-plugin-*.jar 2>/dev/null | head -1)
PLUGIN_VERSION=$(basename "${PLUGIN_JAR:-x-0}" .jar | sed 's/^plumbline-maven-plugin-//')
[[ -n $PLUGIN_JAR ]] || die "no plugin jar in diagram-plugin/target: run without --no-build"
(cd "$ROOT" && ./mvnw -o -q "${M2[@]}" dependency:build-classpath -pl diagram-plugin -DincludeScope=runtime \
  -Dmdep.outputFile="$W/classpath.txt") >"$W/classpath.log" 2>&1 || { tail -20 "$W/classpath.log" >&2; die "no classpath"; }
CP=$PLUGIN_JAR:$(cat "$W/classpath.txt")
PLANTUML_JAR=$(tr ':' '\n' <"$W/classpath.txt" | grep '/plantuml-mit-[^/]*\.jar$' | head -1)
[[ -f $PLANTUML_JAR ]] || die "plantuml-mit is not on the plugin's classpath"
PLANTUML_VERSION=$(basename "$PLANTUML_JAR" .jar | sed 's/^plantuml-mit-//')
mkdir -p "$W/classes"
"$JAVAC" -d "$W/classes" -cp "$CP" "$BENCH/RenderPhase.java"

say "tools (mermaid-cli and browser, installed once by the plugin; reused so no timed run includes an npm install)"
find_tools() {
  MERMAID_CLI=$(ls -d "$TOOLS"/mermaid-cli-12.* 2>/dev/null | sort -V | tail -1 || true)
  BROWSER=$(ls "$TOOLS"/chromium-*/browser/chromium 2>/dev/null | sort -V | tail -1 || true)
  [[ -n $BROWSER ]] || BROWSER=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
}
find_tools
if [[ -z $MERMAID_CLI || -z $BROWSER ]]; then
  echo "   not installed yet: letting the plugin install them into $TOOLS (not timed)" >&2
  "$JAVA" "${WORKER_FLAGS[@]}" -cp "$CP" dev.plumbline.diagrams.generate.GenerateCommand --out "$W/install-out" \
    --cache "$TOOLS" --fail-on-missing-renderer true "$SEED/plumbline.dsl" >"$W/install.log" 2>&1 \
    || { tail -20 "$W/install.log" >&2; die "the plugin could not install mermaid-cli and a browser"; }
  find_tools
fi
MMDC=$MERMAID_CLI/node_modules/.bin/mmdc
[[ -x $MMDC && -x $BROWSER ]] || die "no mmdc ($MMDC) or browser ($BROWSER)"
MMDC_VERSION=$("$MMDC" --version)
echo "   mermaid-cli $MMDC_VERSION: $MERMAID_CLI; browser: $BROWSER; PlantUML $PLANTUML_VERSION: $PLANTUML_JAR" >&2
# The same browser flags as the plugin's render server (render-server.mjs).
cat >"$W/puppeteer.json" <<EOF
{"executablePath": "$BROWSER", "headless": "shell",
 "args": ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--font-render-hinting=none",
          "--js-flags=--max-opt=2"]}
EOF
PLUGIN_TOOLS=(--mermaid-cli "$MERMAID_CLI" --browser "$BROWSER")

# ---------------------------------------------------------------------------------------------------------------------
say "common input: the .puml and .mmd files the plugin generates from the seed model"
timed export "$W/export.log" "$JAVA" "${WORKER_FLAGS[@]}" -cp "$CP" dev.plumbline.diagrams.generate.GenerateCommand \
  --out "$W/input" --formats puml,mmd "$SEED"
mapfile -t PUML < <(find "$W/input" -name '*.puml' | sort)
mapfile -t MMD < <(find "$W/input" -name '*.mmd' | sort)
(( ${#PUML[@]} > 0 && ${#MMD[@]} > 0 )) || die "the export produced no diagrams"
echo "   ${#PUML[@]} .puml + ${#MMD[@]} .mmd files" >&2
sample() { local i; for (( i = 0; i < $#; i += STRIDE )); do local n=$(( i + 1 )); echo "${!n}"; done; }
mapfile -t PUML_SAMPLE < <(sample "${PUML[@]}")
mapfile -t MMD_SAMPLE < <(sample "${MMD[@]}")

say "warm-up and heap (not timed): the worker under -Xmx512m for itself and its PlantUML JVMs, GC logs on"
mkdir -p "$W/gc"
WORKER_PID_FILE=$W/gc/worker.pid
(
  export JAVA_TOOL_OPTIONS="-Xmx512m -Xlog:gc,gc+exit:file=$W/gc/gc-%p.log"
  "$JAVA" "${WORKER_FLAGS[@]}" -cp "$CP" dev.plumbline.diagrams.generate.GenerateCommand --out "$W/heap-out" \
    --cache "$W/heap-cache" "${PLUGIN_TOOLS[@]}" --fail-on-missing-renderer true "$SEED" <&0 >"$W/heap.log" 2>&1 &
  echo $! >"$WORKER_PID_FILE"
  wait $!
) || { tail -20 "$W/heap.log" >&2; die "the worker failed under -Xmx512m"; }
# Heap in use at each GC (before it) and at exit (young + old); "live" is the largest occupancy right after a GC.
heap_of() {
  awk '
    / Pause / && match($0, /[0-9]+M->[0-9]+M/) {
      split(substr($0, RSTART, RLENGTH), a, /M->|M/); if (a[1] > peak) peak = a[1]; if (a[2] > live) live = a[2] }
    /DefNew|Tenured/ && match($0, /used [0-9]+K/) { atexit += substr($0, RSTART + 5, RLENGTH - 6) / 1024 }
    END { if (atexit > peak) peak = atexit; printf "%.0f %.0f\n", peak, live }' "$1"
}
WORKER_PID=$(cat "$WORKER_PID_FILE")
[[ -f $W/gc/gc-$WORKER_PID.log ]] || die "no GC log of the worker JVM in $W/gc"
read -r HEAP_WORKER LIVE_WORKER < <(heap_of "$W/gc/gc-$WORKER_PID.log")
HEAP_CHILD=0 LIVE_CHILD=0 CHILD_JVMS=0
for log in "$W"/gc/gc-*.log; do
  [[ $log == "$W/gc/gc-$WORKER_PID.log" ]] && continue
  read -r peak live < <(heap_of "$log")
  CHILD_JVMS=$(( CHILD_JVMS + 1 ))
  (( peak > HEAP_CHILD )) && HEAP_CHILD=$peak
  (( live > LIVE_CHILD )) && LIVE_CHILD=$live
done
echo "   worker JVM: peak $HEAP_WORKER MB (live $LIVE_WORKER MB); $CHILD_JVMS PlantUML JVMs: peak $HEAP_CHILD MB each at most" >&2
# The PlantUML JVMs' class-data archive is a tool the plugin writes once per plugin version, JDK and class path, like
# the mermaid-cli it installs once: every timed run gets an empty render cache with the warm-up's archive in it.
TOOL_CDS=$W/tool-cds
rm -rf "$TOOL_CDS" && mkdir -p "$TOOL_CDS"
cp "$W"/heap-cache/cds/*.jsa "$TOOL_CDS"/ 2>/dev/null || echo "   no class-data archive from the warm-up" >&2
fresh_cache() { # fresh_cache <dir>: an empty render cache holding the tools' archives
  rm -rf "$1" && mkdir -p "$1/cds" && cp -r "$TOOL_CDS"/. "$1/cds"/
}

# ---------------------------------------------------------------------------------------------------------------------
say "the plugin, cold render cache"
MVN_TS=(-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)
mvn_site() { # mvn_site <key> <out> <cache>
  timed "$1" "$W/$1.log" "$ROOT/mvnw" -o "${M2[@]}" -f "$ROOT/pom.xml" -pl site package "${MVN_TS[@]}" \
    -Dplumbline.outputDirectory="$2" -Dplumbline.cacheDirectory="$3" \
    -Dplumbline.mermaidCli="$MERMAID_CLI" -Dplumbline.browser="$BROWSER"
}
# Seconds from Maven's "--- plumbline:...:generate" header (before it loads the plugin) to the next mojo's header, or
# to BUILD SUCCESS when generate is the last.
mojo_seconds() {
  awk '
    function ms(t,  p) { split(t, p, /[:.]/); return ((p[1] * 60 + p[2]) * 60 + p[3]) * 1000 + p[4] }
    /--- plumbline:[^ ]*:generate/ { start = ms($1); next }
    start && !end && (/\[INFO\] --- / || /BUILD SUCCESS/) { end = ms($1) }
    END { if (!start || !end) exit 1; d = end - start; if (d < 0) d += 86400000; printf "%.2f\n", d / 1000 }' "$1"
}
# The plugin's class path under Maven is another archive's: one untimed Maven run writes it.
mvn_site mvn_prime "$W/mvn-prime-out" "$W/mvn-prime-cache"
cp "$W"/mvn-prime-cache/cds/*.jsa "$TOOL_CDS"/ 2>/dev/null || true
fresh_cache "$W/mvn-cache"
mvn_site mvn_cold "$W/mvn-out" "$W/mvn-cache"
MOJO_COLD=$(mojo_seconds "$W/mvn_cold.log")
grep -q ' 0 from cache, 0 failed' "$W/mvn_cold.log" || die "the cold Maven run used a cache or failed: $W/mvn_cold.log"
echo "   of which plumbline:generate: $MOJO_COLD s" >&2

say "no-op re-run (same outputs and cache): three runs, median"
NOOPS=()
for i in 1 2 3; do
  mvn_site "mvn_noop_$i" "$W/mvn-out" "$W/mvn-cache"
  grep -q 'Diagrams are up to date' "$W/mvn_noop_$i.log" || die "re-run $i was not a no-op: $W/mvn_noop_$i.log"
  NOOPS+=("$(mojo_seconds "$W/mvn_noop_$i.log")")
done
MOJO_NOOP=$(printf '%s\n' "${NOOPS[@]}" | sort -n | sed -n 2p)
NOOP_KEY=$(for i in 1 2 3; do echo "${WALL[mvn_noop_$i]} mvn_noop_$i"; done | sort -n | sed -n 2p | cut -d' ' -f2)
echo "   plumbline:generate no-op: ${NOOPS[*]} s (median $MOJO_NOOP s)" >&2

say "the worker alone (java -cp <plugin classpath> GenerateCommand), cold render cache${BENCH_BASELINE_JAR:+, against $BENCH_BASELINE_JAR}"
# With a baseline jar both run interleaved, three rounds, medians; the baseline with the worker flags of its day (C2).
# BENCH_BASELINE_MAIN: its GenerateCommand (default: where it lived before the packages were split by capability).
BASE_FLAGS=(-Xss4m -XX:+UseSerialGC -Djava.awt.headless=true)
for round in 1 2 3; do
  rm -rf "$W/worker-out" && fresh_cache "$W/worker-cache"
  timed "worker_cold_r$round" "$W/worker_cold_r$round.log" "$JAVA" "${WORKER_FLAGS[@]}" -cp "$CP" \
    dev.plumbline.diagrams.generate.GenerateCommand --out "$W/worker-out" --cache "$W/worker-cache" "${PLUGIN_TOOLS[@]}" \
    --fail-on-missing-renderer true "$SEED"
  if [[ -n ${BENCH_BASELINE_JAR:-} ]]; then
    rm -rf "$W/baseline-out" "$W/baseline-cache"
    timed "baseline_cold_r$round" "$W/baseline_cold_r$round.log" "$JAVA" "${BASE_FLAGS[@]}" \
      -cp "$BENCH_BASELINE_JAR:$(cat "$W/classpath.txt")" "${BENCH_BASELINE_MAIN:-dev.plumbline.diagrams.GenerateCommand}" \
      --out "$W/baseline-out" --cache "$W/baseline-cache" "${PLUGIN_TOOLS[@]}" --fail-on-missing-renderer true "$SEED"
  fi
done

say "the plugin's Mermaid renderer alone on the common input (bench/RenderPhase.java: one JVM, generate's settings)"
timed render_mermaid "$W/render_mermaid.log" "$JAVA" -cp "$CP:$W/classes" RenderPhase mermaid "$W/rp-mmd" \
  "$MERMAID_CLI" "$BROWSER" "${MMD[@]}"
# The same, then every file again on the warm pages: the cost per diagram once warm, and the same bytes both times.
timed render_mermaid_warm "$W/render_mermaid_warm.log" "$JAVA" -Dbench.warm=true -cp "$CP:$W/classes" RenderPhase \
  mermaid "$W/rp-mmd-warm" "$MERMAID_CLI" "$BROWSER" "${MMD[@]}"

# ---------------------------------------------------------------------------------------------------------------------
say "PlantUML: the plugin's renderer alone (RenderPhase) against the CLI ($PLANTUML_VERSION, Smetana like the plugin)"
PLANTUML_CLI=("$JAVA" -jar "$PLANTUML_JAR" --svg --pragma layout=smetana)
per_file_plantuml() { local out=$1 f; shift; for f; do "${PLANTUML_CLI[@]}" --output-dir "$out" "$f" || return 1; done; }
timed plantuml_per_file "$W/plantuml_per_file.log" bash -c "$(declare -p PLANTUML_CLI); $(declare -f per_file_plantuml);
  per_file_plantuml \"\$@\"" _ "$W/pf-puml" "${PUML_SAMPLE[@]}"
# The plugin's PlantUML renderer and the one-JVM CLI take seconds each, so load from other processes on the machine
# moves them more than anything else: they run interleaved, three rounds, and each reports its median round.
for round in 1 2 3; do
  timed "render_plantuml_r$round" "$W/render_plantuml_r$round.log" "$JAVA" -cp "$CP:$W/classes" RenderPhase plantuml \
    "$W/rp-puml" "${PUML[@]}"
  timed "plantuml_one_jvm_r$round" "$W/plantuml_one_jvm_r$round.log" "${PLANTUML_CLI[@]}" --output-dir "$W/one-puml" \
    "${PUML[@]}"
  timed "plantuml_one_jvm_threads_r$round" "$W/plantuml_one_jvm_threads_r$round.log" "${PLANTUML_CLI[@]}" \
    --threads auto --output-dir "$W/one-puml-threads" "${PUML[@]}"
  timed "render_plantuml_pool2_r$round" "$W/render_plantuml_pool2_r$round.log" "$JAVA" -Dbench.pool=2 \
    -cp "$CP:$W/classes" RenderPhase plantuml "$W/rp-puml-pool2" "${PUML[@]}"
done
# Once warm: the same files three times through one renderer; the last round's time per diagram.
timed render_plantuml_warm "$W/render_plantuml_warm.log" "$JAVA" -Dbench.rounds=3 -cp "$CP:$W/classes" RenderPhase \
  plantuml "$W/rp-puml-warm" "${PUML[@]}"
PUML_WARM_MS=$(sed -n 's/^warm_ms=\([0-9]*\).*/\1/p' "$W/render_plantuml_warm.log")
# median_of <key>: WALL/CPU[<key>] and <key>.log from the round with the median wall time.
median_of() {
  local key=$1 best
  best=$(for r in 1 2 3; do echo "${WALL[${key}_r$r]} $r"; done | sort -n | sed -n 2p | cut -d' ' -f2)
  WALL[$key]=${WALL[${key}_r$best]}
  CPU[$key]=${CPU[${key}_r$best]}
  ROUNDS[$key]="${WALL[${key}_r1]} / ${WALL[${key}_r2]} / ${WALL[${key}_r3]}"
  cp "$W/${key}_r$best.log" "$W/$key.log"
}
declare -A ROUNDS
rounds() { echo ", median of 3 interleaved rounds (${ROUNDS[$1]} s)"; }
for key in render_plantuml plantuml_one_jvm plantuml_one_jvm_threads render_plantuml_pool2 worker_cold; do median_of "$key"; done
if [[ -n ${BENCH_BASELINE_JAR:-} ]]; then
  median_of baseline_cold
  # same inputs, same tools: the outputs must be the same bytes
  diff -r "$W/baseline-out" "$W/worker-out" >"$W/baseline-diff.txt" || die "output differs from the baseline's: $W/baseline-diff.txt"
fi
[[ $(ls "$W/one-puml" | wc -l) -eq ${#PUML[@]} ]] || die "the PlantUML CLI did not write every SVG"

say "mermaid-cli $MMDC_VERSION (mmdc), the plugin's browser and flags"
per_file_mmdc() {
  local out=$1 f; shift; mkdir -p "$out"
  for f; do "$MMDC" -q -p "$PUPPETEER" -i "$f" -o "$out/$(basename "$f").svg" || return 1; done
}
timed mmdc_per_file "$W/mmdc_per_file.log" env MMDC="$MMDC" PUPPETEER="$W/puppeteer.json" bash -c \
  "$(declare -f per_file_mmdc); per_file_mmdc \"\$@\"" _ "$W/pf-mmd" "${MMD_SAMPLE[@]}"
for f in "${MMD[@]}"; do printf '## %s\n\n```mermaid\n%s\n```\n\n' "$(basename "$f")" "$(cat "$f")"; done >"$W/all.md"
mkdir -p "$W/md-mmd"
timed mmdc_markdown "$W/mmdc_markdown.log" "$MMDC" -q -p "$W/puppeteer.json" -i "$W/all.md" -o "$W/md-mmd/all.md"
[[ $(ls "$W/md-mmd"/*.svg | wc -l) -eq ${#MMD[@]} ]] || die "mmdc's Markdown mode did not write every SVG"

# ---------------------------------------------------------------------------------------------------------------------
say "synthetic workspaces: generate (worker, cold cache, PlantUML pool + Mermaid browser) at 1,000 and 4,000 elements"
# Systems of 20 elements (1 software system + 19 containers), a chain of relationships inside each system and one link
# to the next system, one container view per system (~21 elements): view size is bounded, so the layout work grows
# linearly with the model and anything worse than linear is the plugin's own.
synthetic_workspace() {
  local elements=$1 file=$2 systems=$(( $1 / 20 )) s c
  {
    printf 'workspace "Synthetic %d" "Generated by bench/run.sh." {\n  !impliedRelationships false\n  model {\n' "$elements"
    for (( s = 0; s < systems; s++ )); do
      printf '    s%d = softwareSystem "System %d" "Synthetic system %d." {\n' "$s" "$s" "$s"
      for (( c = 0; c < 19; c++ )); do
        printf '      s%dc%d = container "Service %d.%d" "Container %d of system %d." "Java %d"\n' \
          "$s" "$c" "$s" "$c" "$c" "$s" "$c"
      done
      printf '    }\n'
    done
    for (( s = 0; s < systems; s++ )); do
      for (( c = 0; c < 18; c++ )); do
        printf '    s%dc%d -> s%dc%d "Calls step %d" "HTTPS"\n' "$s" "$c" "$s" $(( c + 1 )) "$c"
      done
      printf '    s%dc18 -> s%d "Hands over to" "Kafka"\n' "$s" $(( (s + 1) % systems ))
    done
    printf '  }\n  views {\n'
    for (( s = 0; s < systems; s++ )); do
      printf '    container s%d "synthetic-%d" {\n      title "System %d: containers"\n      include *\n    }\n' \
        "$s" "$s" "$s"
    done
    printf '  }\n}\n'
  } >"$file"
}
# Every synthetic run is under -Xmx512m for the worker and each of its PlantUML JVMs, with GC logs: memory is checked
# throughout, not only on the seed model.
read -r -a SIZES <<<"${BENCH_SYNTHETIC:-1000 4000 16000}"
declare -A SYN_VIEWS SYN_HEAP
for n in "${SIZES[@]}"; do
  mkdir -p "$W/synthetic-$n" "$W/gc-synthetic-$n"
  synthetic_workspace "$n" "$W/synthetic-$n/synthetic-$n.dsl"
  fresh_cache "$W/synthetic-$n-cache"
  JAVA_TOOL_OPTIONS="-Xmx512m -Xlog:gc,gc+exit:file=$W/gc-synthetic-$n/gc-%p.log" \
    timed "synthetic_$n" "$W/synthetic_$n.log" "$JAVA" "${WORKER_FLAGS[@]}" -cp "$CP" dev.plumbline.diagrams.generate.GenerateCommand \
    --out "$W/synthetic-$n-out" --cache "$W/synthetic-$n-cache" "${PLUGIN_TOOLS[@]}" --fail-on-missing-renderer true \
    "$W/synthetic-$n"
  SYN_VIEWS[$n]=$(grep -o '[0-9]* views,' "$W/synthetic_$n.log" | tail -1 | cut -d' ' -f1)
  peak=0
  for log in "$W/gc-synthetic-$n"/gc-*.log; do read -r p _ < <(heap_of "$log"); (( p > peak )) && peak=$p; done
  SYN_HEAP[$n]=$peak
done
LARGEST=${SIZES[-1]}
# The no-op re-run of the largest, through Maven as a user runs it: a one-module project using generate on it. Its
# first run (untimed) finds every image in the render cache the worker run above filled, and records the fingerprint.
cat >"$W/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>synthetic</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>dev.plumbline</groupId><artifactId>plumbline-maven-plugin</artifactId><version>$PLUGIN_VERSION</version>
    <executions><execution><goals><goal>generate</goal></goals><phase>generate-resources</phase></execution></executions>
  </plugin></plugins></build>
</project>
POM
syn_mvn() { # syn_mvn <key> [<workspaces> <out> <cache>]
  timed "$1" "$W/$1.log" "$ROOT/mvnw" -o "${M2[@]}" -f "$W/pom.xml" generate-resources "${MVN_TS[@]}" \
    -Dplumbline.jdk="$(dirname "$(dirname "$JAVA")")" -Dplumbline.workspaces="${2:-$W/synthetic-$LARGEST}" \
    -Dplumbline.outputDirectory="${3:-$W/synthetic-mvn-out}" -Dplumbline.cacheDirectory="${4:-$W/synthetic-$LARGEST-cache}" \
    -Dplumbline.mermaidCli="$MERMAID_CLI" -Dplumbline.browser="$BROWSER"
}
syn_mvn synthetic_mvn_prime
SYN_NOOPS=()
for i in 1 2 3; do
  syn_mvn "synthetic_noop_$i"
  grep -q 'Diagrams are up to date' "$W/synthetic_noop_$i.log" || die "synthetic re-run $i was not a no-op: $W/synthetic_noop_$i.log"
  SYN_NOOPS+=("$(mojo_seconds "$W/synthetic_noop_$i.log")")
done
SYN_NOOP=$(printf '%s\n' "${SYN_NOOPS[@]}" | sort -n | sed -n 2p)
# The floor under any no-op of this pom: the same no-op on a one-view workspace is Maven resolving the plugin's
# dependencies and loading it in a fresh JVM, with next to nothing to fingerprint.
mkdir -p "$W/one-view"
printf 'workspace {\n  model {\n    u = person "User"\n    s = softwareSystem "System"\n    u -> s "Uses"\n  }\n  views {\n    systemContext s "one" {\n      include *\n    }\n  }\n}\n' \
  >"$W/one-view/one.dsl"
syn_mvn one_view_prime "$W/one-view" "$W/one-view-out" "$W/one-view-cache"
ONE_NOOPS=()
for i in 1 2 3; do
  syn_mvn "one_view_noop_$i" "$W/one-view" "$W/one-view-out" "$W/one-view-cache"
  grep -q 'Diagrams are up to date' "$W/one_view_noop_$i.log" || die "one-view re-run $i was not a no-op: $W/one_view_noop_$i.log"
  ONE_NOOPS+=("$(mojo_seconds "$W/one_view_noop_$i.log")")
done
ONE_NOOP=$(printf '%s\n' "${ONE_NOOPS[@]}" | sort -n | sed -n 2p)
PLUGIN_ARTIFACTS=$(tr ':' '\n' <"$W/classpath.txt" | grep -c .)

# ---------------------------------------------------------------------------------------------------------------------
say "check: 1,000 Markdown diagram blocks against the seed workspaces"
HAVE_CHECK=0
if unzip -l "$PLUGIN_JAR" dev/plumbline/diagrams/check/CheckCommand.class >/dev/null 2>&1; then
  HAVE_CHECK=1
  # 1,000 blocks cycling through the generated diagrams (each carries its plumbline:view marker), 100 per file.
  SOURCES=("${PUML[@]}" "${MMD[@]}")
  mkdir -p "$W/check-docs"
  for (( b = 0; b < 1000; b++ )); do
    f=${SOURCES[$(( b % ${#SOURCES[@]} ))]}
    lang=plantuml; [[ $f == *.mmd ]] && lang=mermaid
    printf '## Block %d: %s\n\n```%s\n%s\n```\n\n' "$b" "$(basename "$f")" "$lang" "$(cat "$f")" \
      >>"$W/check-docs/doc-$(( b / 100 )).md"
  done
  # Exit 1 means findings; the timing still covers reading and comparing every block (the summary line is checked).
  TIMED_OK=1 timed check_1000 "$W/check_1000.log" "$JAVA" "${WORKER_FLAGS[@]}" -cp "$CP" dev.plumbline.diagrams.check.CheckCommand \
    --workspaces "$SEED" --docs "$W/check-docs" --formats console
  grep -q '1000 diagrams, 1000 matched' "$W/check_1000.log" || die "the check did not match 1,000 blocks: $W/check_1000.log"
  CHECK_SUMMARY=$(grep 'Plumbline: .* diagrams' "$W/check_1000.log" | tail -1 | sed 's/^\[INFO\] //')
  # PlantUML's own syntax check, one JVM per file, on 20 files spread over the corpus.
  CHECK_STRIDE=$(( (${#PUML[@]} + 19) / 20 ))
  mapfile -t CHECK_SAMPLE < <(for (( i = 0; i < ${#PUML[@]}; i += CHECK_STRIDE )); do echo "${PUML[$i]}"; done)
  check_per_file() { local f; for f; do "$JAVA" -jar "$PLANTUML_JAR" --check-syntax "$f" || return 1; done; }
  timed plantuml_check_per_file "$W/plantuml_check_per_file.log" env JAVA="$JAVA" PLANTUML_JAR="$PLANTUML_JAR" \
    bash -c "$(declare -f check_per_file); check_per_file \"\$@\"" _ "${CHECK_SAMPLE[@]}"
else
  echo "   not measured: dev.plumbline.diagrams.check.CheckCommand is not in the plugin yet" >&2
fi
# The preview's save-to-picture latency: bench/serve.sh on the plugin this run built, its "key value" lines read here.
SERVE_ROW=""
SERVE_TARGET=""
if [[ -f $BENCH/serve.sh ]]; then
  say "serve: bench/serve.sh"
  SERVE_OUT=$(BENCH_JAVA="$JAVA" bash "$BENCH/serve.sh" --no-build 2>"$W/serve.log") \
    || die "bench/serve.sh failed: $W/serve.log"
  sv() { awk -v k="$1" '$1 == k { print $2 }' <<<"$SERVE_OUT"; }
  SERVE_ROW="| plugin \`serve\`: save → updated picture, one view of the seed model ($(sv serve_edits) edits, \`bench/serve.sh\`) | PlantUML picture median $(sv serve_puml_median_ms) ms (max $(sv serve_puml_max_ms)); both pictures median $(sv serve_both_median_ms) ms (max $(sv serve_both_max_ms)); CPU per edit $(sv serve_cpu_per_edit_ms) ms | | |"
  SERVE_TARGET="| serve: save → updated picture ≤ 500 ms | both pictures $(sv serve_both_median_ms) ms median, $(sv serve_both_max_ms) ms max | $(awk "BEGIN { exit !($(sv serve_both_max_ms) <= 500) }" && echo met || echo "**missed**") |"
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
BENCH_SECONDS=$(( $(date +%s) - START_EPOCH ))

# ---------------------------------------------------------------------------------------------------------------------
# The figures. Per-file CLIs measured on a sample are scaled up to every file.
NP=${#PUML[@]} NM=${#MMD[@]} NPS=${#PUML_SAMPLE[@]} NMS=${#MMD_SAMPLE[@]}
scaled() { calc "$1 * $2 / $3"; }
PF_PUML_WALL=$(scaled "${WALL[plantuml_per_file]}" "$NP" "$NPS");  PF_PUML_CPU=$(scaled "${CPU[plantuml_per_file]}" "$NP" "$NPS")
PF_MMD_WALL=$(scaled "${WALL[mmdc_per_file]}" "$NM" "$NMS");       PF_MMD_CPU=$(scaled "${CPU[mmdc_per_file]}" "$NM" "$NMS")
PF_WALL=$(calc "$PF_PUML_WALL + $PF_MMD_WALL")
verdict() { awk "BEGIN { exit !($1) }" && echo met || echo "**missed**"; }
ratio() { calc "$1 / $2" 2; }

R_OVERALL=$(ratio "$PF_WALL" "${WALL[mvn_cold]}")
R_OVERALL_WORKER=$(ratio "$PF_WALL" "${WALL[worker_cold]}")
R_PUML=$(ratio "${WALL[plantuml_one_jvm]}" "${WALL[render_plantuml]}")
R_PUML_THREADS=$(ratio "${WALL[plantuml_one_jvm_threads]}" "${WALL[render_plantuml]}")
R_PUML_CPU=$(ratio "${CPU[plantuml_one_jvm]}" "${CPU[render_plantuml]}")
R_PUML_PF=$(ratio "$PF_PUML_WALL" "${WALL[render_plantuml]}")
R_MMD=$(ratio "${WALL[mmdc_markdown]}" "${WALL[render_mermaid]}")
R_MMD_PF=$(ratio "$PF_MMD_WALL" "${WALL[render_mermaid]}")
# Each step of the synthetic sizes (4× the elements each, by default): its time ratio, worst step decides.
SCALE_STEPS="" SCALE_WORST=0 SCALE_CPU_STEPS=""
for (( i = 1; i < ${#SIZES[@]}; i++ )); do
  a=${SIZES[$(( i - 1 ))]} b=${SIZES[$i]}
  r=$(ratio "${WALL[synthetic_$b]}" "${WALL[synthetic_$a]}")
  SCALE_STEPS+="${SCALE_STEPS:+, }$a → $b: ${r}×"
  SCALE_CPU_STEPS+="${SCALE_CPU_STEPS:+, }$(ratio "${CPU[synthetic_$b]}" "${CPU[synthetic_$a]}")×"
  awk "BEGIN { exit !($r > $SCALE_WORST) }" && SCALE_WORST=$r
done
SYN_HEAP_MAX=0
for n in "${SIZES[@]}"; do (( ${SYN_HEAP[$n]} > SYN_HEAP_MAX )) && SYN_HEAP_MAX=${SYN_HEAP[$n]}; done
# Today's cold generate: the baseline jar timed in this run, else the figure committed before issue 12's work.
if [[ -n ${BENCH_BASELINE_JAR:-} ]]; then
  GEN_BASE=${WALL[baseline_cold]} GEN_BASE_CPU=${CPU[baseline_cold]}
  GEN_BASE_NOTE="the baseline jar's worker in this run$(rounds baseline_cold), CPU ${GEN_BASE_CPU} s"
else
  GEN_BASE=14.32 GEN_BASE_CPU=15.23 GEN_BASE_NOTE="the worker's 14.32 s of the run committed on 2026-11-21 (set BENCH_BASELINE_JAR to time it here)"
fi
R_GEN=$(ratio "$GEN_BASE" "${WALL[worker_cold]}")
R_GEN_CPU=$(ratio "$GEN_BASE_CPU" "${CPU[worker_cold]}")
PUML_WARM_PER=$(calc "$PUML_WARM_MS / $NP" 1)
read -r RP_PUML_START RP_PUML_RENDER < <(sed -n 's/^start_ms=\([0-9]*\) render_ms=\([0-9]*\).*/\1 \2/p' "$W/render_plantuml.log")
read -r RP2_START RP2_RENDER < <(sed -n 's/^start_ms=\([0-9]*\) render_ms=\([0-9]*\).*/\1 \2/p' "$W/render_plantuml_pool2.log")
read -r RP_MMD_START RP_MMD_RENDER < <(sed -n 's/^start_ms=\([0-9]*\) render_ms=\([0-9]*\).*/\1 \2/p' "$W/render_mermaid.log")
read -r MMD_PAGES MMD_BROWSER_MS < <(sed -n 's/^pages=\([0-9]*\) node_and_browser_cpu_ms=\([0-9]*\).*/\1 \2/p' "$W/render_mermaid.log")
MMD_BROWSER_CPU=$(calc "$MMD_BROWSER_MS / 1000")
read -r MMD_WARM_MS MMD_WARM_EACH MMD_WARM_CPU_MS < <(sed -n \
  's/^warm_render_ms=\([0-9]*\) warm_ms_per_diagram=\([0-9]*\) warm_cpu_ms=\([0-9]*\).*/\1 \2 \3/p' "$W/render_mermaid_warm.log")
MMD_PER=$(calc "$RP_MMD_RENDER / $NM" 0)
sampled_note() { (( STRIDE == 1 )) && echo "all $2 files" || echo "$1 of $2 files (one in $STRIDE), scaled to $2"; }

figures() {
  cat <<EOF
Run on $(date -u +%Y-%m-%d) with \`bench/run.sh\` in $(( BENCH_SECONDS / 60 )) min $(( BENCH_SECONDS % 60 )) s.
Machine: $CORES cores ($CPU_MODEL), $MEM_GB GB RAM, Linux $(uname -r), JDK $JAVA_VERSION, Node.js $NODE_VERSION,
PlantUML $PLANTUML_VERSION (plantuml-mit), mermaid-cli $MMDC_VERSION, browser \`$(basename "$(dirname "$(dirname "$BROWSER")")")\`.
Load average (1/5/15 min) before: $LOAD_BEFORE, after: $LOAD_AFTER; the cores are shared with other builds, so
wall times carry noise. CPU s is user + sys of the process tree as its parents reaped it: the plugin's browser is
never reaped into it (it goes down with its render server), so CPU figures of runs with a browser are lower bounds and
no CPU ratio is given for them.

Input: the $NP \`.puml\` and $NM \`.mmd\` files the plugin generates from the seed model ($SEED_WORKSPACES workspaces).

| Run | What the time includes | Wall s | CPU s |
|---|---|---:|---:|
| plugin: \`./mvnw -o -pl site package\`, cold cache | wrapper, Maven JVM, reactor, worker JVM, $CORES PlantUML JVMs, Node + browser, model load, export, all $(( NP + NM )) renders | ${WALL[mvn_cold]} | ${CPU[mvn_cold]} |
| … of which \`plumbline:generate\` (Maven's log timestamps) | loading the plugin, fingerprint, the worker run | $MOJO_COLD | |
| plugin worker alone (\`GenerateCommand\`), cold cache$(rounds worker_cold) | worker JVM start and everything after it | ${WALL[worker_cold]} | ${CPU[worker_cold]} |$(baseline_row)
| plugin: no-op re-run (median of 3) | whole Maven run | ${WALL[$NOOP_KEY]} | ${CPU[$NOOP_KEY]} |
| … of which \`plumbline:generate\` (runs: ${NOOPS[*]}) | plugin load, input fingerprint, up-to-date decision; no JVM forked | $MOJO_NOOP | |
| plugin PlantUML renderer alone (\`RenderPhase plantuml\`)$(rounds render_plantuml) | JVM start, pool start ${RP_PUML_START} ms, $NP renders ${RP_PUML_RENDER} ms | ${WALL[render_plantuml]} | ${CPU[render_plantuml]} |
| … with a pool of 2 JVMs (\`-Dbench.pool=2\`, for comparison)$(rounds render_plantuml_pool2) | JVM start, pool start ${RP2_START} ms, $NP renders ${RP2_RENDER} ms | ${WALL[render_plantuml_pool2]} | ${CPU[render_plantuml_pool2]} |
| … once warm (\`-Dbench.rounds=3\`: the same files 3 times, the last round) | $NP renders in $PUML_WARM_MS ms, $(calc "$PUML_WARM_MS / $NP" 1) ms per diagram | ${WALL[render_plantuml_warm]} | ${CPU[render_plantuml_warm]} |
| plugin Mermaid renderer alone (\`RenderPhase mermaid\`, $MMD_PAGES pages) | JVM start, Node + browser start ${RP_MMD_START} ms, $NM renders ${RP_MMD_RENDER} ms; Node + browser CPU (not in the CPU column) $MMD_BROWSER_CPU s | ${WALL[render_mermaid]} | ${CPU[render_mermaid]} |
| … the same files again on the warm pages (\`-Dbench.warm=true\`; bytes identical to the first round) | $NM renders ${MMD_WARM_MS} ms, ${MMD_WARM_EACH} ms per diagram; Node + browser CPU $(calc "$MMD_WARM_CPU_MS / 1000") s | | |
| \`java -jar plantuml.jar\` one process per file | $(sampled_note "$NPS" "$NP"); one JVM start each | $PF_PUML_WALL | $PF_PUML_CPU |
| \`java -jar plantuml.jar\` one JVM over all files$(rounds plantuml_one_jvm) | one JVM, single-threaded (the CLI's default) | ${WALL[plantuml_one_jvm]} | ${CPU[plantuml_one_jvm]} |
| … with \`--threads auto\`$(rounds plantuml_one_jvm_threads) | one JVM, $CORES threads | ${WALL[plantuml_one_jvm_threads]} | ${CPU[plantuml_one_jvm_threads]} |
| \`mmdc\` one process per file | $(sampled_note "$NMS" "$NM"); Node + browser start each | $PF_MMD_WALL | $PF_MMD_CPU |
| \`mmdc\` Markdown mode (\`-i all.md -o out.md\`) | one Node + browser, $NM blocks | ${WALL[mmdc_markdown]} | ${CPU[mmdc_markdown]} |
$(synthetic_rows)
| plugin: no-op re-run of the synthetic ${LARGEST} (Maven, median of 3) | whole Maven run | ${WALL[synthetic_noop_2]} | ${CPU[synthetic_noop_2]} |
| … of which \`plumbline:generate\` (runs: ${SYN_NOOPS[*]}) | plugin load, input fingerprint, up-to-date decision | $SYN_NOOP | |
| … the same no-op on a one-view workspace, \`plumbline:generate\` (runs: ${ONE_NOOPS[*]}) | Maven resolving and loading the plugin (${PLUGIN_ARTIFACTS} artifacts) in a fresh JVM, a one-view fingerprint: the floor of any no-op of this pom | $ONE_NOOP | |
${SERVE_ROW}
$(check_rows)

| Target | Measured | |
|---|---|---|
| overall ≥ 10× faster than the per-file CLIs (PlantUML + mmdc per file: $PF_WALL s) | ${R_OVERALL}× against the Maven run; ${R_OVERALL_WORKER}× against the worker alone | $(verdict "$R_OVERALL >= 10") |
| PlantUML ≥ 2× faster than one PlantUML JVM over all files | ${R_PUML}× (against \`--threads auto\`: ${R_PUML_THREADS}×; CPU ${R_PUML_CPU}×; against one process per file: ${R_PUML_PF}×) | $(verdict "$R_PUML >= 2") |
| PlantUML ≤ 25 ms per diagram once warm | ${PUML_WARM_PER} ms ($NP renders in $PUML_WARM_MS ms, third round in one renderer) | $(verdict "$PUML_WARM_PER <= 25") |
| Mermaid ≥ 10× faster than \`mmdc\` Markdown mode | ${R_MMD}× (against \`mmdc\` per file: ${R_MMD_PF}×) | $(verdict "$R_MMD >= 10") |
| Mermaid ≤ 100 ms per diagram once warm | ${MMD_WARM_EACH} ms ($MMD_PAGES pages) | $(verdict "$MMD_WARM_EACH <= 100") |
| cold generate of the seed model ≥ 2× faster than today | ${R_GEN}× (worker ${WALL[worker_cold]} s against $GEN_BASE_NOTE; CPU ${R_GEN_CPU}×) | $(verdict "$R_GEN >= 2") |
| no-op ≤ 1 s of plugin time | $MOJO_NOOP s in \`plumbline:generate\` (the whole Maven run: ${WALL[$NOOP_KEY]} s) | $(verdict "$MOJO_NOOP <= 1") |
| 4× elements → ≤ 4.5× time, each step | $SCALE_STEPS (CPU: $SCALE_CPU_STEPS) | $(verdict "$SCALE_WORST <= 4.5") |
| ≤ 512 MB heap per JVM throughout the synthetic runs | every run under \`-Xmx512m\`; largest peak of any JVM ${SYN_HEAP_MAX} MB | $(verdict "$SYN_HEAP_MAX <= 512") |
| no-op re-run of the synthetic ${LARGEST} ≤ 1 s of plugin time | $SYN_NOOP s in \`plumbline:generate\` (the whole Maven run: ${WALL[synthetic_noop_2]} s; a one-view workspace's no-op in the same pom: $ONE_NOOP s) | $(verdict "$SYN_NOOP <= 1") |
| peak heap ≤ 512 MB on the seed model | ran under \`-Xmx512m\`; worker JVM peak $HEAP_WORKER MB (largest live set $LIVE_WORKER MB); each of the $CHILD_JVMS PlantUML JVMs ≤ $HEAP_CHILD MB (live ≤ $LIVE_CHILD MB) | $(verdict "$HEAP_WORKER <= 512 && $HEAP_CHILD <= 512") |
${SERVE_TARGET}
$(check_targets)

Peak heap is the largest heap occupancy the GC log shows (before a collection, or at exit), under
\`-Xmx512m\` given to every JVM through \`JAVA_TOOL_OPTIONS\`; the run succeeding is the proof it fits.
EOF
}
baseline_row() {
  [[ -n ${BENCH_BASELINE_JAR:-} ]] || return 0
  # a row of its own, or nothing: an empty line would end the Markdown table
  printf '\n%s' "| baseline: the same worker from \`$(basename "$BENCH_BASELINE_JAR")\` (before issue 12), cold cache$(rounds baseline_cold) | same, its JVM flags (C2) | ${WALL[baseline_cold]} | ${CPU[baseline_cold]} |"
}
synthetic_rows() {
  local n
  for n in "${SIZES[@]}"; do
    echo "| plugin worker, synthetic $(printf "%'d" "$n" 2>/dev/null || echo "$n") elements (${SYN_VIEWS[$n]} views), \`-Xmx512m\` | worker JVM start, DSL load, export, $(( 2 * ${SYN_VIEWS[$n]} )) renders; heap peak ${SYN_HEAP[$n]} MB | ${WALL[synthetic_$n]} | ${CPU[synthetic_$n]} |"
  done
}
check_rows() {
  if (( HAVE_CHECK )); then
    echo "| plugin check (\`CheckCommand\`), 1,000 Markdown blocks vs the seed workspaces | worker JVM start, model load, parsing and comparing every block ($CHECK_SUMMARY) | ${WALL[check_1000]} | ${CPU[check_1000]} |"
    echo "| \`java -jar plantuml.jar --check-syntax\` one process per file | ${#CHECK_SAMPLE[@]} files | ${WALL[plantuml_check_per_file]} | ${CPU[plantuml_check_per_file]} |"
  else
    echo "| plugin check, 1,000 Markdown blocks | not measured: \`CheckCommand\` is not on main yet | – | – |"
  fi
}
check_targets() {
  if (( HAVE_CHECK )); then
    local per_block per_file
    per_block=$(calc "${WALL[check_1000]} * 1000 / 1000" 1)
    per_file=$(calc "${WALL[plantuml_check_per_file]} * 1000 / ${#CHECK_SAMPLE[@]}" 0)
    echo "| 1,000 diagram blocks checked in ≤ 5 s | ${WALL[check_1000]} s, ${per_block} ms per block; PlantUML \`--check-syntax\` one JVM per file: ${per_file} ms per block ($(ratio "$per_file" "$per_block")×) | $(verdict "${WALL[check_1000]} <= 5") |"
  else
    echo "| 1,000 diagram blocks checked in ≤ 5 s | not measured yet (the script part is ready; it runs once \`CheckCommand\` is in the plugin) | – |"
  fi
}
SEED_WORKSPACES=$(ls "$SEED"/*.dsl | wc -l)
FIGURES=$(figures)
printf '\n%s\n' "$FIGURES"

if (( WRITE_README )); then
  README=$BENCH/README.md
  grep -q '<!-- figures:begin -->' "$README" || die "$README has no <!-- figures:begin --> marker"
  printf '%s\n' "$FIGURES" >"$W/figures.md"
  awk -v figures="$W/figures.md" '
    /<!-- figures:begin -->/ { print; while ((getline line < figures) > 0) print line; skip = 1; next }
    /<!-- figures:end -->/ { skip = 0 }
    !skip' "$README" >"$W/README.md.new"
  mv "$W/README.md.new" "$README"
  echo "bench: figures written to $README" >&2
fi
