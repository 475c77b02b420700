#!/usr/bin/env bash
# TherapyGuide load test: every public page under heavy load while an editor keeps saving.
#
# For DURATION seconds (default 60), wrk keeps CONNECTIONS (default 256) connections busy across all public
# pages (home, lists, every article, every glossary word, compare, side effects, conditions, questions, print,
# search, feed, sitemap, robots, health), rotating through them, while an editor signs in and saves a glossary
# word every second through the real form (antiforgery token and cookies, as a browser would). Each save clears
# the output cache, so readers' pages are rendered again under load. At the end it checks that every save the
# site acknowledged (302 to ?saved=true) is in the store, and prints:
#   requests, errors (non-2xx/3xx answers and socket errors), p50/p99 latency, saves acknowledged/found.
# Targets: zero errors, zero lost saves. It exits non-zero when either is missed.
#
# How to run (root, Debian; installs wrk, sqlite3 (or, with STORE=postgresql, postgresql) and curl with apt-get if missing):
#     bench/load.sh                          # about 2 minutes: publish, then 60 s of load
#     DURATION=20 CONNECTIONS=64 bench/load.sh
# Settings (environment variables, defaults in brackets):
#     DURATION [60] seconds   CONNECTIONS [256]   THREADS [2]   SAVE_EVERY [1] seconds between the editor's saves
#     SEARCH_LIMIT [100000000] searches per minute allowed to one address: the load comes from 127.0.0.1 only, so
#                  the site's per-address search limit (TherapyGuide__RateLimits__SearchPerMinute) is raised.
#     SITE_EXTRA_ENV [] more NAME=value pairs for the site, e.g. Serilog__MinimumLevel__Default=Warning
#     SRC [the repository holding this script]   PUBLISHED [] an existing publish folder to use
#     KEEP_TMP [0] 1 keeps the temp folder (site log, wrk output, the store)
#     STORE [sqlite] postgresql: the site runs on a private PostgreSQL cluster (lib/postgres.sh) instead of a file
#
# The site runs as deployed (ASPNETCORE_ENVIRONMENT=Production) on plain http on a free loopback port with a fresh
# SQLite store, as behind a TLS proxy: ASPNETCORE_FORWARDEDHEADERS_ENABLED=true, and the editor's requests carry
# X-Forwarded-Proto: https (without it the editors' pages answer 403: they need HTTPS). The cookies are Secure-only,
# which curl will not send over http on its own, so the editor loop carries them in a Cookie header itself. Readers'
# requests come without the header, as plain http, which public pages serve. wrk, the site and the editor share this machine's cores: the figures
# are for this machine, not absolute capacity. This is a manual tool, never part of the test suite or CI.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SRC=${SRC:-$(cd "$SCRIPT_DIR/.." && pwd)}
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-256}
THREADS=${THREADS:-2}
SAVE_EVERY=${SAVE_EVERY:-1}
SEARCH_LIMIT=${SEARCH_LIMIT:-100000000}
SITE_EXTRA_ENV=${SITE_EXTRA_ENV:-}
PUBLISHED=${PUBLISHED:-}
KEEP_TMP=${KEEP_TMP:-0}
EDITOR_EMAIL=load-editor@example.org
EDITOR_PASSWORD="load test passphrase $RANDOM$RANDOM"

if [[ ${1:-} == --help || ${1:-} == -h ]]; then sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//'; exit 0; fi

