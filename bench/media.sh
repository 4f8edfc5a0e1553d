#!/usr/bin/env bash
# Benchmark: the media library's cost in time and heap, on a Hearth of its own (loopback, -Xmx512m,
# a fresh data folder), stopped at the end. Prints figures; checks nothing.
#   bench/media.sh [clients=32] [video-megabytes=190]
# 1. A 12-megapixel JPEG: upload to ready (renditions made), and the peak heap meanwhile.
# 2. A video of about 190 MB: upload, processing (ffmpeg copies it without metadata), published in a
#    story; then CLIENTS clients each read all of it in 4 MB ranges: wall time, throughput, peak heap.
# Needs ffmpeg, curl, jq and jstat (the JDK's), and target/hearth.jar (mvn -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${1:-32} VIDEO_MB=${2:-190}
PORT=18282 BASE="http://127.0.0.1:18282"
WORK=$(mktemp -d /tmp/hearth-bench-media.XXXXXX)
PASSWORD='Bench-Media-Password-1!'
HEARTH_DATA_DIR="$WORK/data" HEARTH_ADMIN_EMAIL=bench@localhost HEARTH_ADMIN_PASSWORD="$PASSWORD" \
  HEARTH_BASE_URL="$BASE" java -Xmx512m -jar target/hearth.jar --port $PORT --nocluster >"$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/health" >/dev/null && break; sleep 1; done

TOKEN=$(curl -sf -X POST -H 'Content-Type: application/json' \
  -d "{\"email\":\"bench@localhost\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/tokens" | jq -r .token)
AUTH="Authorization: Bearer $TOKEN"
ORG=$(curl -sf -H "$AUTH" "$BASE/api/v1/studio/projects" | jq -r '.items[0].organization')
PROJECT=$(curl -sf -H "$AUTH" "$BASE/api/v1/studio/projects" | jq -r '.items[0].slug')
post() { curl -sf -X POST -H "$AUTH" -H 'Content-Type: application/json' -d "$2" "$BASE$1"; }

# Heap in use (young + old, KB) every 200 ms into a file, while a step runs.
watch_heap() { while kill -0 $PID 2>/dev/null; do jstat -gc $PID | awk 'NR==2 {printf "%d\n", $3+$4+$6+$8}'; sleep 0.2; done >"$1"; }
peak() { sort -n "$1" | tail -1 | awk '{printf "%.0f MB", $1/1024}'; printf ' (at the start: %s)' "$(head -1 "$1" | awk '{printf "%.0f MB", $1/1024}')"; }
ready() {  # ready ID: waits until the asset is ready, prints its status
  for _ in $(seq 1 600); do
    S=$(curl -sf -H "$AUTH" "$BASE/api/v1/studio/media/$1" | jq -r .status)
    [ "$S" != processing ] && { echo "$S"; return; }
    sleep 0.1
  done
}
upload() { curl -sf -H "$AUTH" -F "organization=$ORG" -F "file=@$1;type=$2" "$BASE/api/v1/studio/media" | jq -r '.items[0].id'; }

echo "== 12-megapixel JPEG"
ffmpeg -v error -f lavfi -i "testsrc2=size=4000x3000" -frames:v 1 -q:v 2 "$WORK/photo.jpg"
echo "file: $(du -h "$WORK/photo.jpg" | cut -f1)"
watch_heap "$WORK/heap-jpeg" & WATCH=$!
START=$(date +%s%N)
ID=$(upload "$WORK/photo.jpg" image/jpeg)
STATUS=$(ready "$ID")
MS=$(( ($(date +%s%N) - START) / 1000000 ))
kill $WATCH
echo "upload to $STATUS: ${MS} ms; peak heap in use: $(peak "$WORK/heap-jpeg") (of 512 MB)"

echo "== video of about ${VIDEO_MB} MB, $CLIENTS clients reading it by 4 MB ranges"
# Noise does not compress; -fs stops the file at the size asked for.
ffmpeg -v error -f lavfi -i "nullsrc=s=1280x720:r=25,geq=random(1)*255:128:128" -t 120 -fs "${VIDEO_MB}M" \
  -c:v mpeg4 -q:v 2 -pix_fmt yuv420p -movflags +faststart "$WORK/clip.mp4"
echo "file: $(du -h "$WORK/clip.mp4" | cut -f1)"
START=$(date +%s%N)
VID=$(upload "$WORK/clip.mp4" video/mp4)
MS=$(( ($(date +%s%N) - START) / 1000000 ))
START=$(date +%s%N)
STATUS=$(ready "$VID")
echo "upload: ${MS} ms; processing to $STATUS: $(( ($(date +%s%N) - START) / 1000000 )) ms"
VERSION=$(curl -sf -H "$AUTH" "$BASE/api/v1/studio/media/$VID" | jq .version)
curl -sf -X PUT -H "$AUTH" -H 'Content-Type: application/json' -d "{\"alt\":null,\"caption\":\"Noise\",\"transcript\":\"No words: noise only.\",\"imageryChecked\":true,\"consents\":[],\"version\":$VERSION}" \
  "$BASE/api/v1/studio/media/$VID" >/dev/null
STORY=$(post /api/v1/studio/stories "$(jq -nc --arg org "$ORG" --arg p "$PROJECT" --arg v "$VID" '{organization: $org, project: $p,
  lang: "en", title: "Bench video \(now)", summary: "Benchmark.", body: "![clip](media:\($v))", audiences: ["youth"], topics: [],
  contentNotes: [], kind: "guidance", attribution: {type: "anonymous"}, consent: null}')" | jq -r .id)
for a in submit approve publish; do post "/api/v1/studio/stories/$STORY/transitions" "{\"action\":\"$a\"}" >/dev/null; done
URL="$BASE/media/$VID/stream"
SIZE=$(curl -sfI "$URL" | awk 'tolower($1)=="content-length:" {print $2+0}')
client() {
  # One curl per client, one range request per 4 MB, on a kept-alive connection.
  local from=0 step=$((4 * 1024 * 1024)) args=()
  while [ $from -lt "$SIZE" ]; do
    args+=(-r "$from-$((from + step - 1))" -o /dev/null -w '%{size_download}\n' "$URL" --next)
    from=$((from + step))
  done
  unset 'args[${#args[@]}-1]'
  curl -s "${args[@]}" | awk '{s+=$1} END {print s}'
}
watch_heap "$WORK/heap-video" & WATCH=$!
START=$(date +%s%N)
READERS=()
for c in $(seq 1 "$CLIENTS"); do client >"$WORK/client-$c" & READERS+=($!); done
wait "${READERS[@]}"
MS=$(( ($(date +%s%N) - START) / 1000000 ))
kill $WATCH 2>/dev/null || true
TOTAL=$(cat "$WORK"/client-* | awk '{s+=$1} END {print s}')
EXPECTED=$(( SIZE * CLIENTS ))
echo "$CLIENTS clients read $((TOTAL / 1048576)) MB (expected $((EXPECTED / 1048576)) MB) in ${MS} ms:" \
  "$(( TOTAL / 1048576 * 1000 / (MS > 0 ? MS : 1) )) MB/s; peak heap in use: $(peak "$WORK/heap-video") (of 512 MB)"
