# shellcheck shell=bash
# Part of bench/run.sh, sourced by it in order: the report's tables and summary lines, and printing the report.

# ---------------------------------------------------------------- report
REPORT=$T/report.txt
out() { printf "$@" | tee -a "$REPORT"; }
PW=46 # page column width

table_cached() {
  local set=$1 page
  shift
  out '\n%s\n' "$TITLE"
  [[ -n $NOTE ]] && out '  %s\n' "$NOTE"
  out '%-*s %10s %11s %11s %10s %-17s %10s %7s %7s %-15s %s\n' $PW page "site req/s" "floor req/s" "nginx req/s" site/nginx \
    "target >=$CACHED_RATIO_MIN" site/floor "p50 ms" "p99 ms" "target <=${CACHED_P99_MAX_MS} ms" notes
  for page in "$@"; do
    if [[ ${STATUS[${set%%-*}|$page]:-} != 200 ]]; then
      out '%-*s %10s %11s %11s %10s %-17s %10s %7s %7s %-15s %s\n' $PW "$page" n/a n/a n/a n/a n/a n/a n/a n/a n/a "answers ${STATUS[${set%%-*}|$page]:-?}"
      continue
    fi
    local s=${R[$set|$page|site_rps]} n=${R[$set|$page|nginx_rps]} f=${R[$set|$page|floor_rps]:-n/a} ratio floor_ratio v1 v2 note=
    ratio=$(awk -v s="$s" -v n="$n" 'BEGIN { if (n + 0 > 0 && s != "n/a") printf "%.2f", s / n; else print "n/a" }')
    floor_ratio=$(awk -v s="$s" -v n="$f" 'BEGIN { if (n + 0 > 0 && s != "n/a") printf "%.2f", s / n; else print "n/a" }')
    v1=$(verdict ge "$ratio" "$CACHED_RATIO_MIN")
    v2=$(verdict le "${R[$set|$page|site_p99]}" "$CACHED_P99_MAX_MS")
    [[ $ratio == n/a ]] && v1=MISSED
    ((${R[$set|$page|errors]:-0} > 0)) && note="${R[$set|$page|errors]} errors"
    note="${note:+$note; }floor p99 $(fmt "${R[$set|$page|floor_p99]:-n/a}" %.2f) ms, nginx p99 $(fmt "${R[$set|$page|nginx_p99]:-n/a}" %.2f) ms"
    out '%-*s %10s %11s %11s %10s %-17s %10s %7s %7s %-15s %s\n' $PW "$page" "$(fmt "$s" %.0f)" "$(fmt "$f" %.0f)" "$(fmt "$n" %.0f)" "$ratio" "$v1" \
      "$floor_ratio" "$(fmt "${R[$set|$page|site_p50]}" %.2f)" "$(fmt "${R[$set|$page|site_p99]}" %.2f)" "$v2" "$note"
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


# The report: every table and the summary, on screen and saved in OUT_DIR.
print_report() {
  : >"$REPORT"
  out '\nTherapyGuide benchmark  %s  commit %s%s  store %s\n' "$(date '+%Y-%m-%d %H:%M')" "$SITE_COMMIT" "$SITE_DIRTY" "$STORE"
  out 'machine: %s cores, %s; wrk %s threads, %s connections, %s rounds x %ss (median), warm-up %ss; nginx %s workers\n' \
    "$(nproc)" "$(awk '/MemTotal/ { printf "%.0f GB RAM", $2 / 1048576 }' /proc/meminfo)" "$THREADS" "$CONNECTIONS" "$ROUNDS" "$DURATION" "$WARMUP" "$(nproc)"
  out 'load average: %s before the run, %s after\n' "$LOAD_BEFORE" "$(cut -d' ' -f1-3 /proc/loadavg)"
  [[ -n $SITE_EXTRA_ENV ]] && out 'site extra environment: %s\n' "$SITE_EXTRA_ENV"

  nginx_src="nginx column: the medians of the cached run above."
  [[ $RENDER_NGINX == rerun ]] && nginx_src="nginx column: measured again, alternating with the site."
  if [[ $STANDARD == 1 ]]; then
    TITLE="CACHED PAGES: output cache on, vs the bare-Kestrel floor and nginx serving the same bytes"
    NOTE="$CACHE_NOTE"
    table_cached base-cached "${PAGE_LIST[@]}"
    TITLE="RENDER PATH: output cache off, vs nginx"
    NOTE="$RENDER_NOTE_BASE. $nginx_src"
    table_render base-render base-cached "${PAGE_LIST[@]}"
  fi
  if [[ $SCALE == 1 ]]; then
    TITLE="SCALE, $after articles in the store: CACHED PAGES vs the floor and nginx serving the same bytes"
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
  if [[ -f $T/lighthouse.txt ]]; then
    out '\nLIGHTHOUSE (bench/lighthouse.sh): mobile, simulated throttling; target 100 in all four categories and CLS 0\n'
    out '%s\n' "$(grep -vE '^(Publishing|Starting|Installing|npm )' "$T/lighthouse.txt")"
  fi
  local searched searched_store
  for searched in "$T"/search-*.txt; do
    [[ -f $searched ]] || continue
    searched_store=${searched##*/search-}
    out '\nSEARCH on %s (bench/search.sh): one request at a time, output cache off; target p95 <= 10 ms for every query\n' "${searched_store%.txt}"
    out '%s\n' "$(grep -vE '^(Publishing|Adding|Seeding)' "$searched")"
  done
  out '\ntotal run time: %s s\n' $((($(now_ms) - START) / 1000))

  mkdir -p "$OUT_DIR" 2>/dev/null && cp "$REPORT" "$OUT_DIR/report-$(date +%Y%m%d-%H%M%S).txt" 2>/dev/null &&
    log "report saved in $OUT_DIR" || true
}
