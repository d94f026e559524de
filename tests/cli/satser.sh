#!/bin/bash
# skadesag satser and skadesag dato.
cd "$(dirname "$0")/../.."
. tests/cli/lib.bash

ok "satser tjek" bash -c "$SKADESAG satser tjek | grep -q '^checksum: [0-9a-f]\{64\}$'"
ok "maks. årsløn 2024 = 608.000 kr." bash -c "$SKADESAG satser sats maks_aarsloen 2024 | grep -q '608.000,00 kr.'"
ok "ukendt sats afvises" bash -c "$SKADESAG satser sats findes_ikke 2024; [ \$? -eq 1 ]"
ok "faktor 2026 tabel D, 63 år = 2,516" bash -c "$SKADESAG satser faktor 2022-01-01 2026-03-01 1962-05-01 63 | grep -q 'faktor: 2,516'"
afvist "kønsopdelt tabel kræver køn" 'køn' $SKADESAG satser faktor 2012-01-01 2013-03-01 1962-05-01 50
ok "folkepensionsalder født 1971: 70 år" bash -c "$SKADESAG satser folkepensionsalder 1971-03-02 2026-01-01 | grep -q '^70 år'"
ok "ødelagt tabel: fil:linje: årsag" bash -c "d=\$(mktemp -d); cp data/*.tsv \$d/; sed -i '5s/\t2008\t/\t20x8\t/' \$d/satser.tsv; $SKADESAG satser --data \$d tjek 2>&1 | grep -q 'satser.tsv:5: kolonnen .year.'; r=\$?; rm -rf \$d; exit \$r"
ok "helligdage 2023 med store bededag" bash -c "$SKADESAG dato helligdage 2023 | grep -q '05.05.2023  Store bededag'"
ok "helligdage 2024 uden store bededag" bash -c "! $SKADESAG dato helligdage 2024 | grep -q 'Store bededag'"
ok "arbejdsdage over påsken 2024" bash -c "$SKADESAG dato arbejdsdage 2024-03-27 2 | grep -q '^2024-04-03'"
ok "alder med skuddag" bash -c "$SKADESAG dato alder 1964-02-29 2025-02-28 | grep -q '^60 år og 11 måneder'"
ok "dansk datoformat" bash -c "$SKADESAG dato vis 2024-01-01 | grep -q '01.01.2024  mandag 1. januar 2024'"
ok "ugyldig dato afvises" bash -c "$SKADESAG dato vis 2023-02-29; [ \$? -eq 1 ]"

slut
