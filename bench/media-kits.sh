#!/usr/bin/env bash
# Benchmark: a media kit's ZIP streamed, on a Hearth of its own (loopback, -Xmx512m, a fresh data
# folder), stopped at the end. Prints figures; checks nothing.
#   bench/media-kits.sh [total-megabytes=1024] [files=8]
# FILES one-page PDFs of incompressible noise (TOTAL/FILES MB each) are uploaded as fact sheets and
# published in one kit; the kit is downloaded once while the heap is sampled every 200 ms: first
# byte, whole time, MB/s and peak heap growth, beside `zip -0` of the same rendition files on disk.
# Needs python3, curl, jq, zip and jstat (the JDK's), and target/hearth.jar (mvn -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
TOTAL_MB=${1:-1024} FILES=${2:-8}
PORT=18283 BASE="http://127.0.0.1:18283"
WORK=$(mktemp -d /tmp/hearth-bench-kits.XXXXXX)
PASSWORD='Bench-Kits-Password-1!'
HEARTH_DATA_DIR="$WORK/data" HEARTH_ADMIN_EMAIL=bench@localhost HEARTH_ADMIN_PASSWORD="$PASSWORD" \
  HEARTH_MEDIA_MAX_BYTES=$(( (TOTAL_MB / FILES + 16) * 1024 * 1024 )) \
  HEARTH_BASE_URL="$BASE" java -Xmx512m -jar target/hearth.jar --port $PORT --nocluster >"$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 180); do curl -sf "$BASE/health" >/dev/null && break; sleep 1; done

TOKEN=$(curl -sf -X POST -H 'Content-Type: application/json' \
  -d "{\"email\":\"bench@localhost\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/tokens" | jq -r .token)
AUTH="Authorization: Bearer $TOKEN"
ORG=$(curl -sf -H "$AUTH" "$BASE/api/v1/studio/projects" | jq -r '.items[0].organization')
watch_heap() { while kill -0 $PID 2>/dev/null; do jstat -gc $PID | awk 'NR==2 {printf "%d\n", $3+$4+$6+$8}'; sleep 0.2; done >"$1"; }

python3 - "$WORK" "$FILES" "$TOTAL_MB" <<'PY'
import os, sys, zlib
work, files, total = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
side = int((total / files * 1_000_000 / 3) ** 0.5)
for n in range(files):
    pixels = zlib.compress(os.urandom(side * side * 3), 0)
    content = b'q 500 0 0 500 56 150 cm /Im0 Do Q\n'
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Im0 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream',
            b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n'
            % (side, side, len(pixels)) + pixels + b'\nendstream']
    out, offsets = bytearray(b'%PDF-1.4\n'), []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out)); out += b'%d 0 obj\n' % i + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1) + b''.join(b'%010d 00000 n \n' % o for o in offsets)
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    open(os.path.join(work, 'sheet-%d.pdf' % n), 'wb').write(bytes(out))
PY
ITEMS=()
for n in $(seq 0 $((FILES - 1))); do
  ID=$(curl -sf -H "$AUTH" -F "organization=$ORG" -F "file=@$WORK/sheet-$n.pdf;type=application/pdf" "$BASE/api/v1/studio/media" | jq -r '.items[0].id')
  for _ in $(seq 1 600); do [ "$(curl -sf -H "$AUTH" "$BASE/api/v1/studio/media/$ID" | jq -r .status)" = ready ] && break; sleep 0.2; done
  V=$(curl -sf -H "$AUTH" "$BASE/api/v1/studio/media/$ID" | jq .version)
  curl -sf -X PUT -H "$AUTH" -H 'Content-Type: application/json' -d "{\"alt\":\"Noise $n\",\"decorative\":false,\"caption\":null,\"credit\":\"Bench\",\"licence\":\"CC0\",\"transcript\":null,\"consents\":[],\"imageryChecked\":true,\"version\":$V}" "$BASE/api/v1/studio/media/$ID" >/dev/null
  ITEMS+=("{\"type\":\"media\",\"media\":\"$ID\",\"title\":\"Sheet $n\"}")
  rm -f "$WORK/sheet-$n.pdf"
done
JOINED=$(IFS=,; echo "${ITEMS[*]}")
KIT=$(curl -sf -X POST -H "$AUTH" -H 'Content-Type: application/json' -d "{\"organization\":\"$ORG\",\"lang\":\"en\",\"kind\":\"campaign\",\"title\":\"Bench kit\",\"audiences\":[],\"items\":[$JOINED]}" "$BASE/api/v1/studio/media-kits")
KID=$(jq -r .id <<<"$KIT") SLUG=$(jq -r .slug <<<"$KIT")
for a in submit approve publish; do curl -sf -X POST -H "$AUTH" -H 'Content-Type: application/json' -d "{\"action\":\"$a\"}" "$BASE/api/v1/studio/media-kits/$KID/transitions" >/dev/null; done

watch_heap "$WORK/heap.txt" & WATCH=$!
curl -s -o "$WORK/kit.zip" -w '%{size_download} %{time_starttransfer} %{time_total}\n' "$BASE/api/v1/media-kits/$SLUG/download" >"$WORK/curl.txt"
kill $WATCH 2>/dev/null || true
read -r SIZE FIRST WHOLE <"$WORK/curl.txt"
awk -v s="$SIZE" -v f="$FIRST" -v t="$WHOLE" 'BEGIN { printf "streamed ZIP %.0f MB: first byte %.3f s, whole %.1f s, %.0f MB/s\n", s/1e6, f, t, s/1e6/t }'
sort -n "$WORK/heap.txt" | awk 'NR==1 {lo=$1} {hi=$1} END {printf "heap in use: %.0f MB at the start, %.0f MB at the peak (+%.0f MB)\n", lo/1024, hi/1024, (hi-lo)/1024}'
rm -f "$WORK/kit.zip"
FILESLIST=$(find "$WORK/data/media" -type f -size +1M ! -path '*/work/*')
T0=$(date +%s.%N); zip -q -0 "$WORK/plain.zip" $FILESLIST; T1=$(date +%s.%N)
awk -v a="$T0" -v b="$T1" -v s="$(stat -c %s "$WORK/plain.zip")" 'BEGIN { printf "zip -0 of the same files: %.1f s, %.0f MB/s\n", b-a, s/1e6/(b-a) }'
