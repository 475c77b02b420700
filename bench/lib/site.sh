# shellcheck shell=bash
# Part of bench/run.sh, sourced by it in order: publishing the site, starting and stopping it, start-up timings.

# ---------------------------------------------------------------- publish
case $(uname -m) in aarch64 | arm64) RID=linux-arm64 ;; *) RID=linux-x64 ;; esac
if [[ -n $PUBLISHED ]]; then
  PUB=$PUBLISHED
  [[ -f $PUB/TherapyGuide.Web.dll ]] || die "PUBLISHED=$PUB has no TherapyGuide.Web.dll"
  log "using published site in $PUB"
else
  PUB=$T/publish
  log "publishing Release from $SRC"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
  # For this machine's runtime, so the site is compiled ahead of time (ReadyToRun) as it would be deployed.
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
    "DOTNET_CLI_TELEMETRY_OPTOUT=1"
    # All the load comes from 127.0.0.1: lift the per-address search limit (120 a minute by default).
    "TherapyGuide__RateLimits__SearchPerMinute=100000000"
  )
  local kv
  mapfile -t -O "${#envs[@]}" envs < <(store_env "$DB")
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

# `dotnet run --project src/TherapyGuide.Web`, as the README starts the site (Debug build, Development, the launch
# profile's settings), on the already-seeded store: launch -> first 200 on /. The build is brought up to date first
# and not counted; dotnet run still checks it. Sets RUN_MS, or leaves it empty when it did not answer within 3 minutes.
dotnet_run_start() {
  local t0 pgid code deadline
  RUN_MS=
  dotnet build "$SRC/src/TherapyGuide.Web" -v quiet --nologo >"$T/dotnet-run-build.log" 2>&1 || { log "dotnet build failed: no dotnet run figure"; return; }
  local -a envs
  mapfile -t envs < <(store_env "$DB")
  t0=$(now_ms)
  # Its own process group: dotnet run starts the site as a child, and both are stopped together.
  setsid env "${envs[@]}" TherapyGuide__RateLimits__SearchPerMinute=100000000 \
    dotnet run --project "$SRC/src/TherapyGuide.Web" -- --urls "$SITE" >>"$T/dotnet-run.log" 2>&1 &
  pgid=$!
  deadline=$((t0 + 180000))
  while (($(now_ms) < deadline)); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$SITE/" || true)
    if [[ $code == 200 ]]; then RUN_MS=$(($(now_ms) - t0)); break; fi
    sleep 0.02
  done
  # dotnet run leaves at once; the site it started lets go of the port a moment later.
  kill -- -"$pgid" 2>/dev/null || true
  for _ in $(seq 1 200); do port_free "$SITE_PORT" && break; sleep 0.1; done
  kill -9 -- -"$pgid" 2>/dev/null || true
  for _ in $(seq 1 50); do port_free "$SITE_PORT" && break; sleep 0.1; done
}
