# shellcheck shell=bash
# Part of bench/run.sh, sourced by it in order: the tools it needs, its temp folder and clean-up, small helpers.

# shellcheck source=postgres.sh
source "$SCRIPT_DIR/lib/postgres.sh" # STORE, and the private PostgreSQL cluster STORE=postgresql runs on

# ---------------------------------------------------------------- tools
need_install=()
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || need_install+=(nginx)
command -v wrk >/dev/null 2>&1 || need_install+=(wrk)
command -v curl >/dev/null 2>&1 || need_install+=(curl)
if [[ $SCALE == 1 && $STORE == sqlite ]]; then command -v sqlite3 >/dev/null 2>&1 || need_install+=(sqlite3); fi
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
  declare -F stop_floor >/dev/null && stop_floor
  pg_stop
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
# shellcheck source=ports.sh
source "$SCRIPT_DIR/lib/ports.sh"
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
NGINX_PORT=$(free_port "$SITE_PORT")
SITE=http://127.0.0.1:$SITE_PORT
NGX=http://127.0.0.1:$NGINX_PORT
DB=$T/store/therapyguide.db
mkdir -p "$T/store" "$T/doc" "$T/nginx/logs" "$T/nginx/tmp" "$T/wrk" "$T/pages"
chmod 755 "$T/doc"
if [[ $STORE == postgresql ]]; then
  pg_start "$T/pg"
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }') on 127.0.0.1:$PG_PORT ($T/pg)"
fi
