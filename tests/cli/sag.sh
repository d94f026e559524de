#!/bin/bash
# skadesag sag: a case from receipt through recognition, a loss decision
# through the engine, mén, an appeal to Ankestyrelsen and a remittal;
# refusals that store nothing; roles and the read log; export/import;
# tamper detection; the demo database and worklists.
cd "$(dirname "$0")/../.."
. tests/cli/lib.bash
export SKADESAG_BRUGER=sb9 SKADESAG_ROLLE=sagsbehandler
db=$TMP/t.db
S="$SKADESAG sag --db $db"
# Rewrites a store as schema 4 (one global hash chain) left it.
SKEMA4=${SKEMA4:-$(dirname "$SKADESAG")/tests/store_skema4}
ID=AES-2025-000001
cat >"$TMP/sag.json" <<'J'
{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-02-10",
 "anmeldelsesdato":"2025-02-14","cpr":"0101809011","team":"T1",
 "sagsbehandler":"sb9","dato":"2025-02-14"}
J

ok "opret giver første sagsnummer i anmeldelsesåret" \
    bash -c "[ \"\$($S opret $TMP/sag.json)\" = $ID ]"
ok "reformsag (skade efter 1.7.2024): ingen lovbestemte frister, servicemål 7 mdr." \
    bash -c "$S vis $ID --idag 2025-03-01 | grep -q 'Fristregler: fra 1.7.2024 (reform)' &&
             $S liste | grep '^$ID' | grep -q '14.09.2025'"
ok "sagsbehandler ser fuldt CPR-nummer" \
    bash -c "$S vis $ID --idag 2025-03-01 | grep -q 'Tilskadekomne: 010180-9011'"
ok "ledelse ser maskeret CPR-nummer (tekst og JSON)" \
    bash -c "$S --rolle ledelse vis $ID --grund statistik | grep -q 'Tilskadekomne: 010180-XXXX' &&
             $S --rolle ledelse vis $ID --grund statistik --json | grep -q '\"cpr\":\"010180-XXXX\"' &&
             ! $S --rolle ledelse vis $ID --grund statistik --json | grep -q 9011"
ok "læsninger logges med bruger, rolle og grund" \
    bash -c "$S laesninger $ID | grep -c 'sb9  *ledelse  *statistik' | grep -qx 3 &&
             $S laesninger $ID | grep -q 'sb9  *sagsbehandler  *sagsbehandling'"
afvist "ledelse må ikke træffe afgørelser" "rollen 'ledelse' må ikke bruge 'afgoer'" \
    $S --rolle ledelse afgoer $ID --fase anerkendelse --resultat anerkendt --begrundelse x
afvist "ledelse må ikke eksportere" "må ikke bruge 'eksport'" $S --rolle ledelse eksport $ID
ok "ukendt rolle afvises" bash -c "$S --rolle chef liste 2>&1 | grep -q 'ukendt rolle'"
ok "stavefejl i tilvalg afvises med navnet" \
    bash -c "$S liste --teem T1 2>&1 | grep -q -- '--teem: ukendt tilvalg'"

# Refusals store nothing.
n0=$($S vis $ID --json | grep -o '"nr":' | wc -l)
afvist "mén før anerkendelse afvises (exit 1) med grund" 'mén kan først afgøres, når skaden er anerkendt' \
    $S afgoer $ID --fase men --pct 10 --dato 2025-03-01 --begrundelse x
afvist "afgørelse uden begrundelse afvises med feltnavn" '/begrundelse: mangler' \
    $S afgoer $ID --fase anerkendelse --resultat anerkendt --dato 2025-04-01
ok "afviste ændringer gemmer intet" \
    bash -c "[ \$($S vis $ID --json | grep -o '\"nr\":' | wc -l) -eq $n0 ]"
