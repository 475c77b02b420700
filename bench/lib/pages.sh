# shellcheck shell=bash
# Part of bench/run.sh, sourced by it in order: saving the pages and their assets, and the nginx that serves the same bytes.

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
