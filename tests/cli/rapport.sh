#!/bin/bash
# skadesag rapport and skadesag demodata: figures on a small hand-built
# history where each is worked out by hand; a generated portfolio whose
# figures agree with each other and with the event log; the quality sample;
# the two impact runs; the HTML report in a real browser (chromium).
cd "$(dirname "$0")/../.."
. tests/cli/lib.bash
export SKADESAG_BRUGER=sb1 SKADESAG_ROLLE=sagsbehandler
db=$TMP/h.db
S="$SKADESAG sag --db $db"
R="$SKADESAG rapport --db $db"

opret() { # opret TYPE SKADEDATO ANMELDT MODTAGET
    printf '{"sagstype":"%s","generation":"foerstegang","skadedato":"%s","anmeldelsesdato":"%s","modtaget_dato":"%s","dato":"%s","cpr":"0101809011","team":"T1","sagsbehandler":"sb1"}' \
        "$1" "$2" "$3" "$4" "$4" >"$TMP/o.json"
    $S opret "$TMP/o.json"
}
luk() { # luk SAG DATO
    printf '{"type":"lukket","dato":"%s","begrundelse":"Afsluttet"}' "$2" | $S haendelse "$1" -
}

# Case 1: accident forwarded 15.1.2024, recognised 1.3, mén 1.5, appeal
# confirmed by Ankestyrelsen, closed 14.6 after 151 days.
# Case 2: disease notified 1.2.2024, undecided: its 6-month deadline
# (1.8) is missed. Case 3: accident received 1.3.2024, rejected 1.7 after
# its 3-month deadline (1.6 is a Saturday: 3.6), closed 10.7 (131 days).
{
    c1=$(opret ulykke 2024-01-05 2024-01-10 2024-01-15) &&
    $S afgoer "$c1" --fase anerkendelse --resultat anerkendt --dato 2024-03-01 --begrundelse A &&
    k=$($S klage "$c1" --afgoerelse "$c1-A1" --dato 2024-03-10 --begrundelse K) &&
    $S genvurder "$c1" --klage "$k" --udfald fastholdt --dato 2024-03-20 --begrundelse G &&
    $S ankestyrelsen "$c1" --klage "$k" --send --dato 2024-03-21 --begrundelse S &&
    $S ankestyrelsen "$c1" --klage "$k" --udfald stadfaestet --dato 2024-05-01 --begrundelse U &&
    $S afgoer "$c1" --fase men --pct 10 --dato 2024-05-01 --begrundelse M &&
    luk "$c1" 2024-06-14 &&
    c2=$(opret erhvervssygdom 2023-06-01 2024-02-01 2024-02-01) &&
    c3=$(opret ulykke 2024-02-20 2024-02-25 2024-03-01) &&
    $S afgoer "$c3" --fase anerkendelse --resultat afvist --dato 2024-07-01 --begrundelse A &&
    luk "$c3" 2024-07-10 &&
    g1=$($S genoptag "$c1" --nye-oplysninger "Ny erklæring" --dato 2024-08-01 --begrundelse R) &&
    luk "$g1" 2024-09-15 &&
    g2=$($S genoptag "$c1" --nye-oplysninger "Endnu en" --dato 2024-10-01 --begrundelse R)
} >"$TMP/byg.log" 2>&1
# Case 1 is reopened twice (1.8 and 1.10): two second-time cases; the first
# closed after 45 days. Case 1 itself stays closed.
ok "håndbygget historik oprettes" bash -c "[ -n '$g2' ] && ! grep -q skadesag: $TMP/byg.log"
$R portefolje --fra 2024-01-01 --til 2024-12-31 --format csv >"$TMP/h.csv" 2>"$TMP/h.err"
ok "sagsbehandlingstid: 2 førstegangssager, (151 + 131) / 2 dage = 4,6 mdr.; alle 3 sager (151 + 131 + 45) / 3 = 3,6" \
    bash -c "grep -q '^Førstegangssager uden erhvervsevnetab;.*;2;4,6$' $TMP/h.csv && grep -qx 'Alle sager;100,0;3;3,6' $TMP/h.csv"
