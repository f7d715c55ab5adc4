#!/usr/bin/env bash
# End-to-end tests of the dyad command line on the bundled examples: real events out of real
# articles, the output formats, and bad inputs that must be reported without stopping the run.
set -uo pipefail
dyad=$1
root=$2
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
passes=0
ok() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
check() { if eval "$2"; then ok; else fail "$1"; fi; }

# has_event FILE SRC TGT CODE_PREFIX [DATE_PREFIX]: an event in the JSONL output.
has_event() {
  python3 - "$@" <<'PY'
import json, sys
path, src, tgt, code = sys.argv[1:5]
date = sys.argv[5] if len(sys.argv) > 5 else ""
for line in open(path):
    e = json.loads(line)
    t = (e["target"] or {}).get("code", "-")
    if e["source"]["code"] == src and t == tgt and e["cameo"].startswith(code) \
            and e["date"].startswith(date):
        sys.exit(0)
sys.exit(1)
PY
}

check "--version" '"$dyad" --version | grep -q "^dyad [0-9]"'
check "--help lists code" '"$dyad" --help | grep -q "code"'
check "code --help explains inputs" '"$dyad" code --help | grep -q "jsonl"'

# --- the examples, coded to JSONL
"$dyad" code examples/ --out "$tmp/ex.jsonl" 2> "$tmp/ex.err"
rc=$?
check "examples exit 0 (rc=$rc: $(cat "$tmp/ex.err"))" '[ $rc -eq 0 ]'
check "examples yield events" '[ $(wc -l < "$tmp/ex.jsonl") -ge 20 ]'
check "every event has the contract fields" 'python3 -c "
import json,sys
need={\"doc_id\",\"sentence_index\",\"date\",\"doc_date\",\"source\",\"target\",\"cameo\",\"root\",
      \"quad_class\",\"goldstein\",\"plover\",\"sentence\",\"offsets\",\"date_precision\"}
for l in open(\"$tmp/ex.jsonl\"):
    e=json.loads(l); assert need<=e.keys(), need-e.keys()
    assert e[\"root\"]==e[\"cameo\"][:2] and 1<=e[\"quad_class\"]<=4
    assert e[\"source\"][\"code\"] and (e[\"target\"] is None or e[\"target\"][\"code\"]!=e[\"source\"][\"code\"])
"'
# Real events, with the codes and dates a human coder gives them.
check "01 state visit: Erdogan (TURGOV) visits Qatar, 042" 'has_event "$tmp/ex.jsonl" TURGOV QAT 042 2023-12-04'
check "01 plan: the emir plans to visit Turkey next year, 036 dated when stated" 'has_event "$tmp/ex.jsonl" QATGOV TUR 036 2023-12-04'
check "01 negation: no meeting with Qatari business leaders" '! grep "did not meet Qatari" "$tmp/ex.jsonl" | grep -q "\"root\":\"04\""'
check "02 sanctions: EU on Belarus, 163" 'has_event "$tmp/ex.jsonl" IGOEUREEC BLR 163 2024-06-24'
check "03 protest: Kenyan police (dateline country) on protesters, 175" 'has_event "$tmp/ex.jsonl" KENCOP KENCVL 175 2024-06-20'
check "03 past event dated from the text: July 2023" 'has_event "$tmp/ex.jsonl" KENCOP KENOPP 175 2023-07'
check "04 attack: Houthi missile on a U.S. ship, 195" 'has_event "$tmp/ex.jsonl" YEMREB USA 195 2024-04-11'
check "05 agreement: Trump hosts Aliyev, 043" 'has_event "$tmp/ex.jsonl" USAGOV AZEGOV 043 2025-08-08'
check "06 aid: Japan pledges aid to Sudan, 0333" 'has_event "$tmp/ex.jsonl" JPN SDN 0333 2024-04-15'
check "07 html: China condemns the U.S., 111" 'has_event "$tmp/ex.jsonl" CHN USA 111 2024-06-19'
check "08 html: Zelenskiy visited Ankara on Thursday, 042 dated 2025-05-15" 'has_event "$tmp/ex.jsonl" UKRGOV TUR 042 2025-05-15'
check "09 jsonl: Starmer hosts Modi, 043" 'has_event "$tmp/ex.jsonl" GBRGOV INDGOV 043 2025-07-24'
check "no event from the cookie banner or footer" '! grep -qi "cookie\|all rights reserved" "$tmp/ex.jsonl"'

# --- the same through TSV and the database
"$dyad" code -q examples/ --out "$tmp/ex.tsv"
check "tsv header names the columns" 'head -1 "$tmp/ex.tsv" | grep -q "^doc_id	sentence_index	date"'
check "tsv has one row per event" '[ $(($(wc -l < "$tmp/ex.tsv") - 1)) -eq $(wc -l < "$tmp/ex.jsonl") ]'
"$dyad" code -q examples/ --out "$tmp/ex.db"
"$dyad" code examples/ --out "$tmp/ex.db" 2> "$tmp/db2.err"
n_events=$(sqlite3 "$tmp/ex.db" "select count(*) from events" 2>/dev/null || python3 -c "
import sqlite3; print(sqlite3.connect('$tmp/ex.db').execute('select count(*) from events').fetchone()[0])")
check "database holds every event once after two runs ($n_events)" '[ "$n_events" -eq $(wc -l < "$tmp/ex.jsonl") ]'
check "second run says the documents were stored" 'grep -q "already stored" "$tmp/db2.err"'
check "show prints the most active pairs" '"$dyad" show --db "$tmp/ex.db" | grep -q "Most active pairs"'

# --- standard input, in each format
"$dyad" code -q --date 2024-03-04 - < examples/01_state_visit.txt > "$tmp/stdin_text.jsonl"
check "stdin text" 'has_event "$tmp/stdin_text.jsonl" TURGOV QAT 042'
"$dyad" code -q - < examples/09_wire.jsonl > "$tmp/stdin_jsonl.jsonl"
check "stdin jsonl" 'has_event "$tmp/stdin_jsonl.jsonl" GBRGOV INDGOV 043 2025-07-24'
"$dyad" code -q - < examples/07_diplomatic_rebuke.html > "$tmp/stdin_html.jsonl"
check "stdin html" 'has_event "$tmp/stdin_html.jsonl" CHN USA 111 2024-06-19'
# news-please's records (what most CC-NEWS users have): "maintext", "date_publish",
# "source_domain", "authors" read as dyad's own fields.
printf '%s\n' '{"title":"Starmer hosts Modi","maintext":"LONDON (Reuters) - British Prime Minister Keir Starmer hosted Indian Prime Minister Narendra Modi at Chequers on Thursday.","date_publish":"2025-07-24 09:30:00","authors":["Jane Doe","John Roe"],"source_domain":"www.reuters.com","description":"The two leaders signed a trade deal.","language":"en","url":"https://www.reuters.com/x"}' > "$tmp/newsplease.jsonl"
"$dyad" extract "$tmp/newsplease.jsonl" > "$tmp/np_extract.jsonl"
check "news-please record extracted with its metadata" 'python3 -c "
import json, sys
a = json.loads(open(\"$tmp/np_extract.jsonl\").read())
sys.exit(not (a[\"authors\"] == [\"Jane Doe\", \"John Roe\"] and a[\"date\"] == \"2025-07-24\" and a[\"site\"] == \"www.reuters.com\" and a[\"dateline\"] == \"LONDON (Reuters)\" and a[\"language\"] == \"en\"))"'
"$dyad" code -q "$tmp/newsplease.jsonl" > "$tmp/np_code.jsonl"
check "news-please record coded on its date_publish" 'has_event "$tmp/np_code.jsonl" GBRGOV INDGOV 043 2025-07-24'
# Other tools' dates as they write them, one that is no date (the record still read), and a
# page's markup in a text field, read as the page.
printf '%s\n' '{"id":"rfc","text":"British Prime Minister Keir Starmer hosted Indian Prime Minister Narendra Modi at Chequers on Thursday.","published":"Thu, 24 Jul 2025 09:30:00 GMT"}' '{"id":"epoch","text":"British Prime Minister Keir Starmer hosted Indian Prime Minister Narendra Modi at Chequers on Thursday.","publish_date":1753349400}' '{"id":"markup","content":"<p>British Prime Minister Keir Starmer hosted Indian Prime Minister Narendra Modi at Chequers on Thursday.</p><p>The two leaders signed a trade deal.</p>"}' > "$tmp/feeds.jsonl"
"$dyad" extract "$tmp/feeds.jsonl" > "$tmp/feeds_extract.jsonl" 2> "$tmp/feeds.err"
check "feed dates: RFC 822 read, an epoch no date, markup read as a page ($(cat "$tmp/feeds.err"))" 'python3 -c "
import json, sys
r = {d[\"id\"]: d for d in map(json.loads, open(\"$tmp/feeds_extract.jsonl\"))}
sys.exit(not (r[\"rfc\"][\"date\"] == \"2025-07-24\" and r[\"epoch\"][\"date\"] is None and r[\"markup\"][\"text\"].startswith(\"British Prime Minister\") and r[\"markup\"][\"title\"] is None))"'
# Streaming: a document's events come out while standard input is still open (Spark's
# RDD.pipe, GNU parallel); the writer does not hold them back for more input.
mkfifo "$tmp/in.fifo"
( exec 3>"$tmp/in.fifo"; head -1 examples/09_wire.jsonl >&3; sleep 8 ) &
feeder=$!
timeout 6 "$dyad" code -q - < "$tmp/in.fifo" > "$tmp/stream.jsonl"
kill $feeder 2>/dev/null; wait $feeder 2>/dev/null
check "streamed events before the input ends" '[ -s "$tmp/stream.jsonl" ]'

# --- bad inputs: each reported as dyad: FILE[:RECORD]: reason, the rest still coded
printf '' > "$tmp/empty.txt"
head -c 2000 /dev/urandom > "$tmp/binary.txt"; printf '\0' >> "$tmp/binary.txt"
{ head -1 examples/09_wire.jsonl; echo '{"id": "broken", "text": '; sed -n 2p examples/09_wire.jsonl; } > "$tmp/broken.jsonl"
"$dyad" code "$tmp/missing.txt" "$tmp/empty.txt" "$tmp/binary.txt" "$tmp/broken.jsonl" \
  examples/01_state_visit.txt --out "$tmp/bad.jsonl" 2> "$tmp/bad.err"
rc=$?
check "bad inputs give exit 1 (rc=$rc)" '[ $rc -eq 1 ]'
check "missing file named" 'grep -q "^dyad: $tmp/missing.txt: no such file" "$tmp/bad.err"'
check "empty file named" 'grep -q "^dyad: $tmp/empty.txt: empty input" "$tmp/bad.err"'
check "binary file named" 'grep -q "^dyad: $tmp/binary.txt: binary data" "$tmp/bad.err"'
check "broken JSON line named with its record" 'grep -q "^dyad: $tmp/broken.jsonl:2: invalid JSON" "$tmp/bad.err"'
check "good records around the bad ones still coded" '[ $(python3 -c "
import json; print(len({json.loads(l)[\"doc_id\"] for l in open(\"$tmp/bad.jsonl\")}))") -ge 3 ]'

# --- UTF-16 with a byte order mark (Windows tools save pages and text so): the same article as
# the UTF-8 original, by file and on standard input
without_id() { sed 's/"id":"[^"]*"//' "$1"; }
"$dyad" extract examples/07_diplomatic_rebuke.html examples/01_state_visit.txt > "$tmp/utf8.jsonl"
{ printf '\xff\xfe'; iconv -f utf-8 -t utf-16le examples/07_diplomatic_rebuke.html; } > "$tmp/le.html"
{ printf '\xfe\xff'; iconv -f utf-8 -t utf-16be examples/01_state_visit.txt; } > "$tmp/be.txt"
"$dyad" extract "$tmp/le.html" "$tmp/be.txt" > "$tmp/utf16.jsonl" 2> "$tmp/utf16.err"
check "UTF-16 page and text read as their UTF-8 originals ($(cat "$tmp/utf16.err"))" \
  'diff <(without_id "$tmp/utf8.jsonl") <(without_id "$tmp/utf16.jsonl") >/dev/null'
{ printf '\xff\xfe'; iconv -f utf-8 -t utf-16le examples/09_wire.jsonl; } > "$tmp/wire16"
"$dyad" extract examples/09_wire.jsonl > "$tmp/wire8.jsonl"
"$dyad" extract - < "$tmp/wire16" > "$tmp/wire16.jsonl"
check "UTF-16 JSONL on standard input read record by record" \
  'diff <(without_id "$tmp/wire8.jsonl") <(without_id "$tmp/wire16.jsonl") >/dev/null'
"$dyad" extract - < "$tmp/le.html" > "$tmp/utf16_stdin.jsonl"
check "UTF-16 page on standard input" \
  'diff <(head -1 "$tmp/utf8.jsonl" | without_id /dev/stdin) <(without_id "$tmp/utf16_stdin.jsonl") >/dev/null'
# A UTF-16 page that is only its byte order mark, twice in one run: the parser's next page once
# crashed after it.
printf '\xfe\xff' > "$tmp/bom_only.html"
"$dyad" extract "$tmp/bom_only.html" "$tmp/bom_only.html" examples/07_diplomatic_rebuke.html \
  > "$tmp/bom.jsonl" 2>/dev/null
rc=$?
check "byte order marks alone do not stop the run (rc=$rc)" \
  '[ $rc -le 1 ] && grep -q "China condemns" "$tmp/bom.jsonl"'

# --- gzip and WARC, as crawlers save news
# The events of a JSONL output without their doc_id, one per line, in order.
events_without_ids() {
  python3 -c '
import json, sys
for line in open(sys.argv[1]):
    e = json.loads(line); e.pop("doc_id"); print(json.dumps(e, sort_keys=True))' "$1"
}
gzip -c examples/09_wire.jsonl > "$tmp/wire.jsonl.gz"
"$dyad" code -q examples/09_wire.jsonl > "$tmp/wire_plain.jsonl"
"$dyad" code -q "$tmp/wire.jsonl.gz" > "$tmp/wire_gz.jsonl" 2> "$tmp/wire_gz.err"
rc=$?
check "jsonl.gz read (rc=$rc: $(cat "$tmp/wire_gz.err"))" '[ $rc -eq 0 ]'
check "jsonl.gz gives the events of the jsonl" '[ -s "$tmp/wire_gz.jsonl" ] && cmp -s "$tmp/wire_plain.jsonl" "$tmp/wire_gz.jsonl"'
"$dyad" code -q - < "$tmp/wire.jsonl.gz" > "$tmp/wire_stdin_gz.jsonl"
check "gzipped jsonl on stdin is recognised" 'cmp -s "$tmp/wire_plain.jsonl" "$tmp/wire_stdin_gz.jsonl"'
gzip -c examples/07_diplomatic_rebuke.html > "$tmp/page.html.gz"
"$dyad" code -q "$tmp/page.html.gz" > "$tmp/page_gz.jsonl"
check "html.gz: China condemns the U.S., 111" 'has_event "$tmp/page_gz.jsonl" CHN USA 111 2024-06-19'
head -c $(($(wc -c < "$tmp/wire.jsonl.gz") * 2 / 3)) "$tmp/wire.jsonl.gz" > "$tmp/cut.jsonl.gz"
"$dyad" code -q "$tmp/cut.jsonl.gz" > /dev/null 2> "$tmp/cut.err"
rc=$?
check "truncated gzip gives exit 1 (rc=$rc)" '[ $rc -eq 1 ]'
check "truncated gzip named with its line and byte offset" 'grep -q "^dyad: $tmp/cut.jsonl.gz:[0-9]*: truncated gzip data: the input ends at byte [0-9]" "$tmp/cut.err"'
# A page far larger than any article is cut, reported, and still coded; memory stays bounded.
python3 -c "
import sys
p = '<p>Iran and Russia signed a deal in Moscow on Wednesday. ' + 'Filler words here. ' * 40 + '</p>'
sys.stdout.write('<html><body><article>' + p * (20 * 2**20 // len(p)) + '</article></body></html>')
" > "$tmp/huge.html"
"$dyad" code -q --date 2022-01-19 "$tmp/huge.html" > "$tmp/huge.jsonl" 2> "$tmp/huge.err"
rc=$?
check "a 20 MB page gives exit 1 and is named (rc=$rc)" '[ $rc -eq 1 ] && grep -q "^dyad: $tmp/huge.html: document of [0-9]* MB cut to its first 16 MB" "$tmp/huge.err"'
check "a cut page is still coded" '[ "$(wc -l < "$tmp/huge.jsonl")" -gt 1000 ]'

# Two example pages served over HTTP and recorded by wget, then coded from the WARC file: the
# same events as the pages themselves.
if command -v wget > /dev/null; then
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  python3 -m http.server --bind 127.0.0.1 --directory examples "$port" > /dev/null 2>&1 &
  server=$!
  for _ in $(seq 50); do
    wget -q -O /dev/null "http://127.0.0.1:$port/" 2> /dev/null && break
    sleep 0.1
  done
  (cd "$tmp" && wget -q --warc-file=crawl -O /dev/null \
    "http://127.0.0.1:$port/07_diplomatic_rebuke.html" "http://127.0.0.1:$port/08_negotiations.html")
  kill "$server" 2> /dev/null
  wait "$server" 2> /dev/null
  "$dyad" code -q examples/07_diplomatic_rebuke.html examples/08_negotiations.html > "$tmp/pages.jsonl"
  "$dyad" code "$tmp/crawl.warc.gz" > "$tmp/warc.jsonl" 2> "$tmp/warc.err"
  rc=$?
  check "wget's WARC read (rc=$rc: $(cat "$tmp/warc.err"))" '[ $rc -eq 0 ]'
  check "WARC gives the events of the pages" '[ -s "$tmp/pages.jsonl" ] && diff <(events_without_ids "$tmp/pages.jsonl") <(events_without_ids "$tmp/warc.jsonl") > /dev/null'
  check "WARC documents are named by their record id" 'grep -q "\"doc_id\":\"urn:uuid:" "$tmp/warc.jsonl"'
  gzip -dc "$tmp/crawl.warc.gz" > "$tmp/crawl.warc"
  "$dyad" code -q - < "$tmp/crawl.warc.gz" > "$tmp/warc_stdin.jsonl"
  check "gzipped WARC on stdin is recognised" 'cmp -s "$tmp/warc.jsonl" "$tmp/warc_stdin.jsonl"'
  "$dyad" code -q "$tmp/crawl.warc" > "$tmp/warc_plain.jsonl"
  check "plain .warc gives the same events" 'cmp -s "$tmp/warc.jsonl" "$tmp/warc_plain.jsonl"'
  head -c $(($(wc -c < "$tmp/crawl.warc") - 2000)) "$tmp/crawl.warc" > "$tmp/cut.warc"
  "$dyad" code -q "$tmp/cut.warc" > "$tmp/warc_cut.jsonl" 2> "$tmp/warc_cut.err"
  rc=$?
  check "truncated WARC gives exit 1 (rc=$rc)" '[ $rc -eq 1 ]'
  check "truncated WARC record named with its number and offset" 'grep -q "^dyad: $tmp/cut.warc:[0-9]*: at byte [0-9]*: truncated record" "$tmp/warc_cut.err"'
else
  echo "cli: wget is not installed, the WARC round trip is skipped"
fi

# --- dyad merge: shards coded apart add up to the store coded at once, and merging twice adds
# nothing (documents are matched by id and content hash).
db_count() {
  python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$@"
}
"$dyad" code -q examples/ --out "$tmp/all.db"
# --- dyad ties as JSON and as a chart; dyad top
"$dyad" ties TUR QAT --db "$tmp/all.db" --by month --format json --plot "$tmp/ties.svg" > "$tmp/ties.json"
rc=$?
check "ties --format json is valid JSON naming both directions (rc=$rc)" \
  '[ $rc -eq 0 ] && python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert [x[\"source\"] for x in d[\"directions\"]]==[\"TUR\",\"QAT\"]; assert sum(x[\"events\"] for x in d[\"directions\"])>0" "$tmp/ties.json"'
check "ties --plot writes an SVG chart with bars" \
  'head -c 200 "$tmp/ties.svg" | grep -q "<svg" && grep -q "class=\"bar\"" "$tmp/ties.svg"'
"$dyad" top --db "$tmp/all.db" --limit 5 > "$tmp/top.txt"
rc=$?
check "top lists the most active pairs and recent changes (rc=$rc)" \
  '[ $rc -eq 0 ] && grep -q "^most active pairs" "$tmp/top.txt" && grep -q "QAT-TUR" "$tmp/top.txt" && grep -q "^largest recent changes" "$tmp/top.txt"'

"$dyad" code -q examples/0[1-4]* --out "$tmp/shard1.db"
"$dyad" code -q examples/0[5-9]* examples/[1-9][0-9]_* --out "$tmp/shard2.db"
"$dyad" merge -q "$tmp/merged.db" "$tmp/shard1.db" "$tmp/shard2.db"
rc=$?
check "merge exits 0 (rc=$rc)" '[ $rc -eq 0 ]'
all_events=$(db_count "$tmp/all.db" "select count(*) from events")
merged_events=$(db_count "$tmp/merged.db" "select count(*) from events")
check "merged shards hold the events of one store ($merged_events vs $all_events)" \
  '[ "$all_events" -gt 0 ] && [ "$merged_events" = "$all_events" ]'
check "merged shards hold the sentences of one store" \
  '[ "$(db_count "$tmp/merged.db" "select count(*) from sentences")" = "$(db_count "$tmp/all.db" "select count(*) from sentences")" ] && [ "$(db_count "$tmp/all.db" "select count(*) from sentences")" -gt 0 ]'
check "merged shards hold the documents of one store" \
  '[ "$(db_count "$tmp/merged.db" "select count(*) from documents")" = "$(db_count "$tmp/all.db" "select count(*) from documents")" ]'
"$dyad" merge "$tmp/merged.db" "$tmp/shard2.db" "$tmp/shard1.db" 2> "$tmp/merge.err"
check "merging again adds nothing" \
  '[ "$(db_count "$tmp/merged.db" "select count(*) from events")" = "$all_events" ] && grep -q " 0 documents" "$tmp/merge.err"'
"$dyad" merge -q "$tmp/merged.db" "$tmp/no_such_shard.db" 2> /dev/null
rc=$?
check "a missing shard gives exit 2 (rc=$rc)" '[ $rc -eq 2 ] && [ ! -e "$tmp/no_such_shard.db" ]'

# A text with no date anywhere, into the store: the run goes on, the other documents keep their
# events, and the undated events are reported, not a failed NOT NULL constraint.
printf 'Russia and Ukraine signed a peace agreement on the border.\n' > "$tmp/undated.txt"
"$dyad" code -q "$tmp/undated.txt" examples/01_state_visit.txt --out "$tmp/undated.db" 2> "$tmp/undated.err"
rc=$?
check "an undated document does not stop a .db run (rc=$rc)" \
  '[ $rc -eq 0 ] && grep -q "events not stored: their documents carry no date" "$tmp/undated.err"'
check "the undated document is stored without events, the dated one with its events" \
  '[ "$(db_count "$tmp/undated.db" "select count(*) from documents")" = 2 ] && [ "$(db_count "$tmp/undated.db" "select count(*) from events where doc_id like '"'"'%undated.txt'"'"'")" = 0 ] && [ "$(db_count "$tmp/undated.db" "select count(*) from events")" -gt 0 ]'
"$dyad" code -q --date 2024-05-01 "$tmp/undated.txt" --out "$tmp/undated.db"
check "coded again into the same store with --date, the undated document gets its events" \
  '[ "$(db_count "$tmp/undated.db" "select count(*) from events where date='"'"'2024-05-01'"'"'")" -gt 0 ]'

echo "cli: $passes passed, $fails failed"
[ $fails -eq 0 ]
