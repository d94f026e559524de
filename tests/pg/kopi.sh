#!/bin/bash
# SQLite → PostgreSQL → SQLite with `skadesag db kopier` (docs/postgresql.md)
# on a generated 5-year portfolio (scaled down: $KOPI_SAGER_PR_AAR cases a
# year, default 30; the full demo portfolio is 53.500) plus an
# account with a second factor (a blob): the copy command verifies each
# copy; every case's export is byte-identical in all three databases, and
# so is the portfolio report; the first and last SQLite databases hold the
# same rows (sorted .dump). Then the copy refuses a database that is not
# empty, and a copy on PostgreSQL goes on taking new events (its identity
# sequences and counters continue).
#
# Environment: SKADESAG (the binary), PG_URL (an empty PostgreSQL
# database). TAP output.
set -u
S=${SKADESAG:?}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
n=0
fejl=0
tjek() { # tjek RC BESKRIVELSE
    n=$((n + 1))
    if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fejl=1; fi
}
export SKADESAG_BRUGER=kopi SKADESAG_ROLLE=ledelse

"$S" demodata --db a.db --aar 5 \
    --sager-pr-aar "${KOPI_SAGER_PR_AAR:-30}" --seed 7 >demodata.ud 2>&1
tjek $? "demodata: 5 års portefølje i a.db"
echo "test-kodeord-for-tt" |
    "$S" bruger --db a.db opret tt --rolle jurist >/dev/null 2>&1
tjek $? "en konto med engangskode (TOTP-hemmelighed som blob)"

# A reason with the characters PostgreSQL's COPY text format escapes
# (newline, tab, carriage return, backslash, and "\N" and "\x41" as text):
# db kopier writes to PostgreSQL by COPY (pg.c, kopi_raekke).
cat >sv.json <<'JSON'
{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-01-06",
 "anmeldelsesdato":"2025-01-08","cpr":"0101809011","team":"T1",
 "sagsbehandler":"sb9","dato":"2025-01-08"}
JSON
svaer=$'Linje 1\n\tLinje 2: \\x41 \\N og \\\\ \r slut'
sv=$(SKADESAG_ROLLE=sagsbehandler "$S" sag --db a.db opret sv.json 2>&1) &&
    SKADESAG_ROLLE=sagsbehandler "$S" sag --db a.db afgoer "$sv" \
        --fase anerkendelse --resultat anerkendt --dato 2025-04-01 \
        --begrundelse "$svaer" >/dev/null 2>&1
tjek $? "en afgørelse i a.db med linjeskift, tabulator og omvendt skråstreg i begrundelsen ($sv)"

"$S" db kopier a.db "$PG_URL" >k1.ud 2>&1
tjek $? "db kopier SQLite → PostgreSQL (og verificer kopien): $(cat k1.ud)"
"$S" db kopier "$PG_URL" b.db >k2.ud 2>&1
tjek $? "db kopier PostgreSQL → SQLite (og verificer kopien): $(cat k2.ud)"
[ "$(awk '{ print $2 }' k1.ud)" = "$(awk '{ print $2 }' k2.ud)" ]
tjek $? "lige mange rækker kopieret begge veje"

# The dumps before the exports below (which add to the read log).
# Each database has an id of its own (table databasen: the checkpoints
# name it, docs/sikkerhed.md); every other row must be the same.
sqlite3 a.db .dump | grep -v '^INSERT INTO databasen ' | sort >a.sql
sqlite3 b.db .dump | grep -v '^INSERT INTO databasen ' | sort >b.sql
grep -q '^INSERT INTO sager ' a.sql && cmp -s a.sql b.sql
tjek $? "a.db og b.db har de samme rækker (sorteret .dump)"

ider=$(sqlite3 a.db "SELECT id FROM sager ORDER BY id")
antal=0 forskel=0
for id in $ider; do
    "$S" sag --db a.db eksport "$id" >a.json 2>&1
    "$S" sag --db "$PG_URL" eksport "$id" >p.json 2>&1
    "$S" sag --db b.db eksport "$id" >b.json 2>&1
    if cmp -s a.json p.json && cmp -s a.json b.json; then
        antal=$((antal + 1))
    else
        forskel=$((forskel + 1))
        echo "# forskel i eksporten af $id"
    fi
done
[ "$forskel" -eq 0 ] && [ "$antal" -gt 0 ] &&
    [ "$antal" -eq "$(echo "$ider" | wc -w)" ]
tjek $? "eksporten af hver sag er byte-identisk i a.db, PostgreSQL og b.db ($antal sager)"

for db in a.db "$PG_URL" b.db; do
    "$S" rapport portefolje --db "$db" --fra 2021-01-01 --til 2025-12-31 \
        --format csv --syntetisk
done >r.csv 2>&1
l=$(wc -l <r.csv)
[ $((l % 3)) -eq 0 ] && [ "$l" -gt 3 ] &&
    cmp -s <(sed -n "1,$((l / 3))p" r.csv) <(sed -n "$((l / 3 + 1)),$((2 * l / 3))p" r.csv) &&
    cmp -s <(sed -n "1,$((l / 3))p" r.csv) <(sed -n "$((2 * l / 3 + 1)),\$p" r.csv)
tjek $? "porteføljerapporten er den samme i alle tre"

"$S" db kopier a.db "$PG_URL" >k3.ud 2>&1
[ $? -eq 1 ] && grep -q "/til: måldatabasen har allerede sager" k3.ud
tjek $? "db kopier afviser en måldatabase med sager (exit 1, /til)"

cat >sag.json <<'JSON'
{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-02-10",
 "anmeldelsesdato":"2025-02-14","cpr":"0101809011","team":"T1",
 "sagsbehandler":"sb9","dato":"2025-02-14"}
JSON
ny=$(SKADESAG_ROLLE=sagsbehandler "$S" sag --db "$PG_URL" opret sag.json 2>&1) &&
    ny2=$(SKADESAG_ROLLE=sagsbehandler "$S" sag --db b.db opret sag.json 2>&1) &&
    [ "$ny" = "$ny2" ] && "$S" sag --db "$PG_URL" verificer >/dev/null
tjek $? "kopien i PostgreSQL tager nye sager med samme nummer som SQLite-kopien ($ny)"

echo "1..$n"
exit $fejl
