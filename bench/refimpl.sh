#!/usr/bin/env bash
# Load and fault bench of the reference implementation (bench/README.md, "Reference implementation"): builds the
# service jar, then RegistrationBench starts it on loopback, loads it, kills it, restarts it and checks the data.
# Bounded: BENCH_SECONDS of load per phase (default 20), at most BENCH_MAX registrations (default 40000), after
# BENCH_WARMUP_SECONDS (default 5, at most BENCH_MAX/4 registrations) of unmeasured warm-up.
# BENCH_SERVICE_OPTS: JVM options for the service, e.g. -XX:StartFlightRecording=filename=/tmp/service.jfr to profile.
# BENCH_JDBC_URL: run both phases on that PostgreSQL server instead of H2, e.g.
# jdbc:postgresql://127.0.0.1:5432/plumbline_bench (BENCH_JDBC_USER, BENCH_JDBC_PASSWORD: default plumbline); each
# phase gets a schema of its own, bench_load and bench_fault, dropped and created afresh; the checks read them there.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/bench/work/refimpl"
clients="${BENCH_CLIENTS:-32}"
seconds="${BENCH_SECONDS:-20}"
max="${BENCH_MAX:-40000}"
warmup="${BENCH_WARMUP_SECONDS:-5}"

java=""
for jdk in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${jdk%/}/bin/java"
    if [ -x "$candidate" ] && [ "$("$candidate" -XshowSettings:properties -version 2>&1 \
            | awk -F'= ' '/java.specification.version/ { print $2 }' | cut -d. -f1)" -ge 21 ] 2>/dev/null; then
        java="$candidate"
        break
    fi
done
[ -n "$java" ] || { echo "refimpl.sh: no JDK 21 or later" >&2; exit 1; }

"$root/mvnw" -q -B -ntp -f "$root/pom.xml" -pl reference-impl -am package -DskipTests -Dinvoker.skip
mkdir -p "$work"
exec timeout 900 "$java" -cp "$root/reference-impl/target/lib/*" "$root/bench/RegistrationBench.java" \
    "$java" "$root/reference-impl/target/plumbline-reference-impl.jar" "$work" "$clients" "$seconds" "$max" "$warmup"
