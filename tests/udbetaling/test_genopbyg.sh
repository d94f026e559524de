#!/bin/bash
# `skadesag ydelser genopbyg` (issue 14 round 3, item 3): the awards of
# decisions recorded before awards existed (migration 010), made from the
# stored decisions. The demo database's decisions give six awards when
# they are recorded (three mén, a running award, an interim running
# payment and a capital sum). A database whose decisions predate the
# awards is made by removing every award behind the store's back (the
# SQLite trigger that refuses deletion is dropped for it); the back-fill
# must then make the same six awards, row for row (id, kind, period,
# amount, payer, tax, supersession), and a second run must add nothing.
cd "$(dirname "$0")/../.."
. tests/cli/lib.bash
a=$TMP/a.db
Q="SELECT id, art, fra, coalesce(til, ''), beloeb_oere, regulering,
    niveau_aar, betalertype, betaler, andel_taeller, andel_naevner,
    skattepligtig, coalesce(erstattet_fra, ''), coalesce(erstattet_af, ''),
    coalesce(slut, '') FROM ydelser ORDER BY id"
"$SKADESAG" sag --db "$a" --bruger demo demo >/dev/null 2>&1
sqlite3 "$a" "$Q" >"$TMP/foer"
ok "demodatabasen har 6 ydelser" [ "$(wc -l <"$TMP/foer")" -eq 6 ]
V() { "$SKADESAG" sag --db "$a" --bruger tl1 --rolle teamleder verificer 2>&1; }
ok "verificer udleder de 6 ydelser igen og finder dem som gemt" \
    grep -q "^ok: " <(V)
sqlite3 "$a" "DROP TRIGGER ydelser_slet; DELETE FROM ydelser"
ok "ydelserne er fjernet" [ "$(sqlite3 "$a" 'SELECT count(*) FROM ydelser')" -eq 0 ]
V >"$TMP/v1"
ok "verificer nævner den første manglende ydelse og genopbygningen" \
    grep -q "tabellen ydelser er ændret: sag .* mangler ydelse .* (er afgørelsen fra før ydelserne: 'skadesag ydelser genopbyg')" "$TMP/v1"
"$SKADESAG" ydelser genopbyg --db "$a" --bruger sb1 --rolle sagsbehandler \
    >"$TMP/sb" 2>&1
ok "en sagsbehandler må ikke genopbygge (exit 1)" [ $? -eq 1 ]
"$SKADESAG" ydelser genopbyg --db "$a" --bruger tl1 --rolle teamleder \
    >"$TMP/g1" 2>&1
ok "genopbygningen lykkes" [ $? -eq 0 ]
ok "5 afgørelser får 6 nye ydelser (E3 af 2024: to)" \
    grep -q "afgørelser med nye ydelser: 5; nye ydelser: 6;" "$TMP/g1"
ok "... ingen afvist eller sprunget over" \
    grep -q "afvist (beregningen giver ikke længere det gemte resultat): 0; sprunget over (en senere afgørelse har ydelser): 0" "$TMP/g1"
sqlite3 "$a" "$Q" >"$TMP/efter"
ok "de samme ydelser, række for række" cmp -s "$TMP/foer" "$TMP/efter"
ok "... og verificer finder dem igen" grep -q "^ok: " <(V)
"$SKADESAG" ydelser genopbyg --db "$a" --bruger tl1 --rolle teamleder \
    >"$TMP/g2" 2>&1
ok "en ny kørsel tilføjer intet" grep -q "nye ydelser: 0;" "$TMP/g2"
sqlite3 "$a" "$Q" >"$TMP/efter2"
ok "... og ydelserne er uændrede" cmp -s "$TMP/foer" "$TMP/efter2"
slut
