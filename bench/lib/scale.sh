# shellcheck shell=bash
# Part of bench/run.sh, sourced by it in order: the --scale run (10,000 extra articles).

# The --scale run: SCALE_COUNT more articles straight into the store, then the same measurements again.
scale_run() {
  stop_site
  log "scale: adding $SCALE_COUNT articles to the store"
  if [[ $STORE == postgresql ]]; then scale_insert_postgresql; else scale_insert_sqlite; fi
  log "scale: Articles $before -> $after; search index emptied, the site rebuilds it on start"
  seed_start 600
  scale_first_ms=$SEED_MS
  log "scale: search index holds $(if [[ $STORE == postgresql ]]; then pg_sql 'SELECT count(*) FROM "SearchEntries";'; else sqlite3 "$DB" "SELECT count(*) FROM SearchEntries;"; fi) entries"
  cold_start
  scale_cold_ms=$COLD_MS
  summary_line "scale: cold start with $after articles, launch -> first 200 on /" "$scale_cold_ms ms" "<= $COLD_START_MAX_MS ms" "$(verdict le "$scale_cold_ms" "$COLD_START_MAX_MS")"
  summary_line "  (scale: first start after the insert, -> /healthz)" "$scale_first_ms ms" "" "info"
  read -ra SCALE_LIST <<<"$SCALE_PAGES"
  cache_serving && SCALE_CACHE_NOTE="served from the output cache (Age header seen)" || SCALE_CACHE_NOTE="WARNING: no Age header: the output cache does not seem to answer"
  capture_pages scale "${SCALE_LIST[@]}"
  start_or_reload_nginx
  check_nginx scale "${SCALE_LIST[@]}"
  start_or_restart_floor
  measure_cached_and_render scale "scale: " "${SCALE_LIST[@]}"
  RENDER_NOTE_SCALE=$RENDER_NOTE
}

# The new articles' columns: OVR maps a column to the SQL expression that sets it (n.i counts 1..SCALE_COUNT), written
# for SQLite; scale_insert_postgresql turns the same expressions into PostgreSQL's spelling, so both stores get the very
# same rows. Every other column is copied from the first published article, t. Needs TOPIC_CASE first.
scale_overrides() {
  declare -gA OVR=(
    [Id]=SKIP
    [Slug]="printf('scale-article-%05d', n.i)"
    [Title]="printf('Scale test article %d: what happens during treatment week %d?', n.i, n.i % 52 + 1)"
    [Summary]="printf('Generated article %d for the 10,000-article test. It explains a made-up treatment step in plain words%s.', n.i, CASE WHEN n.i % 10 = 0 THEN ' for people with lupus' ELSE '' END)"
    [Topic]="$TOPIC_CASE"
    [Order]="100 + n.i"
    [BodyMarkdown]="printf('This is generated article %d. Immunotherapy and CAR-T cell therapy use the immune system to fight disease%s.' || char(10) || char(10) || '## What happens in week %d?' || char(10) || char(10) || 'Your care team checks your blood, asks how you feel and explains the next step. Bring your questions and a friend if you like.' || char(10) || char(10) || '## When should I call the hospital?' || char(10) || char(10) || 'Call at once if you have a fever, feel confused or find it hard to breathe.' || char(10), n.i, CASE WHEN n.i % 10 = 0 THEN ', and some trials study it for lupus' ELSE '' END, n.i % 52 + 1)"
    [BodyHtml]="printf('<p>This is generated article %d. Immunotherapy and CAR-T cell therapy use the immune system to fight disease%s.</p>' || char(10) || '<h2 id=\"what-happens-in-week-%d\">What happens in week %d?</h2>' || char(10) || '<p>Your care team checks your blood, asks how you feel and explains the next step. Bring your questions and a friend if you like.</p>' || char(10) || '<h2 id=\"when-should-i-call-the-hospital\">When should I call the hospital?</h2>' || char(10) || '<p>Call at once if you have a fever, feel confused or find it hard to breathe.</p>' || char(10), n.i, CASE WHEN n.i % 10 = 0 THEN ', and some trials study it for lupus' ELSE '' END, n.i % 52 + 1, n.i % 52 + 1)"
    [TableOfContents]="printf('[{\"Id\":\"what-happens-in-week-%d\",\"Level\":2,\"Text\":\"What happens in week %d?\"},{\"Id\":\"when-should-i-call-the-hospital\",\"Level\":2,\"Text\":\"When should I call the hospital?\"}]', n.i % 52 + 1, n.i % 52 + 1)"
    [WordCount]="70"
    [ReadingGrade]="4.0"
    [Status]="'Published'"
    [Published]="date('now', printf('-%d days', n.i % 900))"
    [LastReviewed]="date('now', printf('-%d days', n.i % 300))"
    [NextReviewDue]="date('now', printf('+%d days', 30 + n.i % 300))"
    [RelatedSlugs]="'[]'"
    [Version]="1"
    [CreatedUtc]="strftime('%Y-%m-%d %H:%M:%f', 'now')"
    [UpdatedUtc]="strftime('%Y-%m-%d %H:%M:%f', 'now')"
  )
}

