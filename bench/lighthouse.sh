#!/usr/bin/env bash
# Lighthouse on every public page, English and Spanish: the four category scores, layout shift (CLS), total
# blocking time (TBT) and largest contentful paint (LCP), each page against the target of 100 in every category
# and no layout shift at all.
#
#   bench/lighthouse.sh                          # publish, start, one run per page
#   RUNS=3 bench/lighthouse.sh                   # three runs per page; prints each run's line
#   LIGHTHOUSE=/path/to/lighthouse bench/lighthouse.sh     # use an installed Lighthouse
#   SITE=http://127.0.0.1:5101 bench/lighthouse.sh        # a site already running (published, Production)
#   PAGES="/ /side-effects" bench/lighthouse.sh  # only these pages
#
# It publishes Release into a temp folder (PUBLISHED=dir reuses a publish folder), runs the site in Production on a
# free loopback port with a fresh SQLite file, installs Lighthouse with npm into the temp folder unless LIGHTHOUSE is
# set, and runs it (mobile, simulated throttling, the defaults) with Chromium (CHROME_PATH, default /usr/bin/chromium).
# JSON reports are kept with KEEP_TMP=1. Needs node, npm, curl and Chromium (installed with apt-get if missing, as
# root). A manual tool: never run by the tests or CI.
# Performance varies a little between runs on a busy machine: use RUNS=3 before calling a page MISSED.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-1}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
pack="pages=articles/how-the-immune-system-fights-cancer&pages=compare&pages=side-effects&pages=questions&pages=glossary"
english="/ /articles /articles/how-the-immune-system-fights-cancer /articles/car-t-for-autoimmune-diseases /compare
  /side-effects /glossary /glossary/cytokine-release-syndrome /conditions /questions /search?q=lupus /about /privacy
  /feedback/thanks /print /print?$pack"
PAGES=${PAGES:-"$english $(for page in $english; do [[ $page == / ]] && echo /es || echo "/es$page"; done)"}

for tool in node npm curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is missing" >&2; exit 1; }
done
# Without a browser every page would come out as "no report": install Debian's Chromium (as root) or stop here.
if [ ! -x "$CHROME_PATH" ]; then
  if [ "$(id -u)" = 0 ] && [ "$CHROME_PATH" = /usr/bin/chromium ]; then
    apt-get update -q && apt-get install -y -q chromium
  else
    echo "no Chromium at $CHROME_PATH: install it (apt-get install chromium) or set CHROME_PATH" >&2
    exit 1
  fi
fi

work=$(mktemp -d)
site_pid=""
cleanup() {
  # The site must have let go of its files before they are removed.
  if [ -n "$site_pid" ]; then kill "$site_pid" 2>/dev/null || true; wait "$site_pid" 2>/dev/null || true; fi
  if [ "${KEEP_TMP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work" || true; fi
}
trap cleanup EXIT

if [ -z "${LIGHTHOUSE:-}" ]; then
  echo "Installing Lighthouse…"
  (cd "$work" && npm init -y >/dev/null && npm i --no-audit --no-fund --loglevel=error "lighthouse@${LIGHTHOUSE_VERSION:-latest}" >/dev/null)
  LIGHTHOUSE="$work/node_modules/.bin/lighthouse"
fi

if [ -z "${SITE:-}" ]; then
  app=${PUBLISHED:-}
  if [ -z "$app" ]; then
    echo "Publishing Release…"
    case $(uname -m) in aarch64 | arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
    app="$work/app"
    dotnet publish src/TherapyGuide.Web -c Release -r "$rid" --self-contained false -o "$app" --nologo -v quiet >/dev/null
  fi
  port=$(node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  SITE="http://127.0.0.1:$port"
  # Production, as readers get it (minified, cached, compressed), over plain http on loopback.
  (cd "$app" && exec env ASPNETCORE_URLS="$SITE" ASPNETCORE_ENVIRONMENT=Production TherapyGuide__RequireHttps=false \
    ConnectionStrings__TherapyGuide="Data Source=$work/therapyguide.db" Serilog__MinimumLevel__Default=Warning \
    dotnet TherapyGuide.Web.dll >"$work/site.log" 2>&1) &
  site_pid=$!
  for _ in $(seq 1 600); do
    curl -fs "$SITE/healthz" >/dev/null 2>&1 && break
    sleep 0.2
  done
  curl -fs "$SITE/healthz" >/dev/null 2>&1 || { echo "the site did not start; its log:" >&2; cat "$work/site.log" >&2; exit 1; }
fi

echo "Lighthouse $("$LIGHTHOUSE" --version) on $SITE, mobile, $RUNS run(s) a page. Targets: 100 in each category, CLS 0."
printf '%-60s %5s %5s %5s %5s %7s %7s %7s  %s\n' page perf a11y best seo CLS TBT LCP target
missed=0
n=0
for page in $PAGES; do
  for run in $(seq 1 "$RUNS"); do
    n=$((n + 1))
    report="$work/report-$n.json"
    # A trace Lighthouse could not read (NO_NAVSTART and the like, on a busy machine) is run again, once.
    for attempt in 1 2; do
      "$LIGHTHOUSE" "$SITE$page" --chrome-flags="--headless=new --no-sandbox" --output=json --output-path="$report" \
        --only-categories=performance,accessibility,best-practices,seo --quiet >/dev/null 2>&1 || true
      [ -s "$report" ] && node -e 'process.exit(require(process.argv[1]).runtimeError ? 1 : 0)' "$report" && break
    done
    node - "$report" "$page" <<'EOF' || missed=$((missed + 1))
const [report, page] = process.argv.slice(2);
let r;
try { r = require(report); } catch { r = { runtimeError: { code: "no report" } }; }
if (r.runtimeError) { console.log(`${page.padEnd(60)} ${r.runtimeError.code}`); process.exit(1); }
const scores = ["performance", "accessibility", "best-practices", "seo"].map((c) => Math.round((r.categories[c]?.score ?? 0) * 100));
const value = (id) => r.audits[id]?.numericValue ?? NaN;
const cls = value("cumulative-layout-shift");
const ok = scores.every((s) => s === 100) && cls === 0;
console.log(`${page.padEnd(60)} ${scores.map((s) => String(s).padStart(5)).join(" ")} ${cls.toFixed(3).padStart(7)} `
  + `${(Math.round(value("total-blocking-time")) + "ms").padStart(7)} ${(Math.round(value("largest-contentful-paint")) + "ms").padStart(7)}  ${ok ? "ok" : "MISSED"}`);
process.exit(ok ? 0 : 1);
EOF
  done
done
echo "$missed run(s) missed the target."
