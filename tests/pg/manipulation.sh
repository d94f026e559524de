#!/bin/bash
# The tamper suite's PostgreSQL twin (issue 16; docs/sikkerhed.md): the
# attacks of tests/cli/data/manipulation.t made with psql on a PostgreSQL
# database, as someone who owns the tables but does not hold the key file.
# `skadesag sag verificer` must refuse each one with exit code 1 and its
# message. Each attack works on a copy of the intact database (createdb -T),
# so one attack never hides another; the intact one verifies at the end.
# (manipulation.t itself also runs on PostgreSQL through tests/pg/koer's
# sqlite3 shim, except the steps that need SQLite's own functions: those
# are the attacks 1-3 here.)
#
#   SKADESAG=build/skadesag KLYNGE=DIR bash tests/pg/manipulation.sh
#
# Environment: SKADESAG (the binary), KLYNGE (a running cluster,
# tests/pg/klynge start DIR). Output is TAP; exit status 0 when every step
# passed.
set -u
ROD=$(cd "$(dirname "$0")/../.." && pwd -P)
S=$(realpath "${SKADESAG:?}")
K=${KLYNGE:?}
BIN=/usr/lib/postgresql/15/bin
[ -x "$BIN/psql" ] || BIN=$(dirname "$(command -v psql)")
PORT=$(cat "$K/port")
T=$(mktemp -d)
# A database name of its own per run: several runs may share a cluster.
P=manip_$$
trap 'for d in $(psql_ postgres "SELECT datname FROM pg_database WHERE datname LIKE '"'"'${P}%'"'"'"); do
          "$BIN/dropdb" -h "$K" -p "$PORT" -U postgres "$d"; done; rm -rf "$T"' EXIT
cd "$T" || exit 1

n=0
fejl=0
psql_() { "$BIN/psql" -X -h "$K" -p "$PORT" -U postgres -d "$1" -qAt -v ON_ERROR_STOP=1 -c "$2"; }
url() { echo "postgresql:///$1?host=$K&port=$PORT&user=postgres"; }
tjek() { # tjek RC BESKRIVELSE
    n=$((n + 1))
    if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fejl=1; fi
}
# kopi NAVN: a copy of the intact database.
kopi() { "$BIN/createdb" -h "$K" -p "$PORT" -U postgres -T "${P}_t" "${P}_$1"; }
# afvist NAVN MØNSTER BESKRIVELSE: verificer on copy NAVN exits 1 with a
# message matching MØNSTER (grep -E).
afvist() {
    local ud rc
    ud=$("$S" sag --db "$(url "${P}_$1")" verificer 2>&1)
    rc=$?
    if [ $rc -eq 1 ] && grep -qE -- "$2" <<<"$ud"; then
        tjek 0 "$3"
    else
        tjek 1 "$3"
        echo "#   forventet exit 1 og /$2/, fik exit $rc: $ud"
    fi
}

# The tests' fixed key file, with its checkpoints beside it.
install -m 600 "$ROD/tests/noegler/test.noegler" "$T/noegler"
export SKADESAG_NOEGLEFIL=$T/noegler SKADESAG_BRUGER=sb9 SKADESAG_ROLLE=sagsbehandler
unset SKADESAG_KONTROLPUNKTFIL

"$BIN/createdb" -h "$K" -p "$PORT" -U postgres "${P}_t"
DB=$(url "${P}_t")
s() { "$S" sag --db "$DB" "$@"; }
cat >sag.json <<'EOF'
{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-02-10",
 "anmeldelsesdato":"2025-02-14","cpr":"0506799011","team":"T1",
 "sagsbehandler":"sb9","dato":"2025-02-14"}
EOF

# The case of manipulation.t: recognition and a loss decision through the
# engine (E2, 30 %), a second case, and four reads of the first.
[ "$(s opret sag.json)" = AES-2025-000001 ]
tjek $? "sag 1 oprettet"
s afgoer AES-2025-000001 --fase anerkendelse --resultat anerkendt \
    --dato 2025-04-01 --begrundelse 'Ulykke i arbejdstiden' >/dev/null
tjek $? "anerkendelse"
[ "$(s afgoer AES-2025-000001 --fase erhvervsevnetab \
    --beregning "$ROD/examples/toemrer_2025.json" --dato 2026-03-02 \
    --begrundelse 'Tab fastsat')" = "AES-2025-000001-E2: erhvervsevnetab 30 %" ]
