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
# Settings (environment variables, defaults in brackets):
#     ROUNDS [3]  DURATION [10] seconds per wrk run  CONNECTIONS [32]  THREADS [2]  WARMUP [15] seconds (tiered JIT needs about 15 s under load to settle)
#     PAGES        [/ /articles/immunotherapy-and-car-t-compared /compare /side-effects /glossary /search?q=lupus]
#     SCALE_PAGES  [/ /articles /articles/immunotherapy-and-car-t-compared /search?q=lupus]
#     SCALE_COUNT  [10000] articles added by --scale
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
for arg in "$@"; do
  case "$arg" in
    --scale) SCALE=1 ;;
    --scale-only) SCALE=1 STANDARD=0 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg (see --help)" >&2; exit 2 ;;
  esac
done

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for n in ROUNDS DURATION CONNECTIONS THREADS WARMUP SCALE_COUNT; do
  [[ ${!n} =~ ^[0-9]+$ && ${!n} -gt 0 ]] || die "$n must be a positive whole number (got '${!n}')"
done

# ---------------------------------------------------------------- tools
need_install=()
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || need_install+=(nginx)
command -v wrk >/dev/null 2>&1 || need_install+=(wrk)
command -v curl >/dev/null 2>&1 || need_install+=(curl)
if [[ $SCALE == 1 ]]; then command -v sqlite3 >/dev/null 2>&1 || need_install+=(sqlite3); fi
if ((${#need_install[@]})); then
  [[ $(id -u) == 0 ]] || die "needs root to install ${need_install[*]} with apt-get (or install them first)"
  log "installing ${need_install[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q "${need_install[@]}" >/dev/null
  # Debian starts the packaged nginx on install; this benchmark runs its own and leaves the system's alone.
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
command -v dotnet >/dev/null 2>&1 || die "the .NET SDK is required (see global.json)"

# ---------------------------------------------------------------- temp dir and cleanup
T=$(mktemp -d /tmp/tg-bench.XXXXXX)
chmod 755 "$T" # nginx workers (www-data) read the docroot
SITE_PID=
NGINX_STARTED=0

stop_site() {
  if [[ -n $SITE_PID ]] && kill -0 "$SITE_PID" 2>/dev/null; then
    kill "$SITE_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SITE_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SITE_PID" 2>/dev/null || true
    wait "$SITE_PID" 2>/dev/null || true
  fi
  SITE_PID=
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_site
  if [[ $NGINX_STARTED == 1 && -s $T/nginx/nginx.pid ]]; then
    local npid
    npid=$(cat "$T/nginx/nginx.pid")
    kill -QUIT "$npid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$npid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$npid" 2>/dev/null || true
  fi
  if [[ $KEEP_TMP == 1 ]]; then log "kept $T"; else rm -rf "$T"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- helpers
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 30000))
    if port_free "$p" && [[ $p != "${SITE_PORT:-}" && $p != "${NGINX_PORT:-}" ]]; then echo "$p"; return; fi
  done
  die "no free loopback port"
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }
fmt() { awk -v v="$1" -v f="$2" 'BEGIN { if (v == "" || v == "n/a") print "n/a"; else printf f, v }'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 <= b + 0) }'; }
median() {
  printf '%s\n' "$@" | awk 'NF' | sort -g | awk '{ a[NR] = $1 }
    END { if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
verdict() { if "$@"; then echo ok; else echo MISSED; fi; }
path_only() { local p=${1%%\#*}; echo "${p%%\?*}"; }
page_key() { # a file name for a page path, e.g. / -> home, /search?q=x -> search
  local p
  p=$(path_only "$1")
  p=${p#/}
  p=${p//\//_}
  echo "${p:-home}"
}

SITE_PORT=$(free_port)
NGINX_PORT=$(free_port)
SITE=http://127.0.0.1:$SITE_PORT
NGX=http://127.0.0.1:$NGINX_PORT
DB=$T/store/therapyguide.db
mkdir -p "$T/store" "$T/doc" "$T/nginx/logs" "$T/nginx/tmp" "$T/wrk" "$T/pages"
chmod 755 "$T/doc"

# ---------------------------------------------------------------- publish
if [[ -n $PUBLISHED ]]; then
  PUB=$PUBLISHED
  [[ -f $PUB/TherapyGuide.Web.dll ]] || die "PUBLISHED=$PUB has no TherapyGuide.Web.dll"
  log "using published site in $PUB"
else
  PUB=$T/publish
  log "publishing Release from $SRC"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
  # For this machine's runtime, so the site is compiled ahead of time (ReadyToRun) as it would be deployed.
  case $(uname -m) in aarch64 | arm64) RID=linux-arm64 ;; *) RID=linux-x64 ;; esac
  dotnet publish "$SRC/src/TherapyGuide.Web" -c Release -r "$RID" --self-contained false -o "$PUB" --nologo -v quiet >"$T/publish.log" 2>&1 ||
    { tail -30 "$T/publish.log" >&2; die "publish failed"; }
fi
SITE_COMMIT=$(git -C "$SRC" rev-parse --short HEAD 2>/dev/null || echo unknown)
SITE_DIRTY=$(git -C "$SRC" status --porcelain 2>/dev/null | grep -q . && echo " (with uncommitted changes)" || true)

# ---------------------------------------------------------------- site control
# start_site "NAME=value ..."  launches the site (its PID is SITE_PID) and returns at once.
start_site() {
  local extra=$1
  local -a envs=(
    "ASPNETCORE_URLS=$SITE"
    "ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}"
    "ConnectionStrings__TherapyGuide=Data Source=$DB"
    "DOTNET_CLI_TELEMETRY_OPTOUT=1"
    # All the load comes from 127.0.0.1: lift the per-address search limit (120 a minute by default).
    "TherapyGuide__RateLimits__SearchPerMinute=100000000"
  )
  local kv
  for kv in $SITE_EXTRA_ENV $extra; do envs+=("$kv"); done
  echo "---- start $(date +%T) ${envs[*]}" >>"$T/site.log"
  (cd "$PUB" && exec env "${envs[@]}" dotnet TherapyGuide.Web.dll) >>"$T/site.log" 2>&1 &
  SITE_PID=$!
}

# wait_for URL SECONDS  waits for a 200; prints the milliseconds since $2 (start time in ms) when given
wait_200() {
  local url=$1 timeout_s=$2 deadline code
  deadline=$(($(now_ms) + timeout_s * 1000))
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)
    [[ $code == 200 ]] && return 0
    if ! kill -0 "$SITE_PID" 2>/dev/null; then
      local rc=0
      wait "$SITE_PID" 2>/dev/null || rc=$?
      tail -30 "$T/site.log" >&2
      die "the site exited (status $rc) while waiting for $url"
    fi
    if (($(now_ms) > deadline)); then
      tail -30 "$T/site.log" >&2
      die "no 200 from $url within ${timeout_s}s (last status $code)"
    fi
    sleep 0.01
  done
}

rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$SITE_PID/status" 2>/dev/null || echo n/a; }
# What the RSS is made of: private heap and code (anon, shmem: the JIT's double-mapped code) and file pages
# (the shared .NET framework and libraries, shared with other .NET processes and reclaimable).
rss_parts() { awk '/^RssAnon:/ { a = $2 } /^RssFile:/ { f = $2 } /^RssShmem:/ { s = $2 }
  END { printf "anon %.0f + shmem %.0f + file %.0f MB", a / 1024, s / 1024, f / 1024 }' "/proc/$SITE_PID/status" 2>/dev/null || echo n/a; }

# Start, wait for /healthz, stop: seeds the store (or rebuilds what the site rebuilds on start). Sets SEED_MS.
seed_start() {
  local timeout_s=$1 t0
  t0=$(now_ms)
  start_site ""
  wait_200 "$SITE/healthz" "$timeout_s"
  SEED_MS=$(($(now_ms) - t0))
  stop_site
}

# A second start on the seeded store: launch -> first 200 on /. Sets COLD_MS; leaves the site running (cache on).
cold_start() {
  local t0
  t0=$(now_ms)
  start_site ""
  wait_200 "$SITE/" 180
  COLD_MS=$(($(now_ms) - t0))
  wait_200 "$SITE/healthz" 60
}

# Does the site serve from its output cache? (second response carries an Age header)
cache_serving() {
  local headers
  curl -s -o /dev/null "$SITE/" || true
  headers=$(curl -s -D - -o /dev/null "$SITE/" || true)
  grep -qi '^age:' <<<"$headers"
}

# ---------------------------------------------------------------- pages, assets, nginx
declare -A STATUS=() FIRST_HTML=() FIRST_ENC=() FIRST_ASSETS=() FIRST_ASSET_N=() FIRST_TOTAL=() PAGE_BYTES=()
declare -A NGINX_MAP=() # path -> saved file name under pages/

# Linked assets of an HTML file: stylesheets, icons, scripts, images (local paths only).
assets_of() {
  tr '\n\r\t' '   ' <"$1" | grep -oiE '<(link|script|img)[[:space:]][^>]*>' | while IFS= read -r tag; do
    local attr=
    case "${tag:1:4}" in
      link | LINK) echo "$tag" | grep -qiE "rel=[\"']?[^\"'>]*(stylesheet|icon)" && attr=href ;;
      scri | SCRI) attr=src ;;
      img* | IMG*) attr=src ;;
    esac
    [[ -n $attr ]] || continue
    echo "$tag" | sed -nE "s/.*[[:space:]]$attr=\"([^\"]*)\".*/\1/ip; t; s/.*[[:space:]]$attr='([^']*)'.*/\1/ip" |
      sed 's/&amp;/\&/g'
  done | grep -E '^/[^/]' | sort -u || true
}

# capture PREFIX PAGE...  saves each page and its assets into the docroot, measures first-visit bytes.
capture_pages() {
  local prefix=$1 page key code file asset a_bytes sum n html_line
  shift
  for page in "$@"; do
    key=$(page_key "$page")
    file=$T/doc/pages/$key.html
    mkdir -p "$T/doc/pages"
    code=$(curl -s -o "$file" -w '%{http_code}' --max-time 60 "$SITE$page" || true)
    STATUS[$prefix|$page]=$code
    if [[ $code != 200 ]]; then
      log "$page answers $code: n/a"
      rm -f "$file"
      continue
    fi
    NGINX_MAP[$(path_only "$page")]=$key.html
    PAGE_BYTES[$prefix|$page]=$(stat -c %s "$file")
    # Uncompressed copies of the assets for nginx; compressed sizes for a first visit.
    html_line=$(curl -s -o /dev/null -H 'Accept-Encoding: br, gzip' -w '%{size_download} %header{content-encoding}' --max-time 60 "$SITE$page" || true)
    FIRST_HTML[$prefix|$page]=${html_line%% *}
    FIRST_ENC[$prefix|$page]=$(echo "${html_line#* }" | tr -d ' ')
    [[ -n ${FIRST_ENC[$prefix|$page]} ]] || FIRST_ENC[$prefix|$page]=none
    sum=0 n=0
    while IFS= read -r asset; do
      [[ -n $asset ]] || continue
      local apath
      apath=$(path_only "$asset")
      mkdir -p "$T/doc$(dirname "$apath")"
      curl -s -o "$T/doc$apath" --max-time 30 "$SITE$asset" || true
      a_bytes=$(curl -s -o /dev/null -H 'Accept-Encoding: br, gzip' -w '%{size_download}' --max-time 30 "$SITE$asset" || true)
      [[ $a_bytes =~ ^[0-9]+$ ]] || a_bytes=0
      sum=$((sum + a_bytes)) n=$((n + 1))
    done < <(assets_of "$file")
    FIRST_ASSETS[$prefix|$page]=$sum
    FIRST_ASSET_N[$prefix|$page]=$n
    FIRST_TOTAL[$prefix|$page]=$((${FIRST_HTML[$prefix|$page]} + sum))
  done
  chmod -R a+rX "$T/doc"
}

write_nginx_conf() {
  local workers path
  workers=$(nproc)
  {
    cat <<EOF
worker_processes $workers;
pid $T/nginx/nginx.pid;
error_log $T/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    keepalive_requests 1000000;
    client_body_temp_path $T/nginx/tmp/body;
    proxy_temp_path $T/nginx/tmp/proxy;
    fastcgi_temp_path $T/nginx/tmp/fastcgi;
    uwsgi_temp_path $T/nginx/tmp/uwsgi;
    scgi_temp_path $T/nginx/tmp/scgi;
    types {
        text/css css;
        text/javascript js;
        image/svg+xml svg;
        image/png png;
        image/jpeg jpg jpeg;
        image/webp webp;
        font/woff2 woff2;
    }
    default_type application/octet-stream;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $T/doc;
EOF
    for path in "${!NGINX_MAP[@]}"; do
      cat <<EOF
        location = $path {
            types { }
            default_type "text/html; charset=utf-8";
            try_files /pages/${NGINX_MAP[$path]} =404;
        }
EOF
    done
    echo "    }"
    echo "}"
  } >"$T/nginx/nginx.conf"
}

start_or_reload_nginx() {
  write_nginx_conf
  "$NGINX" -t -q -p "$T/nginx" -e "$T/nginx/logs/error.log" -c "$T/nginx/nginx.conf" ||
    die "nginx config test failed ($T/nginx/nginx.conf)"
  if [[ $NGINX_STARTED == 1 ]]; then
    "$NGINX" -p "$T/nginx" -e "$T/nginx/logs/error.log" -c "$T/nginx/nginx.conf" -s reload
    sleep 1
  else
    "$NGINX" -p "$T/nginx" -e "$T/nginx/logs/error.log" -c "$T/nginx/nginx.conf"
    NGINX_STARTED=1
    for _ in $(seq 1 50); do [[ -s $T/nginx/nginx.pid ]] && break; sleep 0.1; done
  fi
}

# Same bytes and content type from nginx as from the site.
check_nginx() {
  local prefix=$1 page key ctype
  shift
  for page in "$@"; do
    [[ ${STATUS[$prefix|$page]} == 200 ]] || continue
    key=$(page_key "$page")
    ctype=$(curl -s -o "$T/pages/check.html" -w '%{content_type}' "$NGX$page")
    cmp -s "$T/pages/check.html" "$T/doc/pages/$key.html" || die "nginx serves other bytes for $page"
    [[ $ctype == "text/html; charset=utf-8" ]] || die "nginx serves $page as '$ctype'"
  done
}

# ---------------------------------------------------------------- wrk
cat >"$T/wrk/report.lua" <<'EOF'
-- One parseable line at the end of each run.
done = function(summary, latency, requests)
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH rps=%.1f p50_ms=%.3f p99_ms=%.3f requests=%d socket_errors=%d http_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, socket, summary.errors.status))
end
EOF
# Same, but each request gets its own query string so that an output cache cannot answer it.
{
  cat <<'EOF'
local threads, counter, sep = 0, 0, "?"
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function init(args)
  if string.find(wrk.path, "?", 1, true) then sep = "&" end
end
function request()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. sep .. "bench=" .. tostring(tid) .. "-" .. counter)
end
EOF
  cat "$T/wrk/report.lua"
} >"$T/wrk/bust.lua"

