#!/usr/bin/env bash
# TherapyGuide benchmark: how close the public pages come to static files served by nginx.
#
# Measures, on this machine, for the Release build of src/TherapyGuide.Web:
#   * cold start: launch -> first 200 on / for a SECOND start on an already-seeded SQLite store (target <= 1000 ms);
#   * throughput and latency of each public page with the output cache on, against nginx serving the very same
#     bytes from disk, run alternately for several rounds (targets: >= 0.9 x nginx req/s, p99 <= 5 ms at 32 conns);
#   * the same pages with the output cache off, i.e. the render path (target: >= 0.3 x nginx req/s);
#   * resident memory (VmRSS) of the site after the load (target <= 150 MB);
#   * bytes a first visit transfers per page, compressed (br/gzip), HTML plus linked CSS, JS and images
#     (stylesheets, icons, scripts, img), against 60 KB;
#   * with --scale, the same again for /, /articles, an article and search with 10,000 extra articles in the store.
#
# How to run (root, Debian; installs nginx, wrk and, for --scale, sqlite3 with apt-get if missing):
#     bench/run.sh                     # about 11 minutes with the defaults
#     ROUNDS=2 DURATION=5 bench/run.sh # quicker
#     bench/run.sh --scale             # adds the 10,000-article run (about 7 minutes more)
#     bench/run.sh --scale-only        # only cold start, first-visit bytes and the 10,000-article run
#     bench/run.sh --lighthouse        # adds Lighthouse on every public page (bench/lighthouse.sh; about 12 minutes)
#     bench/run.sh --search            # adds search at 10,000 articles on both stores (bench/search.sh; about 10 minutes)
#     bench/run.sh --all               # everything: --scale, --lighthouse and --search (about 45 minutes)
# Settings (environment variables, defaults in brackets):
#     ROUNDS [3]  DURATION [10] seconds per wrk run  CONNECTIONS [32]  THREADS [2]  WARMUP [15] seconds (tiered JIT needs about 15 s under load to settle)
#     PAGES        [/ /articles/immunotherapy-and-car-t-compared /compare /side-effects /glossary /search?q=lupus]
#     SCALE_PAGES  [/ /articles /articles/immunotherapy-and-car-t-compared /search?q=lupus]
#     SCALE_COUNT  [10000] articles added by --scale
#     LIGHTHOUSE_RUNS [1] Lighthouse runs per page with --lighthouse (each run is a line of the report)
#     SEARCH_STORES [sqlite postgresql] the stores --search measures, one after the other (PostgreSQL: lib/postgres.sh)
#     TG_CACHE_OFF_ENV ["TherapyGuide__OutputCache=false"] environment (NAME=value, space separated) given to the
#                  site for the cache-off run. THE SITE MUST HONOUR IT: the script checks for the output cache's
#                  Age header and, if the site still caches, falls back (CACHE_OFF_FALLBACK=query, the default) to
#                  a unique query string per request, which renders every request but also stores each response
#                  in the output cache; CACHE_OFF_FALLBACK=none measures whatever the site does and says so.
#     RENDER_NGINX [reuse]  reuse: the cache-off table compares with the nginx medians of the cached run (keeps the
#                  default run near 10 minutes); rerun: measure nginx again, alternating, in the cache-off run too.
#     SITE_EXTRA_ENV [] more NAME=value pairs for the site in every run, e.g. Serilog__MinimumLevel__Default=Warning
#     SRC [the repository holding this script]  what to publish;  PUBLISHED [] an existing publish folder to use
#     OUT_DIR [bench/out] where the report is saved (git-ignored);  KEEP_TMP [0] 1 keeps the temp folder
#     STORE [sqlite] postgresql: the site runs on a private PostgreSQL cluster (lib/postgres.sh: Debian's initdb
#                  under the temp folder, on 127.0.0.1, the server's default settings); --scale then inserts with psql
#
# How it works: publishes Release into a temp folder, runs the site on a free loopback port with a fresh temp
# SQLite file, saves each page's bytes (uncompressed) and its linked assets into an nginx docroot, starts a private
# nginx (own prefix, pid file and config under the temp folder; worker_processes = nproc, access_log off, sendfile,
# keepalive) and loads both with wrk (--latency plus a small Lua script printing one parseable line). All traffic
# goes to 127.0.0.1 and every wrk run is bounded by DURATION. wrk, the site and nginx share this machine's cores,
# so the figures are for comparison on one machine, not absolute capacity. Pages that do not answer 200 show n/a.
#
# --scale inserts SCALE_COUNT published articles straight into the SQLite file with the sqlite3 CLI: the columns
# are read from the database (PRAGMA table_info(Articles)); each new row copies the first published article and
# overrides slug, title, summary, topic, order, Markdown and HTML bodies, table of contents, word count, dates,
# Version=1 and related slugs. Limits: no Revisions or ContentImports rows are written (editors' history of these
# articles is empty; public pages do not read it); the search index (FTS5 table SearchEntries, if present) is
# emptied so that the site rebuilds it from the store on its next start, which relies on the seeder rebuilding an
# empty index; columns added later that have no default in the template row are copied from the template.
#
# This is a manual tool: it is not part of the test suite or CI and must never be run by them.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SRC=${SRC:-$(cd "$SCRIPT_DIR/.." && pwd)}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-15}
PAGES=${PAGES:-"/ /articles/immunotherapy-and-car-t-compared /compare /side-effects /glossary /search?q=lupus"}
SCALE_PAGES=${SCALE_PAGES:-"/ /articles /articles/immunotherapy-and-car-t-compared /search?q=lupus"}
SCALE_COUNT=${SCALE_COUNT:-10000}
TG_CACHE_OFF_ENV=${TG_CACHE_OFF_ENV:-"TherapyGuide__OutputCache=false"}
CACHE_OFF_FALLBACK=${CACHE_OFF_FALLBACK:-query}
RENDER_NGINX=${RENDER_NGINX:-reuse}
SITE_EXTRA_ENV=${SITE_EXTRA_ENV:-}
PUBLISHED=${PUBLISHED:-}
OUT_DIR=${OUT_DIR:-$SCRIPT_DIR/out}
KEEP_TMP=${KEEP_TMP:-0}