log() { printf '[load] %s\n' "$*" >&2; }
die() { printf '[load] error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- tools
need_install=()
command -v wrk >/dev/null || need_install+=(wrk)
# shellcheck source=lib/postgres.sh
source "$SCRIPT_DIR/lib/postgres.sh" # STORE=postgresql runs the site on a private PostgreSQL cluster
[[ $STORE == sqlite ]] && { command -v sqlite3 >/dev/null || need_install+=(sqlite3); }
command -v curl >/dev/null || need_install+=(curl)
if ((${#need_install[@]})); then
  [[ $(id -u) == 0 ]] || die "needs root to install ${need_install[*]} with apt-get (or install them first)"
  log "installing ${need_install[*]}"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need_install[@]}" >/dev/null
fi
command -v dotnet >/dev/null || die "the .NET SDK is needed (dotnet)"

T=$(mktemp -d /tmp/tg-load.XXXXXX)
SITE_PID=
EDITOR_PID=
cleanup() {
  trap - EXIT INT TERM
  [[ -n $EDITOR_PID ]] && kill "$EDITOR_PID" 2>/dev/null || true
  if [[ -n $SITE_PID ]]; then kill "$SITE_PID" 2>/dev/null || true; wait "$SITE_PID" 2>/dev/null || true; fi
  pg_stop
  if [[ $KEEP_TMP == 1 ]]; then log "kept $T"; else rm -rf "$T"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# shellcheck source=lib/ports.sh
source "$SCRIPT_DIR/lib/ports.sh"

PORT=$(free_port)
SITE=http://127.0.0.1:$PORT
DB=$T/store/therapyguide.db
mkdir -p "$T/store"
if [[ $STORE == postgresql ]]; then
  chmod 755 "$T"
  pg_start "$T/pg"
fi

# ---------------------------------------------------------------- publish, store, editor
if [[ -n $PUBLISHED ]]; then
  PUB=$PUBLISHED
  log "using published site in $PUB"
else
  PUB=$T/publish
  log "publishing Release from $SRC"
  dotnet publish "$SRC/src/TherapyGuide.Web" -c Release -o "$PUB" --nologo -v quiet >"$T/publish.log" 2>&1 ||
    { tail -30 "$T/publish.log" >&2; die "publish failed"; }
fi

site_env=(
  ASPNETCORE_ENVIRONMENT=Production
  "TherapyGuide__RateLimits__SearchPerMinute=$SEARCH_LIMIT"
  ASPNETCORE_FORWARDEDHEADERS_ENABLED=true
)
mapfile -t -O "${#site_env[@]}" site_env < <(store_env "$DB")
# shellcheck disable=SC2206
site_env+=($SITE_EXTRA_ENV)

log "creating the editor with the users command"
printf '%s\n' "$EDITOR_PASSWORD" | (cd "$PUB" && env "${site_env[@]}" dotnet TherapyGuide.Web.dll users add \
  --email "$EDITOR_EMAIL" --role Editor --password-stdin) >&2

log "starting the site on $SITE"
(cd "$PUB" && exec env "${site_env[@]}" dotnet TherapyGuide.Web.dll --urls "$SITE") >"$T/site.log" 2>&1 &
SITE_PID=$!
for _ in $(seq 1 300); do
  curl -fs -o /dev/null "$SITE/healthz" && break
  kill -0 "$SITE_PID" 2>/dev/null || { tail -30 "$T/site.log" >&2; die "the site exited"; }
  sleep 0.1
done
curl -fs -o /dev/null "$SITE/healthz" || die "the site did not answer /healthz"

# shellcheck source=lib/load-pages.sh
source "$SCRIPT_DIR/lib/load-pages.sh"
# shellcheck source=lib/load-editor.sh
source "$SCRIPT_DIR/lib/load-editor.sh"

# ---------------------------------------------------------------- the load
: >"$T/saves"
log "load: ${DURATION}s, $CONNECTIONS connections, $THREADS threads, ${#PAGES[@]} pages; an editor saves every ${SAVE_EVERY}s"
editor &
EDITOR_PID=$!
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$T/pages.lua" "$SITE" >"$T/wrk.txt" 2>&1 || true
kill "$EDITOR_PID" 2>/dev/null || true
wait "$EDITOR_PID" 2>/dev/null || true
EDITOR_PID=

# ---------------------------------------------------------------- the figures
result=$(grep '^RESULT' "$T/wrk.txt" || true)
[[ -n $result ]] || { cat "$T/wrk.txt" >&2; die "wrk printed no result"; }
field() { sed -E "s/.* $1=([^ ]*).*/\1/" <<<" ${result#RESULT }"; }
requests=$(field requests)
status_errors=$(field status_errors)
socket_errors=$(($(field connect) + $(field read) + $(field write) + $(field timeout)))
acknowledged=$(grep -c '^ACK' "$T/saves" || true)
failed=$(grep -c '^FAIL\|^SIGNIN' "$T/saves" || true)
found=0
while read -r _ marker; do
  count=$(store_sql "SELECT count(*) FROM \"Revisions\" WHERE \"Snapshot\" LIKE '%as $marker.%'")
  ((count > 0)) && found=$((found + 1))
done < <(grep '^ACK' "$T/saves")
server_errors=$(grep -c '" *5[0-9][0-9] \| responded 5[0-9][0-9] ' "$T/site.log" || true)

cat <<REPORT

TherapyGuide under load ($(date -u +%Y-%m-%dT%H:%MZ), store $STORE, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))
  ${DURATION}s, $CONNECTIONS connections, $THREADS wrk threads, ${#PAGES[@]} public pages in rotation
  requests           $requests ($(awk -v r="$requests" -v s="$(field seconds)" 'BEGIN { printf "%.0f", r / s }') per second)
  errors             $((status_errors + socket_errors)) (non-2xx/3xx answers: $status_errors; socket errors: $socket_errors)
  5xx in the site log $server_errors
  latency            p50 $(field p50_ms) ms, p90 $(field p90_ms) ms, p99 $(field p99_ms) ms, max $(field max_ms) ms
  editor's saves     $acknowledged acknowledged, $found found in the store, $failed not acknowledged
REPORT
if ((status_errors + socket_errors == 0 && found == acknowledged && acknowledged > 0)); then
  echo "  verdict            ok: zero errors, zero lost saves"
else
  echo "  verdict            MISSED"
  grep -v '^ACK' "$T/saves" | head -5 >&2 || true
  exit 1
fi
