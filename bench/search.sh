#!/usr/bin/env bash
# Search benchmark: time per query (median and 95th percentile) for a fixed set of queries, with
# 10,000 generated articles in the store on top of the real content.
#
#   bench/search.sh                       # SQLite, 10,000 articles, each query 200 times
#   STORE=postgresql bench/search.sh      # the same on PostgreSQL (a private cluster, see lib/postgres.sh)
#   ARTICLES=20000 RUNS=500 SEARCH_WARMUP=50 bench/search.sh   # SEARCH_WARMUP: untimed rounds of every query first (default 30)
#   SETTLE=300 bench/search.sh            # wait up to 300 s (default 120) for the load average to fall under 1 first
#
# It publishes Release into a temp folder, seeds a fresh store, adds the generated articles with sqlite3 or psql
# (the same rows on both; and empties the search index, which the site rebuilds from the store on its next start),
# then times each query with curl over loopback (one request at a time, the output cache turned off so
# every request runs the full-text query: FTS5 on SQLite, tsvector and GIN on PostgreSQL). Needs curl, and sqlite3
# or Debian's postgresql (installed with apt-get if missing, as root).
# It prints figures only; it is never part of the test run.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-10000}
RUNS=${RUNS:-200}
QUERIES=("lupus" "cytokine release syndrome" "CAR-T" "car t" "infusion" "B cells" "what is a T cell" "hospital stay" "side effects of immunotherapy" "zzzznomatch")

# shellcheck source=lib/postgres.sh
source bench/lib/postgres.sh
tools=(curl)
[[ $STORE == sqlite ]] && tools+=(sqlite3)
for tool in "${tools[@]}"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || { echo "$tool is missing; install it or run as root" >&2; exit 1; }
    apt-get update -q && apt-get install -y -q "$tool"
  fi
done