sed 's/"2025-02-10"/"2025-02-30"/' "$TMP/sag.json" >"$TMP/d.json"
afvist "ugyldig skadedato afvises med feltnavn" '/skadedato: datoen findes ikke' $S opret $TMP/d.json
ok "... og ingen ny sag" bash -c "[ \$($S liste --json | grep -o '\"id\"' | wc -l) -eq 1 ]"
sed 's/0101809011/3201809011/' "$TMP/sag.json" >"$TMP/c.json"
ok "ugyldigt CPR-nummer afvises uden at gentage nummeret" \
    bash -c "out=\$($S opret $TMP/c.json 2>&1); [ \$? -eq 1 ] && echo \"\$out\" | grep -q cpr && ! echo \"\$out\" | grep -q 3201809011"
printf '{"sagstype":"ulykke","cpr":"0101809011" x' >"$TMP/brudt.json"
afvist "ugyldig JSON afvises med linje og kolonne" 'ugyldig JSON (linje 1, kolonne' $S opret $TMP/brudt.json
ok "... uden at gentage indholdet (CPR-nummeret)" bash -c "! $S opret $TMP/brudt.json 2>&1 | grep -q 9011"
afvist "ukendt sag: exit 1" 'sagen findes ikke' $S vis AES-2099-000001

# The decisions.
ok "anerkendelse" \
    bash -c "[ \"\$($S afgoer $ID --fase anerkendelse --resultat anerkendt --dato 2025-04-01 --begrundelse 'Ulykke i arbejdstiden')\" = $ID-A1 ]"
ok "erhvervsevnetab gennem motoren: 30 % (examples/toemrer_2025.json)" \
    bash -c "$S afgoer $ID --fase erhvervsevnetab --beregning examples/toemrer_2025.json --dato 2026-03-02 --begrundelse 'Tab fastsat' | grep -qx '$ID-E2: erhvervsevnetab 30 %'"
ok "beregningen skal have afgørelsens dato" \
    bash -c "$S afgoer $ID --fase erhvervsevnetab --beregning examples/toemrer_2025.json --dato 2026-03-03 --begrundelse x 2>&1 | grep -q '/afgoerelsesdato'"
ok "beregningen skal angå sagen (skadedato)" \
    bash -c "$S afgoer $ID --fase erhvervsevnetab --beregning examples/fleksjob_2019.json --dato 2026-03-02 --begrundelse x 2>&1 | grep -q '/skadedato'"
ok "mén efter erhvervsevnetab er tilladt" \
    bash -c "[ \"\$($S afgoer $ID --fase men --pct 10 --dato 2026-03-05 --begrundelse Mén)\" = $ID-M3 ]"
ok "gemt afgørelse genberegnes byte for byte" \
    bash -c "$S genberegn $ID-E2 | grep -q '^identisk: afgørelse $ID-E2'"
ok "genberegning med ændrede satser (maks. årsløn 2026 halveret) viser afvigelsen" \
    bash -c "d=\$(mktemp -d); cp data/*.tsv \$d/;
             awk -F'\t' -v OFS='\t' '\$1==\"maks_aarsloen\" && \$2==2026 {\$4=int(\$4/2)} 1' data/satser.tsv >\$d/satser.tsv;
             $S genberegn $ID-E2 --data \$d >\$d/ud; r=\$?; grep -q '^afviger: afgørelse $ID-E2' \$d/ud && [ \$r -eq 1 ]; r=\$?; rm -rf \$d; exit \$r"

# Appeal: received in time, kept, sent on, remitted.
ok "klage inden for 4 uger" \
    bash -c "[ \"\$($S klage $ID --afgoerelse $ID-E2 --part tilskadekomne --dato 2026-03-20 --begrundelse Klage)\" = $ID-K1 ]"
ok "klagen ses som rettidig" \
    bash -c "$S vis $ID --json | grep -q '\"id\":\"$ID-K1\",\"afgoerelse_id\":\"$ID-E2\",\"fase\":\"erhvervsevnetab\",\"modtaget\":\"2026-03-20\",\"rettidig\":true'"
ok "genvurdering kræver udfald" \
    bash -c "$S genvurder $ID --klage $ID-K1 --dato 2026-04-01 --begrundelse x; [ \$? -eq 1 ]"
ok "genvurderet: fastholdt" \
    $S genvurder $ID --klage $ID-K1 --udfald fastholdt --dato 2026-04-01 --begrundelse Fastholdt
