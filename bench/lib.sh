# Shared by the bench scripts: build once, start BenchServer, run wrk. Source it; JAVA_HOME must be 21+.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-3099}"
CONNECTIONS="${CONNECTIONS:-32}"
DURATION="${DURATION:-20s}"
HEAP="${HEAP:-512m}"
export BENCH_OUT="$ROOT/bench/out"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

# One reactor build: the classpath names this checkout's own module jars, and nothing is installed into the
# local repository that other checkouts share.
build() {
    rm -rf "$BENCH_OUT" && mkdir -p "$BENCH_OUT"
    mvn -B -q -f "$ROOT/pom.xml" package dependency:build-classpath -DskipTests -pl bootstrap -am \
        -Dmdep.includeScope=test -Dmdep.outputFile="$BENCH_OUT/classpath.txt"
}

# start_server ROWS CACHE_ENABLED [SEED]: seeds (SEED: leads, the default, or search), starts the service on
# $PORT (bare route on $PORT+1), sets SERVER, URL
start_server() {
    rm -f "$BENCH_OUT/ready"
    local cp="$ROOT/bootstrap/target/test-classes:$ROOT/bootstrap/target/classes:$(cat "$BENCH_OUT/classpath.txt")"
    # JAVA_OPTS: extra JVM options, e.g. -XX:StartFlightRecording=filename=bench/out/server.jfr to profile.
    "$JAVA_HOME/bin/java" -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -DLOG_LEVEL=WARN ${JAVA_OPTS:-} \
        -Dlogback.configurationFile="$ROOT/bootstrap/src/main/resources/logback.xml" -cp "$cp" \
        com.axolop.crm.bootstrap.BenchServer "$PORT" "$1" "$BENCH_OUT" "$2" "${3:-leads}" > "$BENCH_OUT/server.log" 2>&1 &
    SERVER=$!
    echo "seeding $1 leads (cache enabled: $2)..."
    for _ in $(seq 1 900); do
        [ -f "$BENCH_OUT/ready" ] && break
        kill -0 $SERVER 2>/dev/null || { cat "$BENCH_OUT/server.log"; exit 1; }
        sleep 1
    done
    URL="$(cat "$BENCH_OUT/ready")"
    grep seeded "$BENCH_OUT/server.log" || true
}

stop_server() {
    kill $SERVER 2>/dev/null || true
    wait $SERVER 2>/dev/null || true
}

# run_wrk TITLE SCRIPT CONNECTIONS [URL]: a 5 s warm-up, then the measured run
run_wrk() {
    local target="${4:-$URL}" script=()
    [ -n "$2" ] && script=(-s "$ROOT/bench/$2")
    echo
    echo "== $1 ($3 connections, $DURATION)"
    wrk -t2 -c"$3" -d5s "${script[@]}" "$target" > /dev/null
    wrk -t2 -c"$3" -d"$DURATION" --latency "${script[@]}" "$target" \
        | grep -E "Requests/sec|^ +(50|99)%|Non-2xx|Socket errors"
}
