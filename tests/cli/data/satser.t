skadesag satser: the rate tables in data/ are loaded, checked and
fingerprinted, and single values are looked up with their source
(formerly the first half of tests/cli/satser.sh).

satser tjek loads every table and ends with "checksum: " and 64 hex digits.
  $ $SKADESAG satser tjek
  satser: 334 rækker
  kapitaliseringstabeller: 294
  kapitaliseringsakter (tabelvalg): 82 rækker
  folkepensionsalder: 33 rækker
  checksum: e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116

Maks. årsløn 2024 = 608.000 kr., with its source.
  $ $SKADESAG satser sats maks_aarsloen 2024
  maks_aarsloen 2024: 608.000,00 kr.
  hjemmel: ASL § 24, stk. 10 (Mineo label: Maksimum årsløn (§ 24, stk. 10))
  kilde: VEJ 9822/2023 (satser.tsv linje 199)

An unknown rate is refused (exit 1).
  $ $SKADESAG satser sats findes_ikke 2024
  skadesag: ingen sats 'findes_ikke' for 2024
  [1]

Faktor 2026, tabel D, 63 år = 2,516.
  $ $SKADESAG satser faktor 2022-01-01 2026-03-01 1962-05-01 63
  faktor: 2,516
  akt: VEJ 10056/2025 (Vejledning om omsætning af løbende erstatning til kapitalbeløb i 2026 i sager om arbejdsskader)
  tabel: D, udbetales til 67 år og 0 måneder

A table divided by sex needs the sex (refused, exit 1, naming køn).
  $ $SKADESAG satser faktor 2012-01-01 2013-03-01 1962-05-01 50
  skadesag: tabellerne er opdelt efter køn: angiv mand eller kvinde
  [1]

Folkepensionsalder, born 1971: 70 år.
  $ $SKADESAG satser folkepensionsalder 1971-03-02 2026-01-01
  70 år og 0 måneder (70 år)
  hjemmel: Forhøjelse 69->70 for årgange fra 1971 (Mineo comment cites L 710 (2020); forhoejetPensionsalderEvents.ts: vedtaget 22-05-2025, i kraft 31-12-2025)

A broken table is reported as file:line: reason (satser.tsv:5: kolonnen
'year').
  $ mkdir d && cp $ROD/data/*.tsv d/ && sed -i '5s/\t2008\t/\t20x8\t/' d/satser.tsv
  $ $SKADESAG satser --data d tjek
  skadesag: satser.tsv:5: kolonnen 'year': '20x8' er ikke et heltal mellem 1900 og 2200
  [1]