ok "arbejdslisten: send klagen til Ankestyrelsen" \
    bash -c "$S arbejdsliste --sagsbehandler sb9 --idag 2026-04-01 | grep '$ID' | grep -qi 'ankestyrelsen'"
ok "sendt til Ankestyrelsen" \
    $S ankestyrelsen $ID --klage $ID-K1 --send --dato 2026-04-02 --begrundelse Sendt
ok "hjemvisning opretter en ny sag knyttet til den gamle" \
    bash -c "$S ankestyrelsen $ID --klage $ID-K1 --udfald hjemvist --dato 2026-09-01 --begrundelse Hjemvist | grep -qx 'Hjemvist: ny sag AES-2026-000001' &&
             $S vis AES-2026-000001 | grep -q 'Hører til sag: $ID' &&
             $S liste | grep '^AES-2026-000001' | grep -q hjemvisning"
ok "klage kan ikke afgøres to gange" \
    bash -c "$S ankestyrelsen $ID --klage $ID-K1 --udfald stadfaestet --dato 2026-09-02 --begrundelse x; [ \$? -eq 1 ]"
ok "genoptagelse med nye oplysninger giver andengangssag" \
    bash -c "$S genoptag $ID --nye-oplysninger 'Ny lægeerklæring' --dato 2026-10-01 --begrundelse Anmodning | grep -qx 'AES-2026-000002' &&
             $S liste | grep '^AES-2026-000002' | grep -q andengang"

# Export, import, verification, tampering.
ok "eksport og import giver samme sag" \
    bash -c "$S eksport $ID >$TMP/e.json && $SKADESAG sag --db $TMP/u.db import $TMP/e.json | grep -qx $ID &&
             $SKADESAG sag --db $TMP/u.db eksport $ID >$TMP/e2.json && cmp -s $TMP/e.json $TMP/e2.json"
ok "importeret afgørelse genberegnes identisk" \
    bash -c "$SKADESAG sag --db $TMP/u.db genberegn $ID-E2 | grep -q '^identisk'"
ok "import af eksisterende sag afvises" \
    bash -c "$S import $TMP/e.json; [ \$? -eq 1 ]"
ok "verificer: intakt" bash -c "$S verificer | grep -q '^ok: [0-9]* hændelser'"
cp "$db" "$TMP/m.db" && sqlite3 "$TMP/m.db" "UPDATE haendelser SET begrundelse='x' WHERE seq=3"
afvist "ændret hændelse opdages" 'hændelse nr. 3.*hashkæden brydes' $SKADESAG sag --db $TMP/m.db verificer
cp "$db" "$TMP/m2.db" && sqlite3 "$TMP/m2.db" "UPDATE afgoerelser SET resultat=replace(resultat,'30','31')"
afvist "ændret afgørelse opdages" 'afgørelse .*E2' $SKADESAG sag --db $TMP/m2.db verificer
ok "intet CPR-nummer i sagslisten" \
    bash -c "$S liste --json >$TMP/l.json && grep -q '\"id\"' $TMP/l.json && ! grep -q 010180 $TMP/l.json"

# Demo database and worklists.
ok "demo opretter syntetiske sager" \
    bash -c "$SKADESAG sag --db $TMP/demo.db demo | grep -q 'Demosager oprettet' &&
             [ \$($SKADESAG sag --db $TMP/demo.db liste --json | grep -o '\"id\"' | wc -l) -ge 10 ]"
ok "arbejdsliste for team, først forfaldne først, med overskredne markeret" \
    bash -c "$SKADESAG sag --db $TMP/demo.db arbejdsliste --team 'Team Nord' --idag 2026-11-23 >$TMP/al &&
             grep -q '^  ! 02.10.2026  AES-2026-000002' $TMP/al &&
             sed -n '/^Til behandling/,/^\$/p' $TMP/al | grep -oE '[0-9]{2}\.[0-9]{2}\.[0-9]{4}' |
                 awk -F. '{print \$3\$2\$1}' >$TMP/dd && [ \$(wc -l <$TMP/dd) -ge 3 ] && sort -c $TMP/dd"
