#!/usr/bin/env bash
# TherapyGuide as a cluster: readers through the Varnish front cache, and through the two nodes directly, against one
# node on SQLite; an editor saves every second meanwhile, and every save the site acknowledged is looked for in the store.
#
# Three runs of DURATION seconds each (default 20), wrk keeping CONNECTIONS (default 128) connections busy across every
# public page (as bench/load.sh), the editor saving a glossary word through the real form:
#   1. one node on SQLite (the default deployment), read directly;
#   2. two nodes on one PostgreSQL store with Varnish in front (deploy/varnish, the nodes' ports in cluster.vcl),
#      read through the front; the editor saves through the front too, and each save purges it;
#   3. the same two nodes read directly, half the connections each (a plain load balancer, no shared cache).
# It prints, per run: requests per second, p99 latency, errors (non-2xx/3xx answers and socket errors), saves
# acknowledged and found; for the front, its hit ratio. It exits non-zero on any error or lost save.
#
# How to run (root, Debian; installs wrk, curl, sqlite3, postgresql, varnish and varnish-modules if missing):
#     bench/cluster.sh                       # about 3 minutes: publish, then three runs of 20 s
#     DURATION=10 CONNECTIONS=64 bench/cluster.sh
# Settings (environment variables, defaults in brackets):
#     DURATION [20] seconds a run   CONNECTIONS [128]   THREADS [2]   SAVE_EVERY [1] seconds between saves
#     SRC [the repository holding this script]   PUBLISHED [] an existing publish folder   KEEP_TMP [0] 1 keeps the temp folder
# Everything (wrk, Varnish, both nodes, PostgreSQL) shares this machine's cores: the figures compare the designs on
# one machine; they are not any one part's capacity. This is a manual tool, never part of the test suite or CI.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SRC=${SRC:-$(cd "$SCRIPT_DIR/.." && pwd)}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-128}
THREADS=${THREADS:-2}
SAVE_EVERY=${SAVE_EVERY:-1}
SEARCH_LIMIT=100000000
PUBLISHED=${PUBLISHED:-}
KEEP_TMP=${KEEP_TMP:-0}
EDITOR_EMAIL=load-editor@example.org
EDITOR_PASSWORD="cluster bench passphrase $RANDOM$RANDOM"

if [[ ${1:-} == --help || ${1:-} == -h ]]; then sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0; fi

