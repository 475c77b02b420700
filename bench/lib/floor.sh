# shellcheck shell=bash
# Part of bench/run.sh, sourced by it in order: the framework's floor, a bare Kestrel app (bench/floor/) answering the
# very bytes nginx serves, with no logging and no middleware: what ASP.NET Core itself costs per page on this machine.

FLOOR_PORT=$(free_port "$SITE_PORT" "$NGINX_PORT")
FLOOR=http://127.0.0.1:$FLOOR_PORT
FLOOR_PID=

log "publishing the bare-Kestrel floor (bench/floor)"
dotnet publish "$SCRIPT_DIR/floor" -c Release -r "$RID" --self-contained false -o "$T/floor" --nologo -v quiet >"$T/floor-publish.log" 2>&1 ||
  { tail -30 "$T/floor-publish.log" >&2; die "publishing bench/floor failed"; }
# Its build folders stay out of the repository's tree.
rm -rf "$SCRIPT_DIR/floor/bin" "$SCRIPT_DIR/floor/obj"

stop_floor() {
  if [[ -n $FLOOR_PID ]] && kill -0 "$FLOOR_PID" 2>/dev/null; then
    kill "$FLOOR_PID" 2>/dev/null || true
    wait "$FLOOR_PID" 2>/dev/null || true
  fi
  FLOOR_PID=
}

# (Re)starts the floor on the pages saved for nginx (NGINX_MAP), and checks it answers each with nginx's bytes.
start_or_restart_floor() {
  local path
  stop_floor
  : >"$T/floor.map"
  for path in "${!NGINX_MAP[@]}"; do printf '%s\t%s\n' "$path" "$T/doc/pages/${NGINX_MAP[$path]}" >>"$T/floor.map"; done
  (cd "$T/floor" && exec env DOTNET_CLI_TELEMETRY_OPTOUT=1 dotnet Floor.dll "$T/floor.map" "$FLOOR") >"$T/floor.log" 2>&1 &
  FLOOR_PID=$!
  for _ in $(seq 1 200); do
    curl -s -o /dev/null "$FLOOR/" --max-time 1 && break
    sleep 0.05
  done
  for path in "${!NGINX_MAP[@]}"; do
    cmp -s <(curl -s "$FLOOR$path") "$T/doc/pages/${NGINX_MAP[$path]}" || die "the floor does not answer $path with nginx's bytes"
  done
}