ok "måneder: januar-marts 1 ind, juni og juli 1 ud, genoptagelser ind i august og oktober" \
    bash -c "grep -q '^2024;1;1;0;1;0;' $TMP/h.csv && grep -q '^2024;3;1;0;3;0;' $TMP/h.csv &&
             grep -q '^2024;6;0;1;2;0;' $TMP/h.csv && grep -q '^2024;7;0;1;1;0;' $TMP/h.csv &&
             grep -q '^2024;8;1;0;2;0;' $TMP/h.csv && grep -q '^2024;9;0;1;1;0;' $TMP/h.csv &&
             grep -q '^2024;10;1;0;2;0;' $TMP/h.csv && grep -q '^2024;12;0;0;2;0;' $TMP/h.csv"
ok "genoptaget to gange: to andengangssager, den ene afsluttet efter 45 dage = 1,5 mdr." \
    bash -c "grep -qx 'Andengangssager (genoptagelser og revisioner);33,3;1;1,5' $TMP/h.csv &&
             grep -qx 'Førstegangssager uden erhvervsevnetab;66,7;2;4,6' $TMP/h.csv"
ok "3-månedersfristen (ny lov): 1 af 2 opfyldt" grep -qx '3 måneders frist ulykker (ny lov);1;2;50,0' "$TMP/h.csv"
ok "6-månedersfristen: 0 af 1 opfyldt" grep -qx '6 måneders frist erhvervssygdomme (ny lov);0;1;0,0' "$TMP/h.csv"
ok "1-årsfristen: 2 af 2 (sag 2's frist falder i 2025)" grep -qx '1 års frist for arbejdsskadesager (ny lov);2;2;100,0' "$TMP/h.csv"
ok "klager: 3 afgørelser, 1 klage, stadfæstet" grep -qx '2024;3;1;33,3;1;0;0;0;0;0;100,0;100,0' "$TMP/h.csv"
ok "aldersfordeling pr. 31.12: sag 2 er 10 mdr., den anden genoptagelse 2 mdr." bash -c "grep -qx '6-12 mdr.;1' $TMP/h.csv && grep -qx 'under 3 mdr.;1' $TMP/h.csv"
ok "set fra 30.6.2024: sag 3 verserer, 6-månedersfristen endnu ukendt" \
    bash -c "$R portefolje --fra 2024-01-01 --til 2024-12-31 --pr 2024-06-30 --format csv >$TMP/h2.csv &&
             grep -qx '6 måneders frist erhvervssygdomme (ny lov);0;0;' $TMP/h2.csv &&
             grep -q '^2024;6;0;1;2;0;' $TMP/h2.csv && grep -q '^2024;12;0;0;2;0;' $TMP/h2.csv &&
             grep -q '^2024;8;0;0;2;0;' $TMP/h2.csv"
ok "tekstrapport med danske tal og datoer" \
    bash -c "$R portefolje --fra 2024-01-01 --til 2024-12-31 | grep -q '01.01.2024–31.12.2024 (opgjort pr. 31.12.2024)'"
ok "periode der slutter før den begynder afvises" \
    bash -c "$R portefolje --fra 2024-12-31 --til 2024-01-01 2>&1 | grep -q '/til: perioden slutter før den begynder'"
ok "en database der ikke findes, oprettes ikke af en rapport" \
    bash -c "$SKADESAG rapport --db $TMP/findes-ikke.db portefolje --fra 2024-01-01 --til 2024-12-31 2>&1 | grep -q 'findes ikke' && [ ! -e $TMP/findes-ikke.db ]"
ok "manglende --fra afvises med navnet" bash -c "$R portefolje --til 2024-01-01 2>&1 | grep -q -- '--fra: mangler'"

# Quality: 2 % of 3 decisions rounded up is 1; a second draw adds none.
ok "kvalitet: stikprøve på 2 % (rundet op) af 3 afgørelser" \
    bash -c "$R kvalitet udtraek --fra 2024-01-01 --til 2024-12-31 --seed 3 | grep -q '^1 af periodens 3 afgørelser'"
ok "samme seed igen: intet nyt" \
    bash -c "$R kvalitet udtraek --fra 2024-01-01 --til 2024-12-31 --seed 3 | grep -q '^0 af periodens 3'"
