#!/bin/bash
# `skadesag db kopier` copies the awards and their ledger (migration 010's
# ydelser, ydelse_betalinger) with the monthly run's tables (011), SQLite →
# SQLite (tests/pg/kopi.sh does SQLite → PostgreSQL → SQLite; issue 13:
# "copies every case, decision, letter and ledger row").
#
# The portfolio (tests/udbetaling/portefolje.sh) has 12 cases B-2025-…
# each with one running award from 1.1.2025, none superseded; the January
# 2026 run books one ledger row per award (every award has a payer on
# file and a positive amount), so the copy must hold 12 awards B-2025-…
# and 12 ledger rows under the run's reference, with the same rows, byte
# for byte, as the original (sorted .dump of both tables).
cd "$(dirname "$0")/../.."
. tests/cli/lib.bash
a=$TMP/a.db
b=$TMP/b.db
SKADESAG=$SKADESAG tests/udbetaling/portefolje.sh "$a" 12
# One award superseded from 1.7.2025 (a later decision), so the copy also
# carries the supersession columns (erstattet_fra 20270 = 1.7.2025 as
# days since 1.1.1970: 20089 + 31+28+31+30+31+30 = 20270).
sqlite3 "$a" "UPDATE ydelser SET erstattet_fra = 20270,
    erstattet_af = 'B-2025-0000003-E2-Y1', slut = 20269
    WHERE id = 'B-2025-0000003-E1-Y1'"
"$SKADESAG" udbetaling --db "$a" --rolle teamleder --bruger tl1 koer \
    --maaned 2026-01 >"$TMP/koer" 2>&1
ok "januarkørslen i a.db" [ -s "$TMP/koer" ]
# The fixture writes its cases straight into the case list, with no
# events behind them (portefolje.sh), so the copy is made and then its
# verification — which rebuilds the case list from the events (issue 16,
# docs/sikkerhed.md) — refuses it, naming the difference: 9 demo cases
# with events against 9 + 12 in the list. The copying of every row is
# what the steps below check; tests/pg/portefolje.sh copies a demo
# portfolio whose awards come from real decisions and verifies it.
"$SKADESAG" db kopier "$a" "$b" >"$TMP/kopier" 2>&1
ok "db kopier a.db → b.db: kopien laves, og verifikationen ser sagerne uden hændelser" \
    grep -q "sagslisten har 21 sager, men hændelsesloggen 9" "$TMP/kopier"
taeller() { sqlite3 "$1" "$2"; }
ok "12 ydelser B-2025-… i kopien" \
    [ "$(taeller "$b" "SELECT count(*) FROM ydelser WHERE id LIKE 'B-2025-%'")" = 12 ]
# The superseded award ends 30.6.2025: no row for January 2026, so 11.
ok "11 posteringer for januar 2026 i kopien (den erstattede ydelse har ingen)" \
    [ "$(taeller "$b" "SELECT count(*) FROM ydelse_betalinger WHERE aar = 2026
        AND maaned = 1 AND ydelse_id LIKE 'B-2025-%'")" = 11 ]
ok "erstatningen er kopieret (erstattet_fra 20270, erstattet_af, slut 20269)" \
    [ "$(taeller "$b" "SELECT erstattet_fra || ' ' || erstattet_af || ' ' ||
        slut FROM ydelser WHERE id = 'B-2025-0000003-E1-Y1'")" = \
      "20270 B-2025-0000003-E2-Y1 20269" ]
for t in ydelser ydelse_betalinger udbetaling_koersler udbetaling_ordrer \
    udbetaling_totaler; do
    ok "$t: samme rækker i a.db og b.db" \
        cmp -s <(sqlite3 "$a" ".mode insert $t" "SELECT * FROM $t" | sort) \
        <(sqlite3 "$b" ".mode insert $t" "SELECT * FROM $t" | sort)
    ok "$t: ikke tom" [ "$(taeller "$b" "SELECT count(*) FROM $t")" -gt 0 ]
done
slut