tjek $? "erhvervsevnetab 30 % gennem motoren"
[ "$(s opret sag.json 2>/dev/null)" = AES-2025-000002 ]
tjek $? "sag 2 oprettet"
for g in a b c d; do s vis AES-2025-000001 --grund "kontrol $g" >/dev/null || break; done
tjek $? "fire læsninger af sag 1"
s kontrolpunkt >/dev/null
tjek $? "kontrolpunkt"
[ "$(s verificer)" = "ok: 4 hændelser, hashkæden og alle afgørelser er intakte" ]
tjek $? "den intakte database verificeres"
[ "$(psql_ "${P}_t" "SELECT count(*) FROM laesninger WHERE noegle = 1 AND length(hash) = 64")" -ge 5 ]
tjek $? "hver række i læseloggen er kædet med nøgle 1"

# 1: an event's reason changed and its hash recomputed as the unkeyed
# chain (hashversion 2) did; then left under the keyed version number.
kopi a1
psql_ "${P}_a1" "UPDATE haendelser SET begrundelse = 'Tab fastsat til 100 %' WHERE sag_id = 'AES-2025-000001' AND nr = 3"
h=$(psql_ "${P}_a1" "SELECT sag_id || chr(31) || nr || chr(31) || type || chr(31) || dato || chr(31) || registreret || chr(31) || bruger || chr(31) || begrundelse || chr(31) || data || chr(31) || forrige_hash FROM haendelser WHERE sag_id = 'AES-2025-000001' AND nr = 3" |
    { IFS=$'\x1f' read -r sag nr type dato reg bruger begr data forrige
      { printf '%s\0' skadesag-haendelse/2 "$sag"; printf '%s\n' "$nr"
        printf '%s\0' "$type" "$dato" "$reg" "$bruger" "$begr" "$data" "$forrige"; } |
      sha256sum | cut -c1-64; })
psql_ "${P}_a1" "UPDATE haendelser SET hash = '$h', hashversion = 2 WHERE sag_id = 'AES-2025-000001' AND nr = 3"
afvist a1 "hændelse nr\. 3 i sag AES-2025-000001 er ikke kædet med nøglen \(hashversion 2\)" \
    "1: hændelse ændret, hash genberegnet uden nøgle (hashversion 2)"
psql_ "${P}_a1" "UPDATE haendelser SET hashversion = 3 WHERE sag_id = 'AES-2025-000001' AND nr = 3"
afvist a1 "hændelse nr\. 3 i sag AES-2025-000001 er ændret: hashkæden brydes" \
    "1: ... og under den nøglede version"

# 2: the decision record's capital sum changed and its SHA-256 recomputed.
kopi a2
psql_ "${P}_a2" "UPDATE afgoerelser SET resultat = jsonb_set(resultat::jsonb, '{kapitalbeloeb_oere}', '999999999999')::text WHERE id = 'AES-2025-000001-E2'"
h=$(for f in id sag_id fase dato input resultat satser_checksum motor_version registreret; do
        psql_ "${P}_a2" "SELECT $f FROM afgoerelser WHERE id = 'AES-2025-000001-E2'" | head -c -1; printf '\0'
    done | sha256sum | cut -c1-64)
psql_ "${P}_a2" "UPDATE afgoerelser SET hash = '$h' WHERE id = 'AES-2025-000001-E2'"
afvist a2 "afgørelse AES-2025-000001-E2 er ikke registreret i hændelsesloggen" \
    "2: afgørelsens kapitalbeløb ændret, hash genberegnet"

# 3: the tail cut: the second case and the newest anchor; then the newest
# event of the first case with its decision record.
kopi a3
psql_ "${P}_a3" "DELETE FROM anker_hoveder WHERE anker_nr = (SELECT max(nr) FROM ankre); DELETE FROM ankre WHERE nr = (SELECT max(nr) FROM ankre); DELETE FROM uforankrede WHERE sag_id = 'AES-2025-000002'; DELETE FROM opgaver WHERE sag_id = 'AES-2025-000002'; DELETE FROM rapport_frister WHERE sag_id = 'AES-2025-000002'; DELETE FROM laesninger WHERE sag_id = 'AES-2025-000002'; DELETE FROM haendelser WHERE sag_id = 'AES-2025-000002'; DELETE FROM sager WHERE id = 'AES-2025-000002'"
afvist a3 "databasen har 3 hændelser, men kontrolpunktet fra .* har 4: hændelser er slettet" \
    "3: halen skåret af (den nyeste sag og det nyeste anker)"