afg=$($R kvalitet liste --fra 2024-01-01 --til 2024-12-31 | cut -d' ' -f1)
ok "vurdering registreres med hvem og hvorfor" \
    bash -c "$R kvalitet vurder '$afg' --korrekt nej --begrundelse 'Forkert hjemmel' --bruger kval1 --rolle jurist &&
             $R kvalitet status --fra 2024-01-01 --til 2024-12-31 | grep -q 'vurderet 1; materielt korrekte 0 = 0,0 % (mål 95 %: ikke nået)'"
ok "en afgørelse vurderes kun én gang" \
    bash -c "$R kvalitet vurder '$afg' --korrekt ja --begrundelse x --bruger k --rolle jurist 2>&1 | grep -q 'allerede vurderet'"
ok "kun udtrukne afgørelser kan vurderes" \
    bash -c "$R kvalitet vurder FINDES-IKKE --korrekt ja --begrundelse x --bruger k --rolle jurist; [ \$? -eq 1 ]"
ok "kvaliteten står i rapporten" \
    bash -c "$R portefolje --fra 2024-01-01 --til 2024-12-31 --kvalitet | grep -q '^I alt .* 0,0 %'"

# Impact 1: a § 17 a decision of 2023 with a loss of 10 % (fleksjob pay
# 360.000 of 400.000), refused; one of 20 % is not touched.
tab() { # tab SKADEDATO ANMELDT AFGDATO FOEDT MED_OERE [klart]
    printf '{"skadetype":"ulykke","skadedato":"%s","anmeldelsesdato":"%s","foedselsdato":"%s","afgoerelsesdato":"%s","afgoerelse":"endelig","aarsloen_oere":40000000,"erhvervsevnetab":{"grundlag":"17a","situation":"fleksjob","indtaegt_uden_skade_oere":40000000,"fleksjob_loen_oere":%s,"kommunalt_tilskud_oere":16000000%s},"situation_dato":"%s"}' \
        "$1" "$2" "$4" "$3" "$5" "${6:+,\"klart_og_varigt\":$6}" "$3"
}
{
    c4=$(opret ulykke 2022-03-01 2022-03-05 2022-03-05) &&
    $S afgoer "$c4" --fase anerkendelse --resultat anerkendt --dato 2022-06-01 --begrundelse A &&
    tab 2022-03-01 2022-03-05 2023-05-01 1975-04-02 20000000 false >"$TMP/t4.json" &&
    $S afgoer "$c4" --fase erhvervsevnetab --beregning "$TMP/t4.json" --dato 2023-05-01 --begrundelse T &&
    c5=$(opret ulykke 2022-04-01 2022-04-05 2022-04-05) &&
    $S afgoer "$c5" --fase anerkendelse --resultat anerkendt --dato 2022-06-01 --begrundelse A &&
    tab 2022-04-01 2022-04-05 2023-05-02 1975-04-02 16000000 >"$TMP/t5.json" &&
    $S afgoer "$c5" --fase erhvervsevnetab --beregning "$TMP/t5.json" --dato 2023-05-02 --begrundelse T
} >"$TMP/byg2.log" 2>&1
ok "§ 17 a-afgørelser oprettet (10 % afvist, 20 % tilkendt)" bash -c "! grep -q skadesag: $TMP/byg2.log && grep -q ': erhvervsevnetab 0 %' $TMP/byg2.log && grep -q ': erhvervsevnetab 20 %' $TMP/byg2.log"
$R konsekvens hoejesteret-2025 --format csv >"$TMP/hr.csv"
ok "Højesteret 2025: kun 10 %-sagen er berørt, nu 15 %" \
    bash -c "[ \$(grep -c '^AES-' $TMP/hr.csv) -eq 1 ] && grep -q '^$c4-E2;$c4;01.05.2023;10,00 %;15 %;' $TMP/hr.csv"
tab 2022-03-01 2022-03-05 2023-05-01 1975-04-02 20000000 true >"$TMP/t4b.json"
oere=$($SKADESAG beregn "$TMP/t4b.json" | grep -o '"aarlig_erstatning_oere":[0-9]*' | cut -d: -f2)
ok "årlig erstatning ved 15 % som 'skadesag beregn' med klart_og_varigt" \
    bash -c "[ -n '$oere' ] && grep -q \";\$(( $oere / 100 )),\$(printf %02d \$(( $oere % 100 )));\" $TMP/hr.csv"