# run_wrk URL SECONDS LUA OUTFILE -> "rps p50 p99 errors"
run_wrk() {
  local url=$1 secs=$2 lua=$3 out=$4 line
  timeout $((secs + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${secs}s" --timeout 5s --latency -s "$lua" "$url" >"$out" 2>&1 || true
  line=$(grep '^BENCH ' "$out" | tail -1 || true)
  if [[ -z $line ]]; then
    log "wrk gave no result for $url:"; tail -5 "$out" >&2
    echo "n/a n/a n/a n/a"
    return
  fi
  # No request finished in time: no latency to report.
  echo "$line" | awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    if (v["requests"] + 0 == 0) print 0, "n/a", "n/a", v["socket_errors"] + v["http_errors"]
    else print v["rps"], v["p50_ms"], v["p99_ms"], v["socket_errors"] + v["http_errors"] }'
}

# Waits until the site is idle (under 10% of a core for half a second, at most 60 s): a page that renders slowly
# keeps the server busy after wrk has hung up, which would otherwise be charged to the next run.
settle() {
  [[ -n $SITE_PID && -r /proc/$SITE_PID/stat ]] || return 0
  local prev cur
  prev=$(awk '{ print $14 + $15 }' "/proc/$SITE_PID/stat")
  for _ in $(seq 1 120); do
    sleep 0.5
    cur=$(awk '{ print $14 + $15 }' "/proc/$SITE_PID/stat" 2>/dev/null || echo 0)
    ((cur - prev <= 5)) && return 0
    prev=$cur
  done
  log "the site is still busy after 60 s"
}

declare -A R=() # "set|page|site_rps" etc.

# measure SET MODE LUA PAGE...   MODE: cached (site and nginx alternate) | render (site; nginx per RENDER_NGINX)
measure() {
  local set=$1 mode=$2 lua=$3 page r
  shift 3
  for page in "$@"; do
    if [[ ${STATUS[${set%%-*}|$page]:-} != 200 ]]; then continue; fi
    local with_nginx=1
    [[ $mode == render && $RENDER_NGINX == reuse ]] && with_nginx=0
    log "$set: $page (warm-up, then $ROUNDS x ${DURATION}s)"
    run_wrk "$SITE$page" "$WARMUP" "$lua" "$T/wrk/warm.txt" >/dev/null
    settle
    local -a s_rps=() s_p50=() s_p99=() n_rps=() n_p50=() n_p99=()
    local errs=0 order who rps p50 p99 e
    for ((r = 1; r <= ROUNDS; r++)); do
      # Alternate which goes first, so neither always runs on a machine the other just heated.
      if ((r % 2)); then order="site nginx"; else order="nginx site"; fi
      for who in $order; do
        [[ $who == nginx ]] && ((!with_nginx)) && continue
        if [[ $who == site ]]; then
          read -r rps p50 p99 e < <(run_wrk "$SITE$page" "$DURATION" "$lua" "$T/wrk/$set-$(page_key "$page")-site-$r.txt")
          s_rps+=("$rps") s_p50+=("$p50") s_p99+=("$p99")
          settle
        else
          read -r rps p50 p99 e < <(run_wrk "$NGX$page" "$DURATION" "$T/wrk/report.lua" "$T/wrk/$set-$(page_key "$page")-nginx-$r.txt")
          n_rps+=("$rps") n_p50+=("$p50") n_p99+=("$p99")
        fi
        [[ $e =~ ^[0-9]+$ ]] && errs=$((errs + e))
        log "  round $r $who: $rps req/s, p50 $p50 ms, p99 $p99 ms"
      done
    done
    R[$set|$page|site_rps]=$(median "${s_rps[@]/n\/a/}")
    R[$set|$page|site_p50]=$(median "${s_p50[@]/n\/a/}")
    R[$set|$page|site_p99]=$(median "${s_p99[@]/n\/a/}")
    R[$set|$page|errors]=$errs
    if ((with_nginx)); then
      R[$set|$page|nginx_rps]=$(median "${n_rps[@]/n\/a/}")
      R[$set|$page|nginx_p99]=$(median "${n_p99[@]/n\/a/}")
    fi
  done
}

# ---------------------------------------------------------------- report
REPORT=$T/report.txt
out() { printf "$@" | tee -a "$REPORT"; }
PW=46 # page column width

table_cached() {
  local set=$1 page
  shift
  out '\n%s\n' "$TITLE"
  [[ -n $NOTE ]] && out '  %s\n' "$NOTE"
  out '%-*s %10s %11s %10s %-17s %7s %7s %-15s %s\n' $PW page "site req/s" "nginx req/s" site/nginx "target >=$CACHED_RATIO_MIN" "p50 ms" "p99 ms" "target <=${CACHED_P99_MAX_MS} ms" notes
  for page in "$@"; do
    if [[ ${STATUS[${set%%-*}|$page]:-} != 200 ]]; then
      out '%-*s %10s %11s %10s %-17s %7s %7s %-15s %s\n' $PW "$page" n/a n/a n/a n/a n/a n/a n/a "answers ${STATUS[${set%%-*}|$page]:-?}"
      continue
    fi
    local s=${R[$set|$page|site_rps]} n=${R[$set|$page|nginx_rps]} ratio v1 v2 note=
    ratio=$(awk -v s="$s" -v n="$n" 'BEGIN { if (n + 0 > 0 && s != "n/a") printf "%.2f", s / n; else print "n/a" }')
    v1=$(verdict ge "$ratio" "$CACHED_RATIO_MIN")
    v2=$(verdict le "${R[$set|$page|site_p99]}" "$CACHED_P99_MAX_MS")
    [[ $ratio == n/a ]] && v1=MISSED
    ((${R[$set|$page|errors]:-0} > 0)) && note="${R[$set|$page|errors]} errors"
    out '%-*s %10s %11s %10s %-17s %7s %7s %-15s %s\n' $PW "$page" "$(fmt "$s" %.0f)" "$(fmt "$n" %.0f)" "$ratio" "$v1" \
      "$(fmt "${R[$set|$page|site_p50]}" %.2f)" "$(fmt "${R[$set|$page|site_p99]}" %.2f)" "$v2" "$note"
  done
}

table_render() {
  local set=$1 cached_set=$2 page
  shift 2
  out '\n%s\n' "$TITLE"
  [[ -n $NOTE ]] && out '  %s\n' "$NOTE"
  out '%-*s %10s %11s %10s %-17s %7s %7s %s\n' $PW page "site req/s" "nginx req/s" site/nginx "target >=$RENDER_RATIO_MIN" "p50 ms" "p99 ms" notes
  for page in "$@"; do
    if [[ ${STATUS[${set%%-*}|$page]:-} != 200 ]]; then
      out '%-*s %10s %11s %10s %-17s %7s %7s %s\n' $PW "$page" n/a n/a n/a n/a n/a n/a "answers ${STATUS[${set%%-*}|$page]:-?}"
      continue
    fi
    local s=${R[$set|$page|site_rps]} n=${R[$set|$page|nginx_rps]:-${R[$cached_set|$page|nginx_rps]:-n/a}} ratio v note=
    ratio=$(awk -v s="$s" -v n="$n" 'BEGIN { if (n + 0 > 0 && s != "n/a") printf "%.2f", s / n; else print "n/a" }')
    v=$(verdict ge "$ratio" "$RENDER_RATIO_MIN")
    [[ $ratio == n/a ]] && v=MISSED
    ((${R[$set|$page|errors]:-0} > 0)) && note="${R[$set|$page|errors]} errors"
    out '%-*s %10s %11s %10s %-17s %7s %7s %s\n' $PW "$page" "$(fmt "$s" %.0f)" "$(fmt "$n" %.0f)" "$ratio" "$v" \
      "$(fmt "${R[$set|$page|site_p50]}" %.2f)" "$(fmt "${R[$set|$page|site_p99]}" %.2f)" "$note"
  done
}

table_first_visit() {
  local set=$1 page
  shift
  out '\n%s\n' "$TITLE"
  [[ -n $NOTE ]] && out '  %s\n' "$NOTE"
  out '%-*s %10s %-9s %9s %11s %9s %-17s %s\n' $PW page "HTML bytes" encoding "assets" "asset bytes" "total KB" "target <=$FIRST_VISIT_MAX_KB KB" "uncompressed HTML KB"
  for page in "$@"; do
    if [[ ${STATUS[$set|$page]:-} != 200 ]]; then
      out '%-*s %10s %-9s %9s %11s %9s %-17s %s\n' $PW "$page" n/a n/a n/a n/a n/a n/a "answers ${STATUS[$set|$page]:-?}"
      continue
    fi
    local kb v
    kb=$(awk -v b="${FIRST_TOTAL[$set|$page]}" 'BEGIN { printf "%.1f", b / 1024 }')
    v=$(verdict le "$kb" "$FIRST_VISIT_MAX_KB")
    out '%-*s %10s %-9s %9s %11s %9s %-17s %s\n' $PW "$page" "${FIRST_HTML[$set|$page]}" "${FIRST_ENC[$set|$page]}" \
      "${FIRST_ASSET_N[$set|$page]}" "${FIRST_ASSETS[$set|$page]}" "$kb" "$v" \
      "$(awk -v b="${PAGE_BYTES[$set|$page]}" 'BEGIN { printf "%.1f", b / 1024 }')"
  done
}

declare -a SUMMARY=()
summary_line() { SUMMARY+=("$(printf '%-*s %10s %-14s %s' 66 "$1" "$2" "$3" "$4")"); }

# Restarts the site for the render path; sets BUST_LUA and RENDER_NOTE.
start_render_site() {
  stop_site
  start_site "$TG_CACHE_OFF_ENV"
  wait_200 "$SITE/healthz" 120
  BUST_LUA=$T/wrk/report.lua
  RSS_TAG=""
  RENDER_NOTE="Site started with $TG_CACHE_OFF_ENV: output cache off (no Age header)"
  if cache_serving; then
    if [[ $CACHE_OFF_FALLBACK == query ]]; then
      BUST_LUA=$T/wrk/bust.lua
      RSS_TAG=" (query fallback)"
      RENDER_NOTE="The site IGNORES $TG_CACHE_OFF_ENV (Age header still sent). Fallback: every request carries its own query string, so each one is rendered (and then stored in the output cache, which also swells RSS)"
    else
      RENDER_NOTE="The site IGNORES $TG_CACHE_OFF_ENV (Age header still sent): these are CACHED figures"
    fi
    log "WARNING: $RENDER_NOTE"
  fi
}

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
start_site ""
wait_200 "$SITE/healthz" 60

cache_serving && CACHE_NOTE="served from the output cache (Age header seen)" || CACHE_NOTE="WARNING: no Age header: the output cache does not seem to answer"

read -ra PAGE_LIST <<<"$PAGES"
capture_pages base "${PAGE_LIST[@]}"
start_or_reload_nginx
check_nginx base "${PAGE_LIST[@]}"

if [[ $STANDARD == 1 ]]; then
  measure base-cached cached "$T/wrk/report.lua" "${PAGE_LIST[@]}"
  rss_cached=$(rss_mb)
  rss_cached_parts=$(rss_parts)
  start_render_site
  measure base-render render "$BUST_LUA" "${PAGE_LIST[@]}"
  rss_render=$(rss_mb)
  RENDER_NOTE_BASE=$RENDER_NOTE
  summary_line "RSS after load, output cache on" "$rss_cached MB" "<= $RSS_MAX_MB MB" "$(verdict le "$rss_cached" "$RSS_MAX_MB")"
  summary_line "  (that RSS: $rss_cached_parts)" "" "" "info"
  summary_line "RSS after load, render-path run$RSS_TAG" "$rss_render MB" "<= $RSS_MAX_MB MB" "$(verdict le "$rss_render" "$RSS_MAX_MB")"
fi

if [[ $SCALE == 1 ]]; then
  stop_site
  log "scale: adding $SCALE_COUNT articles to the store"
  cols=$(sqlite3 "$DB" "SELECT name FROM pragma_table_info('Articles') ORDER BY cid;")
  [[ -n $cols ]] || die "no Articles table in $DB"
  # Topics cycle through those the seeded articles use.
  topic_case="CASE n.i % $(sqlite3 "$DB" "SELECT count(DISTINCT Topic) FROM Articles;")"
  k=0
  while IFS= read -r q; do topic_case+=" WHEN $k THEN $q"; k=$((k + 1)); done < <(sqlite3 "$DB" "SELECT DISTINCT quote(Topic) FROM Articles ORDER BY 1;")
  topic_case+=" END"
  # Expressions for the columns we set; every other column is copied from the template article t.
  declare -A OVR=(
    [Id]=SKIP
    [Slug]="printf('scale-article-%05d', n.i)"
    [Title]="printf('Scale test article %d: what happens during treatment week %d?', n.i, n.i % 52 + 1)"
    [Summary]="printf('Generated article %d for the 10,000-article test. It explains a made-up treatment step in plain words%s.', n.i, CASE WHEN n.i % 10 = 0 THEN ' for people with lupus' ELSE '' END)"
    [Topic]="$topic_case"
    [Order]="100 + n.i"
    [BodyMarkdown]="printf('This is generated article %d. Immunotherapy and CAR-T cell therapy use the immune system to fight disease%s.' || char(10) || char(10) || '## What happens in week %d?' || char(10) || char(10) || 'Your care team checks your blood, asks how you feel and explains the next step. Bring your questions and a friend if you like.' || char(10) || char(10) || '## When should I call the hospital?' || char(10) || char(10) || 'Call at once if you have a fever, feel confused or find it hard to breathe.' || char(10), n.i, CASE WHEN n.i % 10 = 0 THEN ', and some trials study it for lupus' ELSE '' END, n.i % 52 + 1)"
    [BodyHtml]="printf('<p>This is generated article %d. Immunotherapy and CAR-T cell therapy use the immune system to fight disease%s.</p>' || char(10) || '<h2 id=\"what-happens-in-week-%d\">What happens in week %d?</h2>' || char(10) || '<p>Your care team checks your blood, asks how you feel and explains the next step. Bring your questions and a friend if you like.</p>' || char(10) || '<h2 id=\"when-should-i-call-the-hospital\">When should I call the hospital?</h2>' || char(10) || '<p>Call at once if you have a fever, feel confused or find it hard to breathe.</p>' || char(10), n.i, CASE WHEN n.i % 10 = 0 THEN ', and some trials study it for lupus' ELSE '' END, n.i % 52 + 1, n.i % 52 + 1)"
    [TableOfContents]="printf('[{\"Id\":\"what-happens-in-week-%d\",\"Level\":2,\"Text\":\"What happens in week %d?\"},{\"Id\":\"when-should-i-call-the-hospital\",\"Level\":2,\"Text\":\"When should I call the hospital?\"}]', n.i % 52 + 1, n.i % 52 + 1)"
    [WordCount]="70"
    [ReadingGrade]="4.0"
    [Status]="'Published'"
    [Published]="date('now', printf('-%d days', n.i % 900))"
    [LastReviewed]="date('now', printf('-%d days', n.i % 300))"
    [NextReviewDue]="date('now', printf('+%d days', 30 + n.i % 300))"
    [RelatedSlugs]="'[]'"
    [Version]="1"
    [CreatedUtc]="strftime('%Y-%m-%d %H:%M:%f', 'now')"
    [UpdatedUtc]="strftime('%Y-%m-%d %H:%M:%f', 'now')"
  )
  ins_cols=() sel_exprs=()
  while IFS= read -r c; do
    [[ -n $c ]] || continue
    e=${OVR[$c]:-}
    [[ $e == SKIP ]] && continue
    ins_cols+=("\"$c\"")
    if [[ -n $e ]]; then sel_exprs+=("$e"); else sel_exprs+=("t.\"$c\""); fi
  done <<<"$cols"
  ins_list=$(IFS=,; printf '%s' "${ins_cols[*]}")
  sel_list=$(IFS=,; printf '%s' "${sel_exprs[*]}")
  sql="INSERT INTO Articles ($ins_list)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $SCALE_COUNT)
  SELECT $sel_list FROM n, (SELECT * FROM Articles WHERE Status = 'Published' ORDER BY Id LIMIT 1) AS t;"
  echo "$sql" >"$T/scale.sql"
  before=$(sqlite3 "$DB" "SELECT count(*) FROM Articles;")
  sqlite3 "$DB" "BEGIN; $sql COMMIT;" || die "scale insert failed (SQL in $T/scale.sql; KEEP_TMP=1 keeps it)"
  after=$(sqlite3 "$DB" "SELECT count(*) FROM Articles;")
  log "scale: Articles $before -> $after"
  if [[ -n $(sqlite3 "$DB" "SELECT name FROM sqlite_master WHERE name = 'SearchEntries';") ]]; then
    sqlite3 "$DB" "DELETE FROM SearchEntries;"
    log "scale: search index emptied; the site rebuilds it on start"
  fi
  seed_start 600
  scale_first_ms=$SEED_MS
  if [[ -n $(sqlite3 "$DB" "SELECT name FROM sqlite_master WHERE name = 'SearchEntries';") ]]; then
    log "scale: search index holds $(sqlite3 "$DB" "SELECT count(*) FROM SearchEntries;") entries"
  fi
  cold_start
  scale_cold_ms=$COLD_MS
  summary_line "scale: cold start with $after articles, launch -> first 200 on /" "$scale_cold_ms ms" "<= $COLD_START_MAX_MS ms" "$(verdict le "$scale_cold_ms" "$COLD_START_MAX_MS")"
  summary_line "  (scale: first start after the insert, -> /healthz)" "$scale_first_ms ms" "" "info"
  read -ra SCALE_LIST <<<"$SCALE_PAGES"
  cache_serving && SCALE_CACHE_NOTE="served from the output cache (Age header seen)" || SCALE_CACHE_NOTE="WARNING: no Age header: the output cache does not seem to answer"
  capture_pages scale "${SCALE_LIST[@]}"
  start_or_reload_nginx
  check_nginx scale "${SCALE_LIST[@]}"
  measure scale-cached cached "$T/wrk/report.lua" "${SCALE_LIST[@]}"
  rss_scale_cached=$(rss_mb)
  start_render_site
  measure scale-render render "$BUST_LUA" "${SCALE_LIST[@]}"
  rss_scale_render=$(rss_mb)
  RENDER_NOTE_SCALE=$RENDER_NOTE
  summary_line "scale: RSS after load, output cache on" "$rss_scale_cached MB" "<= $RSS_MAX_MB MB" "$(verdict le "$rss_scale_cached" "$RSS_MAX_MB")"
  summary_line "scale: RSS after load, render-path run$RSS_TAG" "$rss_scale_render MB" "<= $RSS_MAX_MB MB" "$(verdict le "$rss_scale_render" "$RSS_MAX_MB")"
fi
stop_site

# ---------------------------------------------------------------- print
: >"$REPORT"
out '\nTherapyGuide benchmark  %s  commit %s%s\n' "$(date '+%Y-%m-%d %H:%M')" "$SITE_COMMIT" "$SITE_DIRTY"
out 'machine: %s cores, %s; wrk %s threads, %s connections, %s rounds x %ss (median), warm-up %ss; nginx %s workers\n' \
  "$(nproc)" "$(awk '/MemTotal/ { printf "%.0f GB RAM", $2 / 1048576 }' /proc/meminfo)" "$THREADS" "$CONNECTIONS" "$ROUNDS" "$DURATION" "$WARMUP" "$(nproc)"
out 'load average: %s before the run, %s after\n' "$LOAD_BEFORE" "$(cut -d' ' -f1-3 /proc/loadavg)"
[[ -n $SITE_EXTRA_ENV ]] && out 'site extra environment: %s\n' "$SITE_EXTRA_ENV"

nginx_src="nginx column: the medians of the cached run above."
[[ $RENDER_NGINX == rerun ]] && nginx_src="nginx column: measured again, alternating with the site."
if [[ $STANDARD == 1 ]]; then
  TITLE="CACHED PAGES: output cache on, vs nginx serving the same bytes"
  NOTE="$CACHE_NOTE"
  table_cached base-cached "${PAGE_LIST[@]}"
  TITLE="RENDER PATH: output cache off, vs nginx"
  NOTE="$RENDER_NOTE_BASE. $nginx_src"
  table_render base-render base-cached "${PAGE_LIST[@]}"
fi
if [[ $SCALE == 1 ]]; then
  TITLE="SCALE, $after articles in the store: CACHED PAGES vs nginx serving the same bytes"
  NOTE="$SCALE_CACHE_NOTE"
  table_cached scale-cached "${SCALE_LIST[@]}"
  TITLE="SCALE, $after articles in the store: RENDER PATH vs nginx"
  NOTE="$RENDER_NOTE_SCALE. $nginx_src"
  table_render scale-render scale-cached "${SCALE_LIST[@]}"
fi

TITLE="FIRST VISIT, compressed (Accept-Encoding: br, gzip): HTML + linked stylesheets, icons, scripts and images"
NOTE=""
table_first_visit base "${PAGE_LIST[@]}"
if [[ $SCALE == 1 ]]; then
  TITLE="SCALE, $after articles in the store: FIRST VISIT, compressed"
  table_first_visit scale "${SCALE_LIST[@]}"
fi

out '\n%-66s %10s %-14s %s\n' "Start-up and memory" figure target result
for line in "${SUMMARY[@]}"; do out '%s\n' "$line"; done
out '\ntotal run time: %s s\n' $((($(now_ms) - START) / 1000))

mkdir -p "$OUT_DIR" 2>/dev/null && cp "$REPORT" "$OUT_DIR/report-$(date +%Y%m%d-%H%M%S).txt" 2>/dev/null &&
  log "report saved in $OUT_DIR" || true