afvist "arbejdsliste kræver team eller sagsbehandler" '/team: angiv enten et team eller en sagsbehandler' \
    $SKADESAG sag --db $TMP/demo.db arbejdsliste
ok "en database med skemaversion 1 migreres ved åbning uden tab" \
    bash -c "cp $TMP/demo.db $TMP/v1.db && $SKEMA4 $TMP/v1.db && sqlite3 $TMP/v1.db 'DROP INDEX sager_team_nyeste; DROP INDEX sager_behandler_nyeste; DROP INDEX sager_nyeste;
             CREATE INDEX sager_team_status ON sager(team, status); CREATE INDEX sager_behandler_status ON sager(sagsbehandler, status);
             DROP TABLE rapport_frister; DROP TABLE rapport_afgoerelser; DROP TABLE rapport_klager;
             ALTER TABLE sager DROP COLUMN gruppe; ALTER TABLE sager DROP COLUMN start_dato; ALTER TABLE sager DROP COLUMN afsluttet;
             DROP TABLE kvalitet_vurderinger; DROP TABLE kvalitet_stikproeve;
             DELETE FROM taellere WHERE navn = \"genopbyg_projektioner\"; PRAGMA user_version = 1' &&
             $SKADESAG sag --db $TMP/v1.db verificer | grep -q '^ok:' &&
             [ \"\$(sqlite3 $TMP/v1.db 'PRAGMA user_version')\" = 5 ] &&
             sqlite3 $TMP/v1.db '.indexes sager' | grep -q sager_team_nyeste &&
             for q in 'SELECT gruppe, start_dato, afsluttet FROM sager ORDER BY id' 'SELECT * FROM rapport_frister ORDER BY 1, 2' \
                      'SELECT * FROM rapport_afgoerelser ORDER BY 1, 2' 'SELECT * FROM rapport_klager ORDER BY 1, 2'; do
                 [ \"\$(sqlite3 $TMP/v1.db \"\$q\")\" = \"\$(sqlite3 $TMP/demo.db \"\$q\")\" ] || exit 1; done &&
             [ \$(sqlite3 $TMP/v1.db 'SELECT count(*) FROM rapport_afgoerelser') -gt 5 ] &&
             [ \"\$($SKADESAG sag --db $TMP/v1.db liste --json)\" = \"\$($SKADESAG sag --db $TMP/demo.db liste --json)\" ]"
ok "en nyere skemaversion afvises" \
    bash -c "cp $TMP/demo.db $TMP/v9.db && sqlite3 $TMP/v9.db 'PRAGMA user_version = 9' &&
             $SKADESAG sag --db $TMP/v9.db liste 2>&1 | grep -q 'skemaversion 9'"
ok "en database med skemaversion 4 med ændret hændelse migreres ikke" \
    bash -c "cp $TMP/demo.db $TMP/v4.db && $SKEMA4 $TMP/v4.db &&
             sqlite3 $TMP/v4.db \"UPDATE haendelser SET begrundelse = 'x' WHERE seq = 5\" &&
             $SKADESAG sag --db $TMP/v4.db verificer 2>&1 | grep -q 'migreres ikke.*nr. 5' &&
             [ \"\$(sqlite3 $TMP/v4.db 'PRAGMA user_version')\" = 4 ]"
afvist "verificer opretter ingen database" 'findes ikke' $SKADESAG sag --db $TMP/ingen.db verificer
ok "... og der er ingen fil bagefter" bash -c "[ ! -e $TMP/ingen.db ]"
: >"$TMP/tom.db"
afvist "verificer afviser en tom fil uden at skrive i den" 'er tom' $SKADESAG sag --db $TMP/tom.db verificer
ok "... som stadig er tom" bash -c "[ ! -s $TMP/tom.db ] && [ ! -e $TMP/tom.db-wal ]"
ok "demodatabasen verificerer" \
    bash -c "$SKADESAG sag --db $TMP/demo.db verificer | grep -q '^ok:'"
slut