kopi a3b
psql_ "${P}_a3b" "DELETE FROM afgoerelser WHERE id = 'AES-2025-000001-E2'; DELETE FROM rapport_afgoerelser WHERE id = 'AES-2025-000001-E2'; DELETE FROM haendelser WHERE sag_id = 'AES-2025-000001' AND nr = 3"
afvist a3b "hændelse nr\. 3 i sag AES-2025-000001 er forankret i anker nr\. [0-9]+, men findes ikke" \
    "3: sagens nyeste hændelse slettet"

# 4: the decision record deleted.
kopi a4
psql_ "${P}_a4" "DELETE FROM afgoerelser WHERE id = 'AES-2025-000001-E2'"
afvist a4 "afgørelsen, som hændelse nr\. 3 i sag AES-2025-000001 registrerede, mangler" \
    "4: afgørelsen slettet"

# 5: the read log: every row deleted (the checkpoint's count); a row
# edited, a middle row deleted, a forged row inserted (a copied hash, and
# none), two rows swapped (the per-case chain).
kopi a5
psql_ "${P}_a5" "DELETE FROM laesninger"
afvist a5 "læseloggen har 0 rækker, men kontrolpunktet fra .* har [0-9]+: læsninger er slettet" \
    "5: hele læseloggen slettet"
kopi a5b
psql_ "${P}_a5b" "UPDATE laesninger SET bruger = 'sb1' WHERE seq = (SELECT seq FROM laesninger WHERE sag_id = 'AES-2025-000001' ORDER BY seq OFFSET 2 LIMIT 1)"
afvist a5b "læsning nr\. 3 af sag AES-2025-000001 i læseloggen er ændret, indsat, eller en læsning før den er slettet" \
    "5: en række i læseloggen ændret"
kopi a5c
psql_ "${P}_a5c" "DELETE FROM laesninger WHERE seq = (SELECT seq FROM laesninger WHERE sag_id = 'AES-2025-000001' ORDER BY seq OFFSET 2 LIMIT 1)"
afvist a5c "læsning nr\. 3 af sag AES-2025-000001 i læseloggen er ændret, indsat, eller en læsning før den er slettet" \
    "5: en række midt i læseloggen slettet"
kopi a5d
psql_ "${P}_a5d" "INSERT INTO laesninger(sag_id, bruger, rolle, grund, tidspunkt, noegle, hash) SELECT sag_id, 'sb1', rolle, 'falsk', tidspunkt, noegle, hash FROM laesninger WHERE sag_id = 'AES-2025-000001' ORDER BY seq DESC LIMIT 1"
afvist a5d "læsning nr\. [0-9]+ af sag AES-2025-000001 i læseloggen er ændret, indsat" \
    "5: en falsk række indsat med en kopieret hash"
kopi a5e
psql_ "${P}_a5e" "INSERT INTO laesninger(sag_id, bruger, rolle, grund, tidspunkt) VALUES ('AES-2025-000002', 'sb1', 'sagsbehandler', 'falsk', '2026-01-01T00:00:00Z')"
afvist a5e "læsning nr\. 1 af sag AES-2025-000002 i læseloggen er ikke kædet med nøglen" \
    "5: en falsk række indsat uden hash"
kopi a5f
a=$(psql_ "${P}_a5f" "SELECT seq FROM laesninger WHERE sag_id = 'AES-2025-000001' ORDER BY seq OFFSET 2 LIMIT 1")
b=$(psql_ "${P}_a5f" "SELECT seq FROM laesninger WHERE sag_id = 'AES-2025-000001' ORDER BY seq OFFSET 3 LIMIT 1")
psql_ "${P}_a5f" "UPDATE laesninger SET seq = -1 WHERE seq = $a; UPDATE laesninger SET seq = $a WHERE seq = $b; UPDATE laesninger SET seq = $b WHERE seq = -1"
afvist a5f "læsning nr\. 3 af sag AES-2025-000001 i læseloggen er ændret, indsat, eller en læsning før den er slettet" \
    "5: to rækker i læseloggen byttet om"

# 6: the case list (status, team) and 7: the tasks and report facts.
kopi a6
psql_ "${P}_a6" "UPDATE sager SET status = 'lukket' WHERE id = 'AES-2025-000001'"
afvist a6 "sagslisten er ændret: sag AES-2025-000001 har status 'lukket', men hændelserne giver 'aaben'" \
    "6: sagslistens status ændret"
kopi a6b
psql_ "${P}_a6b" "UPDATE sager SET team = 'T9' WHERE id = 'AES-2025-000002'"
afvist a6b "sagslisten er ændret: sag AES-2025-000002 har team 'T9', men hændelserne giver 'T1'" \
    "6: sagslistens team ændret"