# Impact 2: a person born 1980, capitalised in 2025 (pension age 69); the
# rules in force from 31.12.2025 give 70.
{
    c6=$(opret ulykke 2024-01-10 2024-01-12 2024-01-12) &&
    $S afgoer "$c6" --fase anerkendelse --resultat anerkendt --dato 2024-03-01 --begrundelse A &&
    printf '{"skadetype":"ulykke","skadedato":"2024-01-10","anmeldelsesdato":"2024-01-12","foedselsdato":"1980-01-01","afgoerelsesdato":"2025-03-03","afgoerelse":"endelig","aarsloen_oere":45000000,"erhvervsevnetab":{"grundlag":"skoen","skoen_pct":30,"situation":"ordinaer"},"vurdering":{"af":"sb1","begrundelse":"x"}}' >"$TMP/t6.json" &&
    $S afgoer "$c6" --fase erhvervsevnetab --beregning "$TMP/t6.json" --dato 2025-03-03 --begrundelse T
} >"$TMP/byg3.log" 2>&1
ok "folkepensionsalder: berørt efter 31.12.2025 (69 → 70 år)" \
    bash -c "! grep -q skadesag: $TMP/byg3.log && $R konsekvens folkepensionsalder --pr 2026-01-15 --format csv | grep -q '^$c6-E2;$c6;03.03.2025;69 → 70 år;'"
ok "folkepensionsalder: ikke berørt før ændringen" \
    bash -c "$R konsekvens folkepensionsalder --pr 2025-06-01 | grep -q '^Berørt: 0 '"

# A generated portfolio.
gen=$TMP/g.db
G="$SKADESAG rapport --db $gen"
ok "demodata: syntetisk portefølje med motorberegnede afgørelser" \
    bash -c "$SKADESAG demodata --db $gen --sager-pr-aar 400 --aar 3 --seed 5 | grep -q 'heraf [1-9][0-9]* beregnet af motoren'"
ok "demodata nægter en database med sager" bash -c "$SKADESAG demodata --db $gen --sager-pr-aar 100 --aar 1; [ \$? -eq 1 ]"
$G portefolje --fra 2023-01-01 --til 2025-12-31 --format csv --syntetisk >"$TMP/g.csv"
ok "samme seed giver samme portefølje og rapport" \
    bash -c "$SKADESAG demodata --db $TMP/g2.db --sager-pr-aar 400 --aar 3 --seed 5 >/dev/null &&
             $SKADESAG rapport --db $TMP/g2.db portefolje --fra 2023-01-01 --til 2025-12-31 --format csv --syntetisk | cmp -s - $TMP/g.csv"
ok "et andet seed giver en anden" \
    bash -c "$SKADESAG demodata --db $TMP/g3.db --sager-pr-aar 400 --aar 3 --seed 6 >/dev/null &&
             ! $SKADESAG rapport --db $TMP/g3.db portefolje --fra 2023-01-01 --til 2025-12-31 --format csv --syntetisk | cmp -s - $TMP/g.csv"
# Month rows: year;month;intake;closed;pending;over2;age
ok "tilgang − afsluttet = ændring i verserende, hver måned" \
    bash -c "awk -F';' '/^Måneder/{f=1;next} /^\$/{f=0} f && \$1 ~ /^[0-9]+\$/ { if (n++ && \$5 - p != \$3 - \$4) bad=1; p=\$5 } END { exit !(n == 36 && !bad) }' $TMP/g.csv"
