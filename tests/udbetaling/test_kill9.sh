#!/bin/bash
# The monthly run killed with SIGKILL at random moments, then resumed
# (docs/udbetaling.md, "Den månedlige kørsel"): after every kill the
# ledger and the orders agree exactly (a batch is one transaction), no
# award's month is booked twice, and the run finished after the kills pays
# exactly what an uninterrupted run of the same portfolio pays. Then the
# command line's refusals, re-run, reversal and send.
# SKADESAG_UDB_DRAB sets the number of kills (default 8), SKADESAG_UDB_N
# the number of awards (default 5000).
cd "$(dirname "$0")/../.."
. tests/cli/lib.bash
GANGE=${SKADESAG_UDB_DRAB:-8}
N=${SKADESAG_UDB_N:-5000}
db=$TMP/udb.db
ref=$TMP/ref.db
SKADESAG=$SKADESAG tests/udbetaling/portefolje.sh "$db" "$N"
cp "$db" "$ref"
tl="--rolle teamleder --bruger tl1"

# Ledger rows for January 2026 that do not match an order exactly, and
# award-months with more than one ledger row: both must stay 0.
skaev() {
    sqlite3 "$1" "SELECT (SELECT count(*) FROM (SELECT ydelse_id,
        sum(beloeb_oere) s FROM ydelse_betalinger WHERE aar = 2026 AND
        maaned = 1 GROUP BY ydelse_id) b LEFT JOIN udbetaling_ordrer o ON
        o.ydelse_id = b.ydelse_id AND o.aar = 2026 AND o.maaned = 1 WHERE
        o.beloeb_oere IS NULL OR o.beloeb_oere <> b.s) + (SELECT count(*)
        FROM udbetaling_ordrer o WHERE NOT EXISTS (SELECT 1 FROM
        ydelse_betalinger b WHERE b.ydelse_id = o.ydelse_id AND b.aar =
        o.aar AND b.maaned = o.maaned)) + (SELECT count(*) FROM (SELECT
        ydelse_id FROM ydelse_betalinger WHERE aar = 2026 AND maaned = 1
        GROUP BY ydelse_id HAVING count(*) > 1))"
}

drab=0
for i in $(seq 1 "$GANGE"); do
    # shellcheck disable=SC2086
    "$SKADESAG" udbetaling --db "$db" $tl koer --maaned 2026-01 --batch 50 \
        >"$TMP/ud.$i" 2>&1 &
    pid=$!
    # Kill once this round has committed a batch (or the run ended), after
    # a further 0-20 ms: mid-run, between or inside batches. (With 0-200 ms
    # a quiet machine could finish the whole run of 100 batches first, and
    # no kill hit a run: the check below failed at random.)
    foer=$(sqlite3 "$db" "SELECT count(*) FROM udbetaling_ordrer" 2>/dev/null)
    for _ in $(seq 1 3000); do
        kill -0 "$pid" 2>/dev/null || break
        nu=$(sqlite3 "$db" "SELECT count(*) FROM udbetaling_ordrer" 2>/dev/null)
        [ "${nu:-0}" -gt "${foer:-0}" ] && break
        sleep 0.01
    done
    sleep "0.$(printf '%03d' $((RANDOM % 20)))"
    kill -9 "$pid" 2>/dev/null && drab=$((drab + 1))
    wait "$pid" 2>/dev/null
    ordrer=$(sqlite3 "$db" "SELECT count(*) FROM udbetaling_ordrer")
    ok "drab $i ($ordrer ordrer): ordrer og ydelsesregnskab stemmer, intet to gange" \
        [ "$(skaev "$db")" = 0 ]
done
ok "mindst ét drab ramte en kørsel undervejs ($drab)" [ "$drab" -gt 0 ]
# shellcheck disable=SC2086
"$SKADESAG" udbetaling --db "$db" $tl koer --maaned 2026-01 --batch 50 \
    >"$TMP/slut" 2>&1
ok "kørslen fortsat til ende efter drabene" grep -q 'K1 for januar 2026: færdig' "$TMP/slut"
ok "afstemt med ordrerne" grep -q '(afstemt med ordrerne)' "$TMP/slut"
# shellcheck disable=SC2086
"$SKADESAG" udbetaling --db "$ref" $tl koer --maaned 2026-01 >"$TMP/ref" 2>&1
sum() { sqlite3 "$1" "SELECT count(*) || ' ' || sum(beloeb_oere) FROM ydelse_betalinger WHERE aar = 2026 AND maaned = 1"; }
ok "samme beløb og antal som en kørsel uden drab ($(sum "$ref"))" \
    [ "$(sum "$db")" = "$(sum "$ref")" ]
ok "hver ydelse har præcis én ordre for januar" \
    [ "$(sqlite3 "$db" "SELECT count(*) FROM udbetaling_ordrer")" = "$N" ]
ok "ingen skævhed efter afslutningen" [ "$(skaev "$db")" = 0 ]

# A re-run adds nothing.
# shellcheck disable=SC2086
"$SKADESAG" udbetaling --db "$db" $tl koer --maaned 2026-01 >"$TMP/igen" 2>&1
ok "genkørsel: intet tilføjet" grep -q 'allerede kørt: intet er tilføjet' "$TMP/igen"
ok "genkørsel: stadig samme beløb" [ "$(sum "$db")" = "$(sum "$ref")" ]

# Roles and refusals.
afvist "en sagsbehandler må ikke køre udbetalinger" "må ikke køre" \
    "$SKADESAG" udbetaling --db "$db" --rolle sagsbehandler --bruger sb1 \
    koer --maaned 2026-01
afvist "ukendt kørsel" "/koersel" "$SKADESAG" udbetaling --db "$db" $tl \
    tilbagefoer UDB-2026-01-K9
ok "forkert måned er en brugsfejl (exit 2)" bash -c \
    "\"$SKADESAG\" udbetaling --db \"$db\" $tl koer --maaned 2026-13; [ \$? = 2 ]"

# Reversal, a new run, send; a sent run cannot be reversed.
ok "tilbageførsel" "$SKADESAG" udbetaling --db "$db" $tl tilbagefoer UDB-2026-01-K1
ok "efter tilbageførslen er januar 0 i ydelsesregnskabet" [ "$(sqlite3 "$db" \
    "SELECT sum(beloeb_oere) FROM ydelse_betalinger WHERE aar = 2026 AND maaned = 1")" = 0 ]
ok "ny kørsel K2 betaler det samme igen" bash -c "\"$SKADESAG\" udbetaling \
    --db \"$db\" $tl koer --maaned 2026-01 | grep -q 'UDB-2026-01-K2 .*færdig'"
ok "send K2" "$SKADESAG" udbetaling --db "$db" $tl send UDB-2026-01-K2
afvist "en sendt kørsel kan ikke tilbageføres" "/status" \
    "$SKADESAG" udbetaling --db "$db" $tl tilbagefoer UDB-2026-01-K2
slut