# Targets.
CACHED_RATIO_MIN=0.9
CACHED_P99_MAX_MS=5
RENDER_RATIO_MIN=0.3
COLD_START_MAX_MS=1000
RSS_MAX_MB=150
FIRST_VISIT_MAX_KB=60

SCALE=0
STANDARD=1
LIGHTHOUSE_RUN=0
SEARCH_RUN=0
for arg in "$@"; do
  case "$arg" in
    --scale) SCALE=1 ;;
    --scale-only) SCALE=1 STANDARD=0 ;;
    --lighthouse) LIGHTHOUSE_RUN=1 ;;
    --search) SEARCH_RUN=1 ;;
    --all) SCALE=1 LIGHTHOUSE_RUN=1 SEARCH_RUN=1 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg (see --help)" >&2; exit 2 ;;
  esac
done

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for n in ROUNDS DURATION CONNECTIONS THREADS WARMUP SCALE_COUNT; do
  [[ ${!n} =~ ^[0-9]+$ && ${!n} -gt 0 ]] || die "$n must be a positive whole number (got '${!n}')"
done


for part in setup site floor pages wrk report scale; do
  # shellcheck source=/dev/null
  source "$SCRIPT_DIR/lib/$part.sh"
done

# ================================================================ run
START=$(now_ms)
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
if awk -v l="$LOAD_BEFORE" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
  log "WARNING: load average is $LOAD_BEFORE on $(nproc) cores: other work on this machine will lower every figure"
fi
log "site $SITE, nginx $NGX, temp $T; $ROUNDS rounds x ${DURATION}s, $CONNECTIONS connections, $THREADS threads"

seed_start 120
first_ms=$SEED_MS
log "first start (creates and seeds the store) -> /healthz: ${first_ms} ms"
cold_start
cold_ms=$COLD_MS
log "cold start (second start) -> first 200 on /: ${cold_ms} ms"
summary_line "cold start: 2nd start, launch -> first 200 on /" "$cold_ms ms" "<= $COLD_START_MAX_MS ms" "$(verdict le "$cold_ms" "$COLD_START_MAX_MS")"
summary_line "  (first start, seeding an empty store, -> /healthz)" "$first_ms ms" "" "info"
# Diagnostic: the same second start without the content import that runs on every start.
stop_site
T0=$(now_ms)
start_site "TherapyGuide__SeedOnStart=false"
wait_200 "$SITE/" 60
summary_line "  (2nd start with TherapyGuide__SeedOnStart=false -> first 200 on /)" "$(($(now_ms) - T0)) ms" "" "info"
stop_site
dotnet_run_start
summary_line "  (dotnet run --project src/TherapyGuide.Web, built, -> first 200 on /)" "${RUN_MS:-n/a} ms" "" "info"
start_site ""
wait_200 "$SITE/healthz" 60

cache_serving && CACHE_NOTE="served from the output cache (Age header seen)" || CACHE_NOTE="WARNING: no Age header: the output cache does not seem to answer"

read -ra PAGE_LIST <<<"$PAGES"
capture_pages base "${PAGE_LIST[@]}"
start_or_reload_nginx
check_nginx base "${PAGE_LIST[@]}"
start_or_restart_floor

if [[ $STANDARD == 1 ]]; then
  measure_cached_and_render base "" "${PAGE_LIST[@]}"
  RENDER_NOTE_BASE=$RENDER_NOTE
fi

if [[ $SCALE == 1 ]]; then
  scale_run
fi
stop_site
stop_floor
# The other two benchmarks, one after the other on the same published build, each starting its own site.
if [[ $LIGHTHOUSE_RUN == 1 ]]; then
  log "Lighthouse on every public page (bench/lighthouse.sh, RUNS=${LIGHTHOUSE_RUNS:-1})"
  # Every public page: this script's PAGES (the pages it loads) is not Lighthouse's list.
  env -u PAGES PUBLISHED="$PUB" RUNS="${LIGHTHOUSE_RUNS:-1}" "$SCRIPT_DIR/lighthouse.sh" >"$T/lighthouse.txt" 2>&1 || log "bench/lighthouse.sh failed: see the report"
fi
if [[ $SEARCH_RUN == 1 ]]; then
  # The target holds on both stores, so both are measured whatever STORE the pages ran on.
  for search_store in ${SEARCH_STORES:-sqlite postgresql}; do
    log "search at 10,000 articles (bench/search.sh, STORE=$search_store)"
    env PUBLISHED="$PUB" STORE="$search_store" "$SCRIPT_DIR/search.sh" >"$T/search-$search_store.txt" 2>&1 ||
      log "bench/search.sh failed on $search_store: see the report"
  done
fi
print_report
