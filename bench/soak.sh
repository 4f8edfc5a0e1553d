#!/usr/bin/env bash
# Soak: sustained mixed load on a Hearth of its own (loopback, -Xmx512m, a fresh data folder; embedded
# H2 unless HEARTH_DB_URL is set), stopped at the end. Not part of the test command.
#   bench/soak.sh [seconds=600] [connections=200]
# Readers (cached and uncached pages, API, search, feed), authors saving and publishing, a consent
# withdrawal every 3 s (bench/Soak.java). Prints errors (goal 0), p50/p99 per request kind, the heap
# after a full GC at the start and at the end, and whether every withdrawn story answered 410 from
# the moment its withdrawal returned; exits 1 on any error or leak.
# Needs curl and the JDK's jcmd, and target/hearth.jar (mvn -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-600} CONNECTIONS=${2:-200}
PORT=${SOAK_PORT:-18290} BASE="http://127.0.0.1:${SOAK_PORT:-18290}"
WORK=$(mktemp -d /tmp/hearth-soak.XXXXXX)
PASSWORD='Soak-Password-Long-1!'
HEARTH_DATA_DIR="$WORK/data" HEARTH_ADMIN_EMAIL=soak@localhost HEARTH_ADMIN_PASSWORD="$PASSWORD" \
  HEARTH_BASE_URL="$BASE" java -Xmx512m -jar target/hearth.jar --port "$PORT" --nocluster >"$WORK/server.log" 2>&1 &
PID=$!
LOG="${TMPDIR:-/tmp}/hearth-soak-server.log"
trap 'rc=$?; kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; cp "$WORK/server.log" "$LOG"; rm -rf "$WORK"; exit $rc' EXIT
for _ in $(seq 1 300); do curl -sf "$BASE/health" >/dev/null && break; sleep 1; done
curl -sf "$BASE/health" >/dev/null || { echo "Hearth did not start:"; tail -40 "$WORK/server.log"; exit 1; }

# Heap in use after a full collection, in MB (jcmd GC.run, then the used figure of GC.heap_info).
heap_after_gc() {
  jcmd $PID GC.run >/dev/null
  sleep 1
  jcmd $PID GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?/, "", v); print int(v / 1024) " MB"; exit}}'
}

# A short warm-up so that the start figure is a running server's, not a cold one's.
java bench/Soak.java "$BASE" soak@localhost "$PASSWORD" 20 16 >/dev/null || true
START_HEAP=$(heap_after_gc)
set +e
java -Xmx256m bench/Soak.java "$BASE" soak@localhost "$PASSWORD" "$SECONDS_TO_RUN" "$CONNECTIONS"
RESULT=$?
set -e
END_HEAP=$(heap_after_gc)
echo "heap after full GC: start $START_HEAP, end $END_HEAP"
echo "server log ($LOG once stopped): $(grep -c SEVERE "$WORK/server.log" || true) SEVERE lines"
grep -A1 SEVERE "$WORK/server.log" | grep -v "^--" | sed 's/^.*levelValue: 1000\] //' | cut -c1-160 | sort | uniq -c | sort -rn | head -5 || true
exit $RESULT
