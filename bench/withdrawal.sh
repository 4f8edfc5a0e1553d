#!/usr/bin/env bash
# Benchmark: how long a full consent withdrawal takes with N dependent published stories.
# Against a running Hearth on loopback (never a remote host):
#   bench/withdrawal.sh http://127.0.0.1:8080 admin@example.org 'password' 1 10 100
# Prints one line per N: the withdrawal call's wall time, and the check that every story answers 410 right after.
set -euo pipefail
BASE=${1:?base url} EMAIL=${2:?admin email} PASSWORD=${3:?admin password}
shift 3
case "$BASE" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "loopback only" >&2; exit 2 ;; esac

TOKEN=$(curl -sf -X POST -H 'Content-Type: application/json' \
  -d "$(jq -nc --arg e "$EMAIL" --arg p "$PASSWORD" '{email: $e, password: $p}')" "$BASE/api/v1/auth/tokens" | jq -r .token)
AUTH="Authorization: Bearer $TOKEN"
ORG=$(curl -sf -H "$AUTH" "$BASE/api/v1/studio/projects" | jq -r '.items[0].organization')
PROJECT=$(curl -sf -H "$AUTH" "$BASE/api/v1/studio/projects" | jq -r '.items[0].slug')
TODAY=$(date -u +%F) EXPIRES=$(date -u -d '+1 year' +%F)

post() { curl -sf -X POST -H "$AUTH" -H 'Content-Type: application/json' -d "$2" "$BASE$1"; }

for N in "$@"; do
  CONSENT=$(post /api/v1/studio/consents "$(jq -nc --arg org "$ORG" --arg t "$TODAY" --arg x "$EXPIRES" '{organization: $org,
    storyteller: "bench", obtainedBy: "bench", obtainedOn: $t, language: "en", channels: {website: true},
    identification: {name: "anonymous", face: "none", voice: "none"}, languages: ["en"], audiences: ["youth"],
    expiresOn: $x, descriptor: "none", compensation: {status: "none"}}')" | jq -r .id)
  SLUGS=()
  for i in $(seq 1 "$N"); do
    STORY=$(post /api/v1/studio/stories "$(jq -nc --arg org "$ORG" --arg p "$PROJECT" --arg c "$CONSENT" --arg i "$i" '{organization: $org,
      project: $p, lang: "en", title: "Bench withdrawal \($i) \(now)", summary: "Benchmark.", body: "Benchmark body.",
      audiences: ["youth"], topics: [], contentNotes: [], kind: "lived-experience", attribution: {type: "anonymous"}, consent: $c}')")
    ID=$(jq -r .id <<<"$STORY")
    SLUGS+=("$(jq -r .slug <<<"$STORY")")
    post "/api/v1/studio/stories/$ID/transitions" '{"action":"submit"}' >/dev/null
    VERSION=$(curl -sf -H "$AUTH" "$BASE/api/v1/studio/stories/$ID" | jq .version)
    post "/api/v1/studio/stories/$ID/storyteller-approval" "{\"version\": $VERSION}" >/dev/null
    post "/api/v1/studio/stories/$ID/transitions" '{"action":"approve"}' >/dev/null
    post "/api/v1/studio/stories/$ID/transitions" '{"action":"publish"}' >/dev/null
  done
  START=$(date +%s%N)
  REMOVED=$(post "/api/v1/studio/consents/$CONSENT/withdrawal" '{"scope":"full"}' | jq '.removed | length')
  MS=$(( ($(date +%s%N) - START) / 1000000 ))
  GONE=0
  for slug in "${SLUGS[@]}"; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/stories/$slug")" = 410 ] && GONE=$((GONE + 1))
  done
  echo "withdrawal with $N dependent stories: ${MS} ms, removed $REMOVED, answering 410 right after: $GONE/$N"
done
