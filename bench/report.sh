#!/usr/bin/env bash
# What the site report (plumbline:report) adds to a `mvn site` that already ran generate, on the seed model and on a
# model four times as large; rewrites the "Site report" section of bench/README.md.
#
#   bench/report.sh               compile the plugin (not timed), measure, rewrite the section
#   bench/report.sh --no-build    use diagram-plugin/target/classes as they are
#   bench/report.sh --no-readme   print only
#
# The report's own work is the worker JVM ReportCommand (the Mojo in Maven's JVM only forks it), so that is what is
# timed, from JVM start to exit, with the Mojo's JVM flags, after an untimed generate filled generate's folder (the
# state `mvn site` meets after `generate`). Three runs each; the median is reported. Environment: BENCH_JAVA.
set -euo pipefail
export LC_ALL=C
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
W=$ROOT/bench/work/report
BUILD=1
WRITE_README=1
for arg in "$@"; do
  case $arg in
    --no-build) BUILD=0 ;;
    --no-readme) WRITE_README=0 ;;
    *) echo "unknown option $arg (use --no-build, --no-readme)" >&2; exit 2 ;;
  esac
done
JAVA=${BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
SEED=$ROOT/model/src/main/resources/plumbline/workspaces
# the worker JVM flags the Mojo uses (dev.plumbline.maven.WorkerProcess), less its class-data archive: the JDK
# cannot archive classes from a folder (diagram-plugin/target/classes), so these figures are without it (upper bound)
FLAGS=(-Xss4m -XX:+UseSerialGC -Djava.awt.headless=true)
REPORT_FLAGS=(-XX:TieredStopAtLevel=1) # what ReportMojo adds for its worker
[[ -x $JAVA ]] || { echo "bench: no java at $JAVA (set BENCH_JAVA)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

if (( BUILD )); then
  ./mvnw -B -ntp -q -o -pl model,diagram-plugin compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
fi
CP=$ROOT/diagram-plugin/target/classes:$(cat "$ROOT/diagram-plugin/target/cp.txt")

rm -rf "$W"
mkdir -p "$W/model-4x"
# four copies of every seed workspace; view keys must be unique across workspaces, so each copy's get a suffix
for copy in 1 2 3 4; do
  for dsl in "$SEED"/*.dsl; do
    perl -pe 'BEGIN { $n = shift } $views = 1 if /^\s*views\s*\{/;
      if ($views && /^\s*deployment\s/) { s/"([^"]+)"(\s*\{)[ \t]*$/"$1-$n"$2/ }
      elsif ($views && /^\s*(systemLandscape|systemContext|container|component|dynamic|custom|filtered)\s/) {
        s/"([^"]+)"/"$1-$n"/ }' \
      "$copy" "$dsl" >"$W/model-4x/$(basename "$dsl" .dsl)-$copy.dsl"
  done
done

# median <key>: the median wall and CPU seconds of runs key.1..3
median() {
  local key=$1
  paste -d' ' <(for r in 1 2 3; do awk '{print $1}' "$W/$key.$r"; done | sort -n | sed -n 2p) \
              <(for r in 1 2 3; do awk '{printf "%.2f\n", $2 + $3}' "$W/$key.$r"; done | sort -n | sed -n 2p)
}

declare -A RESULT
for size in 1x 4x; do
  input=$SEED
  [[ $size == 4x ]] && input=$W/model-4x
  # untimed: what `generate` leaves behind (renders from the shared render cache where it can)
  "$JAVA" "${FLAGS[@]}" -cp "$CP" dev.plumbline.diagrams.generate.GenerateCommand --out "$W/diagrams-$size" "$input" \
    >"$W/generate-$size.log" 2>&1
  for r in 1 2 3; do
    /usr/bin/time -f '%e %U %S' -o "$W/report-$size.$r" "$JAVA" "${FLAGS[@]}" "${REPORT_FLAGS[@]}" -cp "$CP" \
      dev.plumbline.diagrams.site.ReportCommand --site "$W/site-$size" --diagrams "$W/diagrams-$size" --base "$ROOT" \
      --workspaces "$input" --docs "$ROOT/docs" >"$W/report-$size.log" 2>&1
  done
  grep -q 'Plumbline: architecture site' "$W/report-$size.log" || { cat "$W/report-$size.log" >&2; exit 1; }
  pages=$(find "$W/site-$size" -name '*.html' | wc -l)
  RESULT[$size]="$(median "report-$size") $pages $(find "$input" -name '*.dsl' | wc -l)"
done

load=$(cut -d' ' -f1-3 /proc/loadavg)
table=$(
  printf '| Model | Workspaces | Pages | Report wall (s, median of 3) | Report CPU (s) |\n|---|---:|---:|---:|---:|\n'
  for size in 1x 4x; do
    read -r wall cpu pages workspaces <<<"${RESULT[$size]}"
    printf '| seed model %s | %s | %s | %s | %s |\n' "$size" "$workspaces" "$pages" "$wall" "$cpu"
  done
)
echo "$table"
echo "load average during the run: $load ($(nproc) cores)"

if (( WRITE_README )); then
  README=$ROOT/bench/README.md
  section=$(printf '%s\n\n%s\n\nMeasured %s on %s cores, load average %s at the end of the run (other builds shared the machine: wall times are then an upper bound, CPU seconds compare better). Target: the report adds at most 3 s to a `mvn site` that already ran `generate`.\n' \
    "$table" "The report renders nothing here: generate's folder holds every current SVG, so it only loads the workspaces, exports each view once to compare, sanitizes the SVGs and writes the pages." \
    "$(date -u +%Y-%m-%d)" "$(nproc)" "$load")
  if ! grep -q '<!-- report:begin -->' "$README"; then
    printf '\n## Site report\n\n`bench/report.sh` times the `report` goal'"'"'s worker on the seed model and on a 4x copy of it.\n\n<!-- report:begin -->\n<!-- report:end -->\n' >>"$README"
  fi
  awk -v body="$section" '
    /<!-- report:begin -->/ { print; print body; skip = 1; next }
    /<!-- report:end -->/ { skip = 0 }
    !skip' "$README" >"$W/README.md.new"
  mv "$W/README.md.new" "$README"
  echo "bench: report figures written to $README" >&2
fi
