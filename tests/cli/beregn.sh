#!/bin/bash
# skadesag beregn and the general command line, run as a user would.
cd "$(dirname "$0")/../.."
. tests/cli/lib.bash

ok "--version" bash -c "$SKADESAG --version | grep -q '^skadesag [0-9]'"
ok "--help lister kommandoerne" bash -c "$SKADESAG --help | grep -q beregn"
ok "beregn --help" bash -c "$SKADESAG beregn --help | grep -q -- '--batch'"
ok "satser --help" bash -c "$SKADESAG satser --help | grep -q tjek"
ok "dato --help" bash -c "$SKADESAG dato --help | grep -q helligdage"
ok "ukendt kommando giver brugsfejl (2)" bash -c "$SKADESAG findesikke; [ \$? -eq 2 ]"

# Every example computes, as JSON and as text.
for f in examples/*.json; do
    ok "beregn $f (json)" bash -c "$SKADESAG beregn $f > $TMP/ud.json && grep -q '\"ret_til_erstatning\":true' $TMP/ud.json"
    ok "beregn $f (tekst)" bash -c "$SKADESAG beregn --format tekst $f | grep -q 'Sådan har vi beregnet'"
done

# The tømrer example: 31,25 % computed, 30 % on the reform grid, paid as
# capital, with the checksum of the tables in the output.
ok "tømrer: 30 % og kapital" bash -c "$SKADESAG beregn --uden-spor examples/toemrer_2025.json | grep -q '\"erhvervsevnetab_pct\":30,.*\"udbetalingsform\":\"kapital\"'"
ok "tømrer: beregnet 31.2500" bash -c "$SKADESAG beregn examples/toemrer_2025.json | grep -q '\"erhvervsevnetab_beregnet\":\"31.2500\"'"
ok "uden spor: intet spor" bash -c "! $SKADESAG beregn --uden-spor examples/toemrer_2025.json | grep -q '\"spor\"'"
ok "stdin (-)" bash -c "$SKADESAG beregn - < examples/fleksjob_2019.json | grep -q '\"erhvervsevnetab_beregnet\"'"
ok "checksum i resultatet" bash -c "c=\$($SKADESAG satser tjek | sed -n 's/^checksum: //p'); $SKADESAG beregn examples/toemrer_2025.json | grep -q \"\$c\""

# Identical input gives identical bytes.
ok "deterministisk output" bash -c "$SKADESAG beregn examples/foertidspension_2023.json > $TMP/a; $SKADESAG beregn examples/foertidspension_2023.json > $TMP/b; cmp -s $TMP/a $TMP/b"

# Bad input: a clear message naming the field, exit 1.
sed 's/"skoen_pct": 80,//' examples/foertidspension_2023.json > "$TMP/mangler.json"
ok "manglende skøn afvises med feltet" bash -c "$SKADESAG beregn $TMP/mangler.json 2> $TMP/err; [ \$? -eq 1 ] && grep -q '/erhvervsevnetab/skoen_pct: mangler' $TMP/err"
sed 's/"2023-03-01"/"2023-02-30"/' examples/foertidspension_2023.json > "$TMP/dato.json"
afvist "umulig dato afvises" '/anmeldelsesdato: datoen findes ikke' $SKADESAG beregn $TMP/dato.json
sed 's/"aarsloen_oere": 39800000/"aarsloen_oere": -5/' examples/foertidspension_2023.json > "$TMP/neg.json"
afvist "negativ årsløn afvises" '/aarsloen_oere: må ikke være negativ' $SKADESAG beregn $TMP/neg.json
sed 's|"3/4"|"5/4"|' examples/foertidspension_2023.json > "$TMP/andel.json"
sed 's|"3/4"|"9223372036854775782/9223372036854775783"|' examples/foertidspension_2023.json > "$TMP/stor.json"
afvist "en andel for stor til nøjagtig regning afvises med feltnavn (ikke intern fejl)" \
    '/erhvervsevnetab/arbejdsskadens_andel: brøken er for stor' $SKADESAG beregn $TMP/stor.json
afvist "andel over 1 afvises" '/erhvervsevnetab/arbejdsskadens_andel' $SKADESAG beregn $TMP/andel.json
printf '{"skadetype": ' > "$TMP/ugyldig.json"
afvist "ugyldig JSON afvises" 'ugyldig JSON' $SKADESAG beregn $TMP/ugyldig.json
sed 's/"skadetype": "ulykke"/"skadetype": "brand"/' examples/toemrer_2025.json > "$TMP/type.json"
afvist "ukendt skadetype afvises" '/skadetype' $SKADESAG beregn $TMP/type.json
sed 's/"kommentar"/"kommentaar"/' examples/toemrer_2025.json > "$TMP/felt.json"
afvist "ukendt felt afvises" '/kommentaar: ukendt felt' $SKADESAG beregn $TMP/felt.json
ok "CPR-fri fejlbesked (ingen fødselsdato i teksten)" bash -c "! $SKADESAG beregn $TMP/mangler.json 2>&1 | grep -q 1966"

# Batch: one line per case, errors as objects, exit 1 when any is refused.
for f in examples/*.json; do tr -d '\n' < "$f"; echo; done > "$TMP/batch.jsonl"
ok "batch: tre resultater" bash -c "$SKADESAG beregn --batch $TMP/batch.jsonl > $TMP/ud.jsonl && [ \$(wc -l < $TMP/ud.jsonl) -eq 3 ] && grep -c '\"id\":\"eksempel-' $TMP/ud.jsonl | grep -qx 3"
tr -d '\n' < "$TMP/mangler.json" >> "$TMP/batch.jsonl"; echo >> "$TMP/batch.jsonl"
ok "batch: fejl som objekt og exit 1" bash -c "$SKADESAG beregn --batch --uden-spor $TMP/batch.jsonl > $TMP/ud.jsonl; [ \$? -eq 1 ] && [ \$(wc -l < $TMP/ud.jsonl) -eq 4 ] && tail -1 $TMP/ud.jsonl | grep -q '\"felt\":\"/erhvervsevnetab/skoen_pct\"'"
ok "batch fra stdin" bash -c "head -2 $TMP/batch.jsonl | $SKADESAG beregn --batch - | wc -l | grep -qx 2"

slut