ok "tallene stemmer med hændelsesloggen (oprettet og første lukning)" \
    bash -c "ind=\$(sqlite3 $gen \"SELECT count(*) FROM haendelser WHERE type='oprettet' AND dato BETWEEN '2023-01-01' AND '2025-12-31'\");
             ud=\$(sqlite3 $gen \"SELECT count(*) FROM (SELECT min(dato) d FROM haendelser WHERE type='lukket' GROUP BY sag_id) WHERE d BETWEEN '2023-01-01' AND '2025-12-31'\");
             ver=\$(sqlite3 $gen \"SELECT (SELECT count(DISTINCT sag_id) FROM haendelser WHERE type='oprettet' AND dato <= '2025-12-31') - (SELECT count(*) FROM (SELECT min(dato) d FROM haendelser WHERE type='lukket' GROUP BY sag_id) WHERE d <= '2025-12-31')\");
             $G portefolje --fra 2023-01-01 --til 2025-12-31 > $TMP/g.txt;
             tusind() { echo \$1 | sed ':a;s/\\([0-9]\\)\\([0-9]\\{3\\}\\)\\b/\\1.\\2/;ta'; };
             grep -q \"Tilgang i perioden: *\$(tusind \$ind)\$\" $TMP/g.txt &&
             grep -q \"Afsluttet i perioden: *\$(tusind \$ud)\$\" $TMP/g.txt &&
             grep -q '^2025;12;[^;]*;[^;]*;'\$ver';' $TMP/g.csv"
ok "genopbyggede projektioner giver samme rapport" \
    bash -c "$SKADESAG sag --db $gen genopbyg >/dev/null &&
             $G portefolje --fra 2023-01-01 --til 2025-12-31 --format csv --syntetisk | cmp -s - $TMP/g.csv"
ok "den genererede database verificerer (hashkæde, afgørelser, genafspilning)" \
    bash -c "$SKADESAG sag --db $gen verificer | grep -q '^ok:'"
ok "klageprocent omkring 16 % af afgørelserne (12-20 %)" \
    bash -c "awk -F';' '/^Klager/{f=1;next} f && \$1 ~ /^20/ { a+=\$2; k+=\$3 } END { p=100*k/a; exit !(p>=12 && p<=20) }' $TMP/g.csv"
ok "prognosen for 2024 vises med årets egne tal" \
    bash -c "$SKADESAG rapport --db $gen portefolje --fra 2025-01-01 --til 2025-12-31 --prognose 2024 | grep -q 'Produktion: mål 58.800'"
ok "prognosen og produktionsmålet står også i CSV" \
    bash -c "$SKADESAG rapport --db $gen portefolje --fra 2025-01-01 --til 2025-12-31 --prognose 2024 --format csv | grep -q '^Produktion (afsluttede sager);58800;58800;[0-9]*$'"
ok "stavefejl i et tilvalg er en brugsfejl (exit 2)" \
    bash -c "$SKADESAG rapport --db $gen portefolje --fra 2025-01-01 --til 2025-12-31 --formt html 2>$TMP/formt; [ \$? -eq 2 ] && grep -q -- '--formt: ukendt tilvalg' $TMP/formt"
ok "ukendt prognoseår afvises" \
    bash -c "$SKADESAG rapport --db $gen portefolje --fra 2025-01-01 --til 2025-12-31 --prognose 2019 2>&1 | grep -q 'ingen prognose for 2019'"

# The HTML report in a real browser.
$G portefolje --fra 2023-01-01 --til 2025-12-31 --format html --syntetisk --ud "$TMP/r.html"
ok "HTML-rapporten er selvstændig (ingen scripts eller eksterne filer)" \
    bash -c "[ -s $TMP/r.html ] && ! grep -qE '<script|<link|src=\"http|href=\"http' $TMP/r.html"
if command -v chromium >/dev/null 2>&1; then
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --dump-dom "file://$TMP/r.html" >"$TMP/dom.html" 2>/dev/null
    ok "chromium: fire diagrammer indlæst" bash -c "[ \$(grep -o '<svg id=\"graf-' $TMP/dom.html | wc -l) -eq 4 ]"
    ok "chromium: kurven over verserende sager har et punkt pr. måned (36)" \
        bash -c "grep -o 'class=\"linje-verserende\" fill=\"none\" points=\"[^\"]*\"' $TMP/dom.html | grep -o '[0-9]*,[0-9]*' | wc -l | grep -qx 36"
    ok "chromium: skærmbillede" \
        bash -c "timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars --window-size=1100,2600 --screenshot=$TMP/r.png file://$TMP/r.html >/dev/null 2>&1; [ \$(stat -c %s $TMP/r.png) -gt 50000 ]"
else
    ok "chromium er installeret (scripts/deps)" false
fi
slut