log() { printf '[cluster] %s\n' "$*" >&2; }
die() { printf '[cluster] error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- tools
need_install=()
command -v wrk >/dev/null || need_install+=(wrk)
command -v curl >/dev/null || need_install+=(curl)
command -v sqlite3 >/dev/null || need_install+=(sqlite3)
[[ -x /usr/sbin/varnishd ]] || need_install+=(varnish)
ls /usr/lib/*/varnish/vmods/libvmod_xkey.so >/dev/null 2>&1 || need_install+=(varnish-modules)
if ((${#need_install[@]})); then
  [[ $(id -u) == 0 ]] || die "needs root to install ${need_install[*]} with apt-get (or install them first)"
  log "installing ${need_install[*]}"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need_install[@]}" >/dev/null
fi
command -v dotnet >/dev/null || die "the .NET SDK is needed (dotnet)"
STORE=sqlite
# shellcheck source=lib/postgres.sh
source "$SCRIPT_DIR/lib/postgres.sh"
# shellcheck source=lib/ports.sh
source "$SCRIPT_DIR/lib/ports.sh"

T=$(mktemp -d /tmp/tg-cluster.XXXXXX)
chmod 755 "$T" # PostgreSQL's and Varnish's own users work in here
PIDS=()
cleanup() {
  trap - EXIT INT TERM
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  pg_stop
  if [[ $KEEP_TMP == 1 ]]; then log "kept $T"; else rm -rf "$T"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ -n $PUBLISHED ]]; then
  PUB=$PUBLISHED
else
  PUB=$T/publish
  log "publishing Release from $SRC"
  dotnet publish "$SRC/src/TherapyGuide.Web" -c Release -o "$PUB" --nologo -v quiet >"$T/publish.log" 2>&1 ||
    { tail -30 "$T/publish.log" >&2; die "publish failed"; }
fi

DB=$T/sqlite/therapyguide.db
mkdir -p "$T/sqlite"
node_env() { # the settings of a node: as deployed, on the current STORE, purging the front if given
  echo ASPNETCORE_ENVIRONMENT=Production
  echo ASPNETCORE_FORWARDEDHEADERS_ENABLED=true
  echo "TherapyGuide__RateLimits__SearchPerMinute=$SEARCH_LIMIT"
  echo Serilog__MinimumLevel__Default=Warning
  store_env "$DB"
  [[ -z ${1:-} ]] || echo "TherapyGuide__FrontCache__PurgeAddresses__0=$1"
}

add_editor() {
  local env
  mapfile -t env < <(node_env "$@")
  printf '%s\n' "$EDITOR_PASSWORD" | (cd "$PUB" && env "${env[@]}" dotnet TherapyGuide.Web.dll users add \
    --email "$EDITOR_EMAIL" --role Editor --password-stdin) >"$T/users.log" 2>&1 || { cat "$T/users.log" >&2; die "users add failed"; }
}

wait_for() { # URL PID
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "$1/healthz" && return 0
    kill -0 "$2" 2>/dev/null || die "$1 exited"
    sleep 0.1
  done
  die "$1 did not answer /healthz"
}

start_node() { # PORT LOG [PURGE]
  local env
  mapfile -t env < <(node_env "${3:-}")
  (cd "$PUB" && exec env "${env[@]}" dotnet TherapyGuide.Web.dll --urls "http://127.0.0.1:$1") >"$2" 2>&1 &
  PIDS+=($!)
  wait_for "http://127.0.0.1:$1" $!
}

stop_pids() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}

# run NAME TARGET...: wrk on each target at once (the connections shared out), the editor saving through the first.
RESULTS=()
run() {
  local name=$1 acknowledged found=0 failed line
  shift
  SITE=$1
  # shellcheck source=lib/load-pages.sh
  source "$SCRIPT_DIR/lib/load-pages.sh"
  # shellcheck source=lib/load-editor.sh
  source "$SCRIPT_DIR/lib/load-editor.sh"
  : >"$T/saves"
  log "$name: ${DURATION}s, $CONNECTIONS connections over $# address(es), ${#PAGES[@]} pages; an editor saves every ${SAVE_EVERY}s"
  editor &
  local editor_pid=$! wrks=() i=0
  for target in "$@"; do
    wrk -t"$THREADS" -c"$((CONNECTIONS / $#))" -d"${DURATION}s" --timeout 10s --latency -s "$T/pages.lua" "$target" >"$T/wrk.$i.txt" 2>&1 &
    wrks+=($!)
    i=$((i + 1))
  done
  wait "${wrks[@]}" || true
  kill "$editor_pid" 2>/dev/null || true
  wait "$editor_pid" 2>/dev/null || true
  acknowledged=$(grep -c '^ACK' "$T/saves" || true)
  failed=$(grep -c '^FAIL\|^SIGNIN' "$T/saves" || true)
  while read -r _ marker; do
    (($(store_sql "SELECT count(*) FROM \"Revisions\" WHERE \"Snapshot\" LIKE '%as $marker.%'") > 0)) && found=$((found + 1))
  done < <(grep '^ACK' "$T/saves")
  line=$(cat "$T"/wrk.*.txt | grep '^RESULT' | awk -v name="$name" -v ack="$acknowledged" -v found="$found" -v failed="$failed" '
    { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      requests += v["requests"]; rps += v["requests"] / v["seconds"]
      errors += v["status_errors"] + v["connect"] + v["read"] + v["write"] + v["timeout"]
      if (v["p99_ms"] > p99) p99 = v["p99_ms"]; if (v["p50_ms"] > p50) p50 = v["p50_ms"] }
    END { printf "%-34s %9.0f %8.2f %8.2f %9d %7d %7d/%d/%d", name, rps, p50, p99, requests, errors, ack, found, failed }')
  rm -f "$T"/wrk.*.txt
  RESULTS+=("$line")
  [[ $line =~ \ 0\ +$acknowledged/$acknowledged/ ]] || log "MISSED in $name: $line"
}

# ---------------------------------------------------------------- 1. one node on SQLite
STORE=sqlite
add_editor
P0=$(free_port)
start_node "$P0" "$T/single.log"
run "one node, SQLite" "http://127.0.0.1:$P0"
stop_pids

# ---------------------------------------------------------------- 2, 3. two nodes on PostgreSQL, Varnish in front
STORE=postgresql
pg_start "$T/pg"
P1=$(free_port) P2=$(free_port "$P1") PV=$(free_port "$P1" "$P2")
mkdir -p "$T/varnish"
sed -e "s/\"5001\"/\"$P1\"/" -e "s/\"5002\"/\"$P2\"/" "$SRC/deploy/varnish/cluster.vcl" >"$T/varnish/cluster.vcl"
jail=()
[[ $(id -u) == 0 ]] || jail=(-j none)
/usr/sbin/varnishd -F -a "127.0.0.1:$PV" -n "$T/varnish/work" -f "$SRC/deploy/varnish/therapyguide.vcl" \
  -p "vcl_path=$T/varnish:$SRC/deploy/varnish" -s malloc,256m "${jail[@]}" >"$T/varnish.log" 2>&1 &
PIDS+=($!)
FRONT=http://127.0.0.1:$PV
add_editor "$FRONT"
start_node "$P1" "$T/node1.log" "$FRONT" # the first start migrates and imports; the second finds it done
start_node "$P2" "$T/node2.log" "$FRONT"
wait_for "$FRONT" "${PIDS[0]}"
css=$(curl -s "$FRONT/" | grep -o 'href="/[^"]*\.css"' | head -1 | cut -d'"' -f2)
curl -s -o /dev/null "$FRONT$css"
static=$(curl -s -D - -o /dev/null "$FRONT$css" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-cache" { print $2 }')
run "two nodes, PostgreSQL, via Varnish" "$FRONT"
hits=$(varnishstat -n "$T/varnish/work" -1 -f MAIN.cache_hit -f MAIN.cache_miss | awk '/cache_hit/ { h = $2 } /cache_miss/ { m = $2 } END { printf "%.1f%% of %d lookups", 100 * h / (h + m), h + m }')
run "two nodes, PostgreSQL, direct" "http://127.0.0.1:$P1" "http://127.0.0.1:$P2"
stop_pids

cat <<REPORT

TherapyGuide as a cluster ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, ${DURATION}s a run, $CONNECTIONS connections, an editor saving every ${SAVE_EVERY}s)
                                     req/s  p50 ms   p99 ms  requests  errors  saves ack/found/failed
REPORT
printf '%s\n' "${RESULTS[@]}"
echo "Varnish answered $hits from its cache (the editor's pages and saves pass through it); $css, asked twice: $static"
for line in "${RESULTS[@]}"; do
  [[ $line =~ \ 0\ +([0-9]+)/([0-9]+)/ ]] && [[ ${BASH_REMATCH[1]} == "${BASH_REMATCH[2]}" && ${BASH_REMATCH[1]} != 0 ]] || { echo "verdict: MISSED"; exit 1; }
done
echo "verdict: ok, zero errors, zero lost saves"