# SELECT list for the columns in $1 (one a line), from OVR or the template row t; sets INS_LIST and SEL_LIST.
scale_select() {
  local c e ins_cols=() sel_exprs=()
  while IFS= read -r c; do
    [[ -n $c ]] || continue
    e=${OVR[$c]:-}
    [[ $e == SKIP ]] && continue
    ins_cols+=("\"$c\"")
    if [[ -n $e ]]; then sel_exprs+=("$e"); else sel_exprs+=("t.\"$c\""); fi
  done <<<"$1"
  INS_LIST=$(IFS=,; printf '%s' "${ins_cols[*]}")
  SEL_LIST=$(IFS=,; printf '%s' "${sel_exprs[*]}")
}

scale_insert_sqlite() {
  local cols sql q k
  cols=$(sqlite3 "$DB" "SELECT name FROM pragma_table_info('Articles') ORDER BY cid;")
  [[ -n $cols ]] || die "no Articles table in $DB"
  # Topics cycle through those the seeded articles use.
  TOPIC_CASE="CASE n.i % $(sqlite3 "$DB" "SELECT count(DISTINCT Topic) FROM Articles;")"
  k=0
  while IFS= read -r q; do TOPIC_CASE+=" WHEN $k THEN $q"; k=$((k + 1)); done < <(sqlite3 "$DB" "SELECT DISTINCT quote(Topic) FROM Articles ORDER BY 1;")
  TOPIC_CASE+=" END"
  scale_overrides
  scale_select "$cols"
  sql="INSERT INTO Articles ($INS_LIST)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $SCALE_COUNT)
  SELECT $SEL_LIST FROM n, (SELECT * FROM Articles WHERE Status = 'Published' ORDER BY Id LIMIT 1) AS t;"
  echo "$sql" >"$T/scale.sql"
  before=$(sqlite3 "$DB" "SELECT count(*) FROM Articles;")
  sqlite3 "$DB" "BEGIN; $sql COMMIT;" || die "scale insert failed (SQL in $T/scale.sql; KEEP_TMP=1 keeps it)"
  after=$(sqlite3 "$DB" "SELECT count(*) FROM Articles;")
  sqlite3 "$DB" "DELETE FROM SearchEntries;"
}

scale_insert_postgresql() {
  local cols sql q k c
  cols=$(pg_sql "SELECT column_name FROM information_schema.columns WHERE table_name = 'Articles' AND is_generated = 'NEVER' ORDER BY ordinal_position;")
  [[ -n $cols ]] || die "no Articles table in the PostgreSQL store"
  TOPIC_CASE="CASE n.i % $(pg_sql 'SELECT count(DISTINCT "Topic") FROM "Articles";')"
  k=0
  while IFS= read -r q; do TOPIC_CASE+=" WHEN $k THEN $q"; k=$((k + 1)); done < <(pg_sql 'SELECT DISTINCT quote_literal("Topic") FROM "Articles" ORDER BY 1;')
  TOPIC_CASE+=" END"
  scale_overrides
  # The same expressions in PostgreSQL's spelling, and its types (date, timestamptz, text[], jsonb).
  for c in "${!OVR[@]}"; do
    e=${OVR[$c]}
    e=${e//printf(/format(}
    e=${e//%05d/%s}
    e=${e//%d/%s}
    e=${e//char(10)/chr(10)}
    OVR[$c]=$e
  done
  OVR[Slug]="format('scale-article-%s', lpad(n.i::text, 5, '0'))"
  OVR[TableOfContents]="(${OVR[TableOfContents]})::jsonb"
  OVR[Published]="current_date - n.i % 900"
  OVR[LastReviewed]="current_date - n.i % 300"
  OVR[NextReviewDue]="current_date + 30 + n.i % 300"
  OVR[RelatedSlugs]="ARRAY[]::text[]"
  OVR[CreatedUtc]="now()"
  OVR[UpdatedUtc]="now()"
  scale_select "$cols"
  sql="INSERT INTO \"Articles\" ($INS_LIST)
  SELECT $SEL_LIST FROM generate_series(1, $SCALE_COUNT) AS n(i),
    (SELECT * FROM \"Articles\" WHERE \"Status\" = 'Published' ORDER BY \"Id\" LIMIT 1) AS t;"
  echo "$sql" >"$T/scale.sql"
  before=$(pg_sql 'SELECT count(*) FROM "Articles";')
  pg_sql "BEGIN; $sql COMMIT;" >/dev/null || die "scale insert failed (SQL in $T/scale.sql; KEEP_TMP=1 keeps it)"
  after=$(pg_sql 'SELECT count(*) FROM "Articles";')
  pg_sql 'DELETE FROM "SearchEntries";' >/dev/null
}
