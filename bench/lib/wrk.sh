# shellcheck shell=bash
# Part of bench/run.sh, sourced by it in order: load with wrk, alternating site and nginx, and the medians.

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

# measure SET MODE LUA PAGE...   MODE: cached (site, the floor and nginx in turn) | render (site; the others per RENDER_NGINX)
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
    local -a s_rps=() s_p50=() s_p99=() n_rps=() n_p50=() n_p99=() f_rps=() f_p99=()
    local errs=0 order who rps p50 p99 e
    for ((r = 1; r <= ROUNDS; r++)); do
      # Rotate which goes first, so none always runs on a machine another just heated.
      case $((r % 3)) in 1) order="site floor nginx" ;; 2) order="floor nginx site" ;; 0) order="nginx site floor" ;; esac
      for who in $order; do
        [[ $who != site ]] && ((!with_nginx)) && continue
        if [[ $who == site ]]; then
          read -r rps p50 p99 e < <(run_wrk "$SITE$page" "$DURATION" "$lua" "$T/wrk/$set-$(page_key "$page")-site-$r.txt")
          s_rps+=("$rps") s_p50+=("$p50") s_p99+=("$p99")
          settle
        elif [[ $who == floor ]]; then
          read -r rps p50 p99 e < <(run_wrk "$FLOOR$page" "$DURATION" "$T/wrk/report.lua" "$T/wrk/$set-$(page_key "$page")-floor-$r.txt")
          f_rps+=("$rps") f_p99+=("$p99")
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
      R[$set|$page|floor_rps]=$(median "${f_rps[@]/n\/a/}")
      R[$set|$page|floor_p99]=$(median "${f_p99[@]/n\/a/}")
    fi
  done
}

# measure_cached_and_render NAME LABEL PAGE...  measures the pages served from the output cache, then restarts the
# site with the cache off and measures them rendered on every request; after each, the site's RSS goes into the
# summary, its lines starting with LABEL. Leaves RENDER_NOTE saying how the render path was made.
measure_cached_and_render() {
  local name=$1 label=$2 cached parts render
  shift 2
  measure "$name-cached" cached "$T/wrk/report.lua" "$@"
  cached=$(rss_mb)
  parts=$(rss_parts)
  start_render_site
  measure "$name-render" render "$BUST_LUA" "$@"
  render=$(rss_mb)
  summary_line "${label}RSS after load, output cache on" "$cached MB" "<= $RSS_MAX_MB MB" "$(verdict le "$cached" "$RSS_MAX_MB")"
  summary_line "  (that RSS: $parts)" "" "" "info"
  summary_line "${label}RSS after load, render-path run$RSS_TAG" "$render MB" "<= $RSS_MAX_MB MB" "$(verdict le "$render" "$RSS_MAX_MB")"
}
