# shellcheck shell=bash
# Part of bench/load.sh, sourced by it: every public page, checked, and the wrk script that rotates through them.

mapfile -t ARTICLES < <(store_sql "SELECT \"Slug\" FROM \"Articles\" WHERE \"Status\" = 'Published' ORDER BY \"Id\"")
mapfile -t WORDS < <(store_sql 'SELECT "Slug" FROM "GlossaryTerms" ORDER BY "Id"')
PAGES=(/ /articles /compare /side-effects /conditions /glossary /questions "/print?pages=compare" "/search?q=lupus"
  "/search?q=car-t" /feed.xml /sitemap.xml /robots.txt /healthz)
for slug in "${ARTICLES[@]}"; do PAGES+=("/articles/$slug"); done
for slug in "${WORDS[@]}"; do PAGES+=("/glossary/$slug"); done
for page in "${PAGES[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$SITE$page")
  [[ $code == 200 ]] || die "$page answered $code before the load"
done
log "${#PAGES[@]} public pages answer 200"

{
  echo 'local paths = {'
  for page in "${PAGES[@]}"; do printf '  "%s",\n' "$page"; done
  cat <<'LUA'
}
local counter = 0
function setup(thread) thread:set("id", counter); counter = counter + 1 end
function init() counter = id * 7 end
function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], { ["Accept-Encoding"] = "br, gzip" })
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d status_errors=%d connect=%d read=%d write=%d timeout=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f seconds=%.1f\n",
    summary.requests, e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.duration / 1e6))
end
LUA
} >"$T/pages.lua"
