#!/usr/bin/env bash
# Benchmark: the studio's story list and editor with 100,000 stories, on MariaDB (loopback only).
# Starts target/hearth.jar on a scratch database, adds N stories with one SQL statement, signs in
# through the studio's form, and prints server times (curl's time to first byte, median of 5) for:
# the first page, a page 2,000 stories deep (40 "next page" links), the list sorted by title, a
# filtered list, and the editor of a story.
#   bench/studio-list.sh [N=100000]
set -euo pipefail
N=${1:-100000} PORT=${HEARTH_BENCH_PORT:-18471} DB=hearth_bench_list
WORK=$(mktemp -d) BASE="http://127.0.0.1:$PORT"
mysql -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
HEARTH_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB?user=root" HEARTH_DATA_DIR="$WORK/data" HEARTH_PORT=$PORT \
  HEARTH_ADMIN_EMAIL=bench@example.org HEARTH_ADMIN_PASSWORD=Bench-Password-123 HEARTH_BASE_URL=$BASE \
  java -jar target/hearth.jar >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; mysql -uroot -e "DROP DATABASE IF EXISTS '$DB'"; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/health" >/dev/null && break; sleep 2; done

START=$(date +%s%N)
mysql -uroot "$DB" -e "INSERT INTO story (public_id, slug, organization_id, project_id, lang, title, summary, body, kind,
    attribution_type, status, created_at, updated_at, created_by, version)
  SELECT CONCAT('benchstory', LPAD(seq, 8, '0')), CONCAT('bench-story-', seq), s.organization_id, s.project_id, 'en',
    CONCAT('Bench story ', LPAD(MOD(seq * 7919, $N), 6, '0')), 'A summary.', 'A body.', s.kind, s.attribution_type,
    IF(MOD(seq, 3) = 0, 'IN_REVIEW', 'DRAFT'), NOW(6), NOW(6) - INTERVAL seq SECOND, s.created_by, 0
  FROM seq_1_to_$N JOIN (SELECT * FROM story WHERE translation_of IS NULL LIMIT 1) s;
  ANALYZE TABLE story;" >/dev/null
echo "inserted $N stories in $(( ($(date +%s%N) - START) / 1000000 )) ms; $(mysql -uroot -N "$DB" -e 'SELECT COUNT(*) FROM story') in all"

JAR="$WORK/cookies"
PAGE=$(curl -s -c "$JAR" -b "$JAR" "$BASE/studio/")
field() { grep -o "name=\"$1\"[^>]*value=\"[^\"]*\"\|value=\"[^\"]*\" name=\"$1\"" <<<"$PAGE" | head -1 | sed 's/.*value="\([^"]*\)".*/\1/'; }
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "signInForm=signInForm" \
  --data-urlencode "signInForm:email=bench@example.org" --data-urlencode "signInForm:password=Bench-Password-123" \
  --data-urlencode "signInForm:submit=Sign in" --data-urlencode "primefaces.nonce=$(field primefaces.nonce)" \
  --data-urlencode "jakarta.faces.ViewState=$(field jakarta.faces.ViewState)" "$BASE/studio/index.xhtml"

median() {  # median of 5 times to first byte, in ms
  for _ in 1 2 3 4 5; do curl -s -b "$JAR" -o /dev/null -w '%{time_starttransfer}\n' "$BASE$1"; done \
    | sort -n | sed -n 3p | awk '{ printf "%.0f", $1 * 1000 }'
}
ROWS=$(curl -s -b "$JAR" "$BASE/studio/stories" | grep -c '<tr>' || true)
echo "first page ($((ROWS - 1)) rows): $(median /studio/stories) ms"
NEXT=/studio/stories
for _ in $(seq 1 40); do
  NEXT=$(curl -s -b "$JAR" "$BASE$NEXT" | grep -o 'id="next-page" href="[^"]*"' | sed 's/.*href="//;s/"$//;s/&amp;/\&/g')
done
echo "page 41, 2,000 stories deep: $(median "$NEXT") ms"
echo "sorted by title: $(median '/studio/stories?sort=title') ms"
echo "in review, by title: $(median '/studio/stories?status=in-review&sort=title') ms"
echo "editor of a story: $(median /studio/stories/benchstory00050000) ms"
if [ -n "${HEARTH_BENCH_EXPLAIN:-}" ]; then
  mysql -uroot "$DB" -e "$HEARTH_BENCH_EXPLAIN"
fi