kopi a7
psql_ "${P}_a7" "UPDATE opgaver SET forfald = '2099-12-31' WHERE sag_id = 'AES-2025-000002' AND nr = 1"
afvist a7 "tabellen opgaver er ændret: sag AES-2025-000002 opgave nr\. 1 har forfald '2099-12-31', men hændelserne giver '2025-09-14'" \
    "7: en opgaves forfaldsdato ændret"
kopi a7b
psql_ "${P}_a7b" "UPDATE opgaver SET venter = 1 WHERE sag_id = 'AES-2025-000002' AND nr = 1"
afvist a7b "tabellen opgaver er ændret: sag AES-2025-000002 opgave nr\. 1 har venter '1', men hændelserne giver '0'" \
    "7: en opgave sat til at vente på andre"
kopi a7c
psql_ "${P}_a7c" "DELETE FROM opgaver WHERE sag_id = 'AES-2025-000002'"
afvist a7c "tabellen opgaver er ændret: sag AES-2025-000002 opgave nr\. 1 mangler" \
    "7: en opgave slettet"
kopi a7d
psql_ "${P}_a7d" "UPDATE rapport_afgoerelser SET pct = 100 WHERE id = 'AES-2025-000001-E2'"
afvist a7d "tabellen rapport_afgoerelser er ændret: sag AES-2025-000001 afgørelse AES-2025-000001-E2 har pct '100', men hændelserne giver '30'" \
    "7: rapportfaktaenes procent ændret"

# 8: the awards (ydelser), derived again from the stored decisions with the
# rate tables: an amount changed, an award deleted, a forged award on the
# second case (which has no decision that grants money).
kopi a8
psql_ "${P}_a8" "UPDATE ydelser SET beloeb_oere = beloeb_oere + 100000 WHERE id = 'AES-2025-000001-E2-Y1'"
afvist a8 "tabellen ydelser er ændret: sag AES-2025-000001 ydelse AES-2025-000001-E2-Y1 har beløbet 11046969 øre, men afgørelserne giver 10946969 øre" \
    "8: en ydelses beløb ændret"
kopi a8b
psql_ "${P}_a8b" "DELETE FROM ydelser WHERE id = 'AES-2025-000001-E2-Y1'"
afvist a8b "tabellen ydelser er ændret: sag AES-2025-000001 mangler ydelse AES-2025-000001-E2-Y1, som afgørelse AES-2025-000001-E2 giver" \
    "8: en ydelse slettet"
kopi a8c
psql_ "${P}_a8c" "INSERT INTO ydelser SELECT 'AES-2025-000002-E9-Y1', 'AES-2025-000002', 'AES-2025-000002-E9', art, fra, til, beloeb_oere, regulering, niveau_aar, betalertype, betaler, andel_taeller, andel_naevner, skattepligtig, erstattet_fra, erstattet_af, slut, registreret FROM ydelser WHERE id = 'AES-2025-000001-E2-Y1'"
afvist a8c "tabellen ydelser er ændret: sag AES-2025-000002 ydelse AES-2025-000002-E9-Y1 har ingen afgørelse bag sig" \
    "8: en falsk ydelse indsat"

# Readers of one case at once: each read is chained to the case's previous
# read under the case's advisory lock (docs/hashkaede.md), so 8 processes
# reading 3 times each leave one unbroken chain of 24 more rows.
foer=$(psql_ "${P}_t" "SELECT count(*) FROM laesninger WHERE sag_id = 'AES-2025-000001'")
for p in 1 2 3 4 5 6 7 8; do
    (for i in 1 2 3; do s vis AES-2025-000001 --grund "samtidig $p.$i" >/dev/null || exit 1; done) &
done
ok=0
for j in $(jobs -p); do wait "$j" || ok=1; done
tjek $ok "8 samtidige læsere af samme sag, 3 læsninger hver"
efter=$(psql_ "${P}_t" "SELECT count(*) FROM laesninger WHERE sag_id = 'AES-2025-000001'")
[ $((efter - foer)) -eq 24 ]
tjek $? "24 nye rækker i læseloggen ($foer -> $efter)"

[ "$(s verificer)" = "ok: 4 hændelser, hashkæden og alle afgørelser er intakte" ]
tjek $? "den intakte database verificeres stadig (også læseloggens kæde efter de samtidige læsere)"
echo "1..$n"
exit $fejl
