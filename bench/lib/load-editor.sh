# shellcheck shell=bash
# Part of bench/load.sh, sourced by it: the editor who saves a glossary word every SAVE_EVERY seconds through the real form.

# Cookies by hand: the site's cookies are Secure-only, and curl never sends those over http.
TLS=(-H "X-Forwarded-Proto: https") # as the TLS proxy in front of the site would add
cookies_from() { grep -i '^set-cookie:' "$1" | sed -E 's/^[^:]*: *([^;]*).*/\1/' | tr -d '\r'; }
token_from() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$1" | head -1 | sed -E 's/.*value="([^"]*)"/\1/'; }
# The value of the input named $2, in whatever order the tag helper writes its attributes.
value_from() { grep -o "<input [^>]*name=\"$2\"[^>]*>" "$1" | head -1 | sed -nE 's/.* value="([^"]*)".*/\1/p'; }

WORD_ID=$(store_sql 'SELECT "Id" FROM "GlossaryTerms" ORDER BY "Id" LIMIT 1')
IFS=$'\t' read -r WORD_TERM WORD_SLUG < <(store_sql "SELECT \"Term\", \"Slug\" FROM \"GlossaryTerms\" WHERE \"Id\" = $WORD_ID")
WORD_ALIASES=$(store_sql "SELECT coalesce(\"Aliases\", '') FROM \"GlossaryTerms\" WHERE \"Id\" = $WORD_ID" 2>/dev/null || true)

editor() {
  local jar page token cookie code n=0 version marker
  curl -s "${TLS[@]}" -D "$T/h1" -o "$T/p1" "$SITE/admin/signin"
  jar=$(cookies_from "$T/h1" | paste -sd ';' -)
  token=$(token_from "$T/p1")
  curl -s "${TLS[@]}" -D "$T/h2" -o /dev/null -H "Cookie: $jar" \
    --data-urlencode "Email=$EDITOR_EMAIL" --data-urlencode "Password=$EDITOR_PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "$SITE/admin/signin"
  cookie="$jar;$(cookies_from "$T/h2" | paste -sd ';' -)"
  grep -qi '^set-cookie: tg.auth' "$T/h2" || { echo "SIGNIN failed" >>"$T/saves"; return; }
  while :; do
    n=$((n + 1))
    marker="load-save-$n-$(date +%s%N)"
    if curl -s "${TLS[@]}" -o "$T/edit.html" -H "Cookie: $cookie" "$SITE/admin/glossary/edit/$WORD_ID"; then
      token=$(token_from "$T/edit.html")
      version=$(value_from "$T/edit.html" Form.Version)
      code=$(curl -s "${TLS[@]}" -D "$T/h3" -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" \
        --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Form.Version=$version" \
        --data-urlencode "Form.Term=$WORD_TERM" --data-urlencode "Form.Slug=$WORD_SLUG" \
        --data-urlencode "Form.Definition=Saved under load as $marker." --data-urlencode "Form.Aliases=$WORD_ALIASES" \
        --data-urlencode "Form.LastReviewed=$(value_from "$T/edit.html" Form.LastReviewed)" \
        --data-urlencode "Form.NextReviewDue=$(value_from "$T/edit.html" Form.NextReviewDue)" \
        --data-urlencode "Note=$marker" "$SITE/admin/glossary/edit/$WORD_ID" || echo 000)
      if [[ $code == 302 ]] && grep -qi '^location:.*saved=true' "$T/h3"; then
        echo "ACK $marker" >>"$T/saves"
      else
        echo "FAIL $code $marker" >>"$T/saves"
      fi
    else
      echo "FAIL get $marker" >>"$T/saves"
    fi
    sleep "$SAVE_EVERY"
  done
}
