# shellcheck shell=bash
# Shared by the benchmarks: STORE=postgresql runs the site on a private PostgreSQL cluster instead of a SQLite file.
# The cluster is made with Debian's initdb under the benchmark's temp folder (as the postgres user when run as root,
# as PostgreSQL refuses to run as root), listens on 127.0.0.1 on a free port with the server's default settings
# (fsync and all: as an operator would run it), and is stopped by pg_stop.
#
#   pg_start FOLDER    starts it; sets PG_CONN (the site's connection string), PG_PORT; installs postgresql if missing
#   pg_sql SQL         runs SQL in the site's database and prints the rows (psql -At)
#   pg_stop            stops it (immediate)
#   store_env DB       prints the site's store settings, one NAME=value a line: SQLite file DB, or the cluster

STORE=${STORE:-sqlite}
case $STORE in
  sqlite | SQLite | Sqlite) STORE=sqlite ;;
  postgresql | PostgreSQL | postgres) STORE=postgresql ;;
  *) echo "STORE must be sqlite (the default) or postgresql (got '$STORE')" >&2; exit 2 ;;
esac

PG_DIR= PG_PORT= PG_CONN= PG_BIN=

pg_as_owner() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  PG_DIR=$1
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [[ -z $PG_BIN ]]; then
    [[ $(id -u) == 0 ]] || { echo "PostgreSQL is not installed: install Debian's postgresql package first" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  mkdir -p "$PG_DIR"
  [[ $(id -u) == 0 ]] && chown postgres "$PG_DIR" && chmod 755 "$(dirname "$PG_DIR")"
  pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR.initdb.log" 2>&1 ||
    { cat "$PG_DIR.initdb.log" >&2; echo "initdb failed" >&2; exit 1; }
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null
  pg_as_owner "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres therapyguide
  # Npgsql's pool allows 100 connections, as many as the server's default max_connections: under hundreds of
  # requests at once the site would take them all (and the benchmark's own psql would be refused). 2 cores need
  # far fewer; a deployment sizes nodes x pool below the server's max_connections the same way.
  PG_CONN="Host=127.0.0.1;Port=$PG_PORT;Database=therapyguide;Username=postgres;Maximum Pool Size=40"
}

pg_sql() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d therapyguide -v ON_ERROR_STOP=1 -At -c "$1"; }

pg_stop() {
  [[ -n $PG_DIR && -f $PG_DIR/data/postmaster.pid ]] || return 0
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
}

store_env() {
  if [[ $STORE == postgresql ]]; then
    echo "TherapyGuide__Store=PostgreSQL"
    echo "ConnectionStrings__TherapyGuide=$PG_CONN"
    # The key-encryption key would otherwise go to the published site's data folder.
    echo "TherapyGuide__KeyRing__KeyFile=$PG_DIR.keyring.key"
  else
    echo "ConnectionStrings__TherapyGuide=Data Source=$1"
  fi
}

# store_sql SQL   runs SQL on the site's store, whichever it is, and prints the rows, columns separated by a tab.
# Write it so both take it: identifiers in double quotes ("GlossaryTerms"."Id"), standard functions only.
store_sql() {
  if [[ $STORE == postgresql ]]; then
    "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d therapyguide -v ON_ERROR_STOP=1 -At -F $'\t' -c "$1"
  else
    sqlite3 -separator $'\t' "$DB" "$1"
  fi
}