work=$(mktemp -d)
site_pid=""
cleanup() { [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null || true; pg_stop; rm -rf "$work"; }
trap cleanup EXIT

echo "Publishing Release…"
case $(uname -m) in aarch64 | arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
app=${PUBLISHED:-$work/app} # PUBLISHED=dir: a Release build already published (bench/run.sh --search passes its own)
[[ -n ${PUBLISHED:-} ]] || dotnet publish src/TherapyGuide.Web -c Release -r "$rid" --self-contained false -o "$app" --nologo -v quiet >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
db="$work/therapyguide.db"
if [[ $STORE == postgresql ]]; then
  chmod 755 "$work"
  pg_start "$work/pg"
fi
mapfile -t store_settings < <(store_env "$db")

start_site() {
  (cd "$app" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" "${store_settings[@]}" \
    TherapyGuide__OutputCache=false TherapyGuide__RateLimits__SearchPerMinute=100000000 Serilog__MinimumLevel__Default=Warning dotnet TherapyGuide.Web.dll >"$work/site.log" 2>&1) &
  site_pid=$!
  # Up to 10 minutes: on a busy machine, refilling the index of 10,000 articles takes minutes.
  for _ in $(seq 1 3000); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "the site did not start; its log:" >&2; cat "$work/site.log" >&2; exit 1
}
stop_site() { kill "$site_pid"; wait "$site_pid" 2>/dev/null || true; site_pid=""; }

start_site
stop_site

echo "Adding $ARTICLES generated articles ($STORE)…"
# The same rows on both stores: a title, a summary and a body of common words, every tenth about lupus and CAR-T,
# every third with B cells, T cells, a hospital stay and side effects.
words="'immune cells fever tiredness lymphoma melanoma recovery hospital clinic nurse family treatment trial receptor infusion blood marrow kidney lung skin thyroid'"
# One statement for both stores; only the row source and the literals of a date, a time, an empty list and empty
# JSON are spelt for each.
if [[ $STORE == postgresql ]]; then
  rows="generate_series(1, $ARTICLES) AS n(i)" day="DATE '2026-11-23'" due="DATE '2027-05-23'"
  moment="TIMESTAMPTZ '2026-11-23 00:00:00Z'" no_slugs="ARRAY[]::text[]" no_json="'[]'::jsonb"
else
  rows="(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $ARTICLES) SELECT i FROM n)"
  day="'2026-11-23'" due="'2027-05-23'" moment="'2026-11-23 00:00:00'" no_slugs="'[]'" no_json="'[]'"
fi
insert="INSERT INTO \"Articles\" (\"Title\", \"Summary\", \"Topic\", \"Order\", \"BodyMarkdown\", \"BodyHtml\", \"RenderVersion\",
    \"WordCount\", \"ReadingGrade\", \"Status\", \"Published\", \"LastReviewed\", \"NextReviewDue\", \"RelatedSlugs\", \"Slug\", \"Version\",
    \"CreatedUtc\", \"UpdatedUtc\", \"Sources\", \"TableOfContents\")
SELECT 'Generated article ' || i || ' about ' || substr($words, 1 + (i * 7) % 120, 24),
       'A generated summary number ' || i || ' for the search benchmark.',
       CASE i % 4 WHEN 0 THEN 'Basics' WHEN 1 THEN 'Cancer' WHEN 2 THEN 'TreatmentExperience' ELSE 'Autoimmune' END,
       100 + i,
       '## Part ' || i,
       '<h2 id=\"part\">Part ' || i || '</h2><p>' || $words || ' ' || $words || ' number ' || i ||
         CASE WHEN i % 10 = 0 THEN ' lupus and CAR-T cell therapy with cytokine release syndrome' ELSE '' END ||
         CASE WHEN i % 3 = 0 THEN ' B cells and T cells; a hospital stay; side effects of immunotherapy' ELSE '' END || '</p>',
       (SELECT max(\"RenderVersion\") FROM \"Articles\"), 60, 6.0, 'Published', $day, $day, $due, $no_slugs,
       'generated-' || i, 1, $moment, $moment, $no_json, $no_json
FROM $rows;
DELETE FROM \"SearchEntries\";"
if [[ $STORE == postgresql ]]; then pg_sql "$insert" >/dev/null; else sqlite3 "$db" "$insert"; fi

echo "Starting on the large store (the search index is rebuilt on start)…"
t0=$(date +%s%N)
start_site
t1=$(date +%s%N)
if [[ $STORE == postgresql ]]; then
  # What an operator does after a bulk load, done here so that autovacuum does not start on the 10,000 new rows
  # (and the index's pending entries) in the middle of the timings.
  pg_sql 'VACUUM ANALYZE "Articles", "SearchEntries", "SearchTotals", "SearchRankings";' >/dev/null
fi
# Timed one request at a time, the p95 is the machine's as much as the site's: let the publish, the insert and the
# index's refill (and, under bench/run.sh, the parts before) die down first, up to SETTLE seconds (default 120),
# until the one-minute load average is under 1 on this machine's cores.
for _ in $(seq 1 "${SETTLE:-120}"); do
  awk '{ exit !($1 < 1.0) }' /proc/loadavg && break
  sleep 1
done
load=$(cut -d' ' -f1-3 /proc/loadavg)
if [[ $STORE == postgresql ]]; then
  entries=$(pg_sql 'SELECT count(*) FROM "SearchEntries";')
else
  entries=$(sqlite3 "$db" "SELECT count(*) FROM SearchEntries;")
fi
echo "Started in $(( (t1 - t0) / 1000000 )) ms with $entries search entries."
echo

# Warm-up: every query SEARCH_WARMUP times, round after round, before any is timed, so the first query timed does not pay
# for the runtime's first compilations of the search path (tiered JIT) that the later ones would be spared.
urls=()
for query in "${QUERIES[@]}"; do
  urls+=("http://127.0.0.1:$port/search?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$query")")
done
for _ in $(seq 1 "${SEARCH_WARMUP:-30}"); do
  for url in "${urls[@]}"; do curl -s -o /dev/null "$url"; done
done

printf '%-32s %8s %10s %10s %10s\n' "query" "results" "median ms" "p95 ms" "target"
missed=0
for query in "${QUERIES[@]}"; do
  encoded=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$query")
  url="http://127.0.0.1:$port/search?q=$encoded"
  results=$(curl -s "$url" | grep -oE '(More than )?[0-9,]+ results?' | head -1 | sed -E 's/More than />/; s/ results?//; s/,//g' || true)
  times=$(for _ in $(seq 1 "$RUNS"); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n)
  median=$(echo "$times" | awk -v n="$RUNS" 'NR == int((n + 1) / 2) { printf "%.2f", $1 * 1000 }')
  p95=$(echo "$times" | awk -v n="$RUNS" 'NR == int(n * 0.95) { printf "%.2f", $1 * 1000 }')
  verdict=$(awk -v p="$p95" 'BEGIN { print (p <= 10 ? "ok" : "MISSED") }')
  printf '%-32s %8s %10s %10s %10s\n' "\"$query\"" "${results:-0}" "$median" "$p95" "≤10 $verdict"
  [[ $verdict == ok ]] || missed=$((missed + 1))
done
echo
echo "p95 within 10 ms: $(( ${#QUERIES[@]} - missed )) of ${#QUERIES[@]} queries ($missed MISSED); load average before the run: $load."
echo "Store: $STORE. Times are whole requests over loopback (HTTP, full-text query, page render), one at a time, output cache off."
