skadesag rapport on a small hand-built history where each figure is worked
out by hand; the quality sample; the two impact runs (formerly the first
part of tests/cli/rapport.sh; the generated portfolio is in
rapport_demodata.t, the HTML report in a browser in
tests/cli/html_rapport.sh).

Helpers: ./s is skadesag sag and ./r skadesag rapport, both on h.db as
caseworker sb1; ./opret TYPE SKADEDATO ANMELDT MODTAGET [CPR] creates a case;
./luk SAG DATO closes one.
  $ cat >s <<'EOF'
  > #!/bin/sh
  > export SKADESAG_BRUGER=sb1 SKADESAG_ROLLE=sagsbehandler
  > exec "$SKADESAG" sag --db h.db "$@"
  > EOF
  $ cat >r <<'EOF'
  > #!/bin/sh
  > export SKADESAG_BRUGER=sb1 SKADESAG_ROLLE=sagsbehandler
  > exec "$SKADESAG" rapport --db h.db "$@"
  > EOF
  $ cat >opret <<'EOF'
  > #!/bin/sh
  > printf '{"sagstype":"%s","generation":"foerstegang","skadedato":"%s","anmeldelsesdato":"%s","modtaget_dato":"%s","dato":"%s","cpr":"%s","team":"T1","sagsbehandler":"sb1"}' \
  >     "$1" "$2" "$3" "$4" "$4" "${5:-0101809011}" >o.json
  > exec ./s opret o.json
  > EOF
  $ cat >luk <<'EOF'
  > #!/bin/sh
  > printf '{"type":"lukket","dato":"%s","begrundelse":"Afsluttet"}' "$2" | exec ./s haendelse "$1" -
  > EOF
  $ chmod +x s r opret luk


The hand-built history; each step prints what it created, and none fails.

Case 1: accident forwarded 15.1.2024, recognised 1.3, mén 1.5, appeal
confirmed by Ankestyrelsen, closed 14.6 after 151 days.
  $ ./opret ulykke 2024-01-05 2024-01-10 2024-01-15
  AES-2024-000001
  $ ./s afgoer AES-2024-000001 --fase anerkendelse --resultat anerkendt --dato 2024-03-01 --begrundelse A
  AES-2024-000001-A1
  $ ./s klage AES-2024-000001 --afgoerelse AES-2024-000001-A1 --dato 2024-03-10 --begrundelse K
  AES-2024-000001-K1
  $ ./s genvurder AES-2024-000001 --klage AES-2024-000001-K1 --udfald fastholdt --dato 2024-03-20 --begrundelse G
  Klage AES-2024-000001-K1 genvurderet: fastholdt
  $ ./s ankestyrelsen AES-2024-000001 --klage AES-2024-000001-K1 --send --dato 2024-03-21 --begrundelse S
  Klage AES-2024-000001-K1 sendt til Ankestyrelsen
  $ ./s ankestyrelsen AES-2024-000001 --klage AES-2024-000001-K1 --udfald stadfaestet --dato 2024-05-01 --begrundelse U
  Klage AES-2024-000001-K1: afgørelsen stadfæstet
  $ ./s afgoer AES-2024-000001 --fase men --pct 10 --dato 2024-05-01 --begrundelse M
  AES-2024-000001-M2
  $ ./luk AES-2024-000001 2024-06-14

Case 2: disease notified 1.2.2024, undecided: its 6-month deadline (1.8)
is missed.
  $ ./opret erhvervssygdom 2023-06-01 2024-02-01 2024-02-01
  AES-2024-000002

Case 3: accident received 1.3.2024, rejected 1.7 after its 3-month
deadline (1.6 is a Saturday: 3.6), closed 10.7 (131 days).
  $ ./opret ulykke 2024-02-20 2024-02-25 2024-03-01
  AES-2024-000003
  $ ./s afgoer AES-2024-000003 --fase anerkendelse --resultat afvist --dato 2024-07-01 --begrundelse A
  AES-2024-000003-A1
  $ ./luk AES-2024-000003 2024-07-10

Case 1 is reopened twice (1.8 and 1.10): two second-time cases; the first
closed after 45 days. Case 1 itself stays closed.
  $ ./s genoptag AES-2024-000001 --nye-oplysninger 'Ny erklæring' --dato 2024-08-01 --begrundelse R
  AES-2024-000004
  $ ./luk AES-2024-000004 2024-09-15
  $ ./s genoptag AES-2024-000001 --nye-oplysninger 'Endnu en' --dato 2024-10-01 --begrundelse R
  AES-2024-000005


The portfolio for 2024 as CSV (nothing on stderr). The figures, worked out
by hand:
Sagsbehandlingstid: 2 first-time cases, (151 + 131) / 2 days = 4,6 months
("Førstegangssager uden erhvervsevnetab;66,7;2;4,6"); all 3 cases
(151 + 131 + 45) / 3 = 3,6 ("Alle sager;100,0;3;3,6").
Reopened twice: two second-time cases, one closed after 45 days = 1,5
months ("Andengangssager (genoptagelser og revisioner);33,3;1;1,5").
Months (year;month;intake;closed;pending;over 2 years;...): January-March
1 in each ("2024;1;1;0;1;0;", "2024;3;1;0;3;0;"), June and July 1 out
("2024;6;0;1;2;0;", "2024;7;0;1;1;0;"), the reopenings in in August and
October ("2024;8;1;0;2;0;", "2024;10;1;0;2;0;"), the first of them closed
in September ("2024;9;0;1;1;0;"), 2 pending at the end
("2024;12;0;0;2;0;").
The 3-month deadline (new law): 1 of 2 met ("3 måneders frist ulykker (ny
lov);1;2;50,0").
The 6-month deadline: 0 of 1 met ("6 måneders frist erhvervssygdomme (ny
lov);0;1;0,0").
The 1-year deadline: 2 of 2, case 2's falls in 2025 ("1 års frist for
arbejdsskadesager (ny lov);2;2;100,0").
Appeals: 3 decisions, 1 appeal, confirmed
("2024;3;1;33,3;1;0;0;0;0;0;100,0;100,0").
Ages at 31.12: case 2 is 10 months ("6-12 mdr.;1"), the second reopening
2 months ("under 3 mdr.;1").
  $ ./r portefolje --fra 2024-01-01 --til 2024-12-31 --format csv >h.csv 2>h.err; echo "exit $?"; cat h.err h.csv
  exit 0
  Porteføljerapport;01.01.2024;31.12.2024;opgjort pr.;31.12.2024
  
  Sagsbehandlingstid
  Sagsgruppe;Andel (%);Afsluttet;Gennemsnit (mdr.)
  A-sager samlet (ulykker og erhvervssygdomme);100,0;3;3,6
  Førstegangssager uden erhvervsevnetab;66,7;2;4,6
  Førstegangssager med erhvervsevnetab;0,0;0;
  Andengangssager (genoptagelser og revisioner);33,3;1;1,5
  Hjemvisninger;0,0;0;
  Private erstatningssager vedrørende mén;0,0;0;
  Private erstatningssager vedrørende erhvervsevnetab;0,0;0;
  Veteransager;0,0;0;
  Alle sager;100,0;3;3,6
  
  Måneder
  År;Måned;Tilgang;Afsluttet;Verserende ved månedens udgang;Over 2 år;Gns. alder verserende førstegangssager (mdr.)
  2024;1;1;0;1;0;0,5
  2024;2;1;0;2;0;1,2
  2024;3;1;0;3;0;1,8
  2024;4;0;0;3;0;2,8
  2024;5;0;0;3;0;3,8
  2024;6;0;1;2;0;4,5
  2024;7;0;1;1;0;5,9
  2024;8;1;0;2;0;7,0
  2024;9;0;1;1;0;8,0
  2024;10;1;0;2;0;9,0
  2024;11;0;0;2;0;10,0
  2024;12;0;0;2;0;11,0
  
  Aldersfordeling pr. 31.12.2024
  Alder;Verserende sager
  under 3 mdr.;1
  3-6 mdr.;0
  6-12 mdr.;1
  1-2 år;0
  2-3 år;0
  over 3 år;0
  
  Frister
  Frist;Opfyldt;I alt;Andel (%)
  3 måneders frist for afviste arbejdsulykker (gl. lov);0;0;
  3 måneders frist ulykker (ny lov);1;2;50,0
  6 måneders frist på afviste erhvervssygdomme (gl. lov);0;0;
  6 måneders frist erhvervssygdomme (ny lov);0;1;0,0
  1 års frist for arbejdsskadesager (gl. lov);0;0;
  1 års frist for arbejdsskadesager (ny lov);2;2;100,0
  2 års frist, Erhvervssygdomsudvalget (gl. lov);0;0;
  2 års frist, Erhvervssygdomsudvalget (ny lov);0;0;
  
  Klager
  År for afgørelse;Afgørelser;Klager;Klageprocent;Stadfæstet;Ændret;Hjemvist;Afvist;Ændret ved genvurdering;Verserende;Stadfæstelsesprocent;Stadfæstelsesprocent ekskl. hjemviste
  2024;3;1;33,3;1;0;0;0;0;0;100,0;100,0

Seen from 30.6.2024: case 3 is pending, the 6-month deadline not yet known
("6 måneders frist erhvervssygdomme (ny lov);0;0;"); the months after are
as far as known then ("2024;6;0;1;2;0;", "2024;8;0;0;2;0;",
"2024;12;0;0;2;0;").
  $ ./r portefolje --fra 2024-01-01 --til 2024-12-31 --pr 2024-06-30 --format csv
  Porteføljerapport;01.01.2024;31.12.2024;opgjort pr.;30.06.2024
  
  Sagsbehandlingstid
  Sagsgruppe;Andel (%);Afsluttet;Gennemsnit (mdr.)
  A-sager samlet (ulykker og erhvervssygdomme);100,0;1;5,0
  Førstegangssager uden erhvervsevnetab;100,0;1;5,0
  Førstegangssager med erhvervsevnetab;0,0;0;
  Andengangssager (genoptagelser og revisioner);0,0;0;
  Hjemvisninger;0,0;0;
  Private erstatningssager vedrørende mén;0,0;0;
  Private erstatningssager vedrørende erhvervsevnetab;0,0;0;
  Veteransager;0,0;0;
  Alle sager;100,0;1;5,0
  
  Måneder
  År;Måned;Tilgang;Afsluttet;Verserende ved månedens udgang;Over 2 år;Gns. alder verserende førstegangssager (mdr.)
  2024;1;1;0;1;0;0,5
  2024;2;1;0;2;0;1,2
  2024;3;1;0;3;0;1,8
  2024;4;0;0;3;0;2,8
  2024;5;0;0;3;0;3,8
  2024;6;0;1;2;0;4,5
  2024;7;0;0;2;0;4,5
  2024;8;0;0;2;0;4,5
  2024;9;0;0;2;0;4,5
  2024;10;0;0;2;0;4,5
  2024;11;0;0;2;0;4,5
  2024;12;0;0;2;0;4,5
  
  Aldersfordeling pr. 30.06.2024
  Alder;Verserende sager
  under 3 mdr.;0
  3-6 mdr.;2
  6-12 mdr.;0
  1-2 år;0
  2-3 år;0
  over 3 år;0
  
  Frister
  Frist;Opfyldt;I alt;Andel (%)
  3 måneders frist for afviste arbejdsulykker (gl. lov);0;0;
  3 måneders frist ulykker (ny lov);1;2;50,0
  6 måneders frist på afviste erhvervssygdomme (gl. lov);0;0;
  6 måneders frist erhvervssygdomme (ny lov);0;0;
  1 års frist for arbejdsskadesager (gl. lov);0;0;
  1 års frist for arbejdsskadesager (ny lov);1;1;100,0
  2 års frist, Erhvervssygdomsudvalget (gl. lov);0;0;
  2 års frist, Erhvervssygdomsudvalget (ny lov);0;0;
  
  Klager
  År for afgørelse;Afgørelser;Klager;Klageprocent;Stadfæstet;Ændret;Hjemvist;Afvist;Ændret ved genvurdering;Verserende;Stadfæstelsesprocent;Stadfæstelsesprocent ekskl. hjemviste
  2024;2;1;50,0;1;0;0;0;0;0;100,0;100,0

The text report with Danish numbers and dates ("01.01.2024–31.12.2024
(opgjort pr. 31.12.2024)").
  $ ./r portefolje --fra 2024-01-01 --til 2024-12-31
  Porteføljerapport 01.01.2024–31.12.2024 (opgjort pr. 31.12.2024)
  
  Gennemsnitlig sagsbehandlingstid for sager afsluttet i perioden
  ---------------------------------------------------------------
  Sagsgruppe                                              Andel  Afsluttet   Mdr.
  A-sager samlet (ulykker og erhvervssygdomme)          100,0 %          3    3,6
  Førstegangssager uden erhvervsevnetab                  66,7 %          2    4,6
  Førstegangssager med erhvervsevnetab                    0,0 %          0      -
  Andengangssager (genoptagelser og revisioner)          33,3 %          1    1,5
  Hjemvisninger                                           0,0 %          0      -
  Private erstatningssager vedrørende mén                 0,0 %          0      -
  Private erstatningssager vedrørende erhvervsevnetab     0,0 %          0      -
  Veteransager                                            0,0 %          0      -
  Alle sager                                            100,0 %          3    3,6
  
  Porteføljen
  -----------
  Tilgang i perioden:                                 5
  Afsluttet i perioden:                               3
  Verserende sager pr. 31.12.2024:                    2
  Gns. alder, verserende førstegangssager:         11,0 mdr.
  Sager over 2 år:                                    0
  
  Aldersfordeling af verserende sager:
    under 3 mdr.          1    50,0 %
    3-6 mdr.              0     0,0 %
    6-12 mdr.             1    50,0 %
    1-2 år                0     0,0 %
    2-3 år                0     0,0 %
    over 3 år             0     0,0 %
  
  Tilgang, afslutning og verserende sager pr. måned
  -------------------------------------------------
  Måned      Tilgang  Afsluttet  Verserende  Over 2 år  Alder førstegang (mdr.)
  jan 2024         1          0           1          0                      0,5
  feb 2024         1          0           2          0                      1,2
  mar 2024         1          0           3          0                      1,8
  apr 2024         0          0           3          0                      2,8
  maj 2024         0          0           3          0                      3,8
  jun 2024         0          1           2          0                      4,5
  jul 2024         0          1           1          0                      5,9
  aug 2024         1          0           2          0                      7,0
  sep 2024         0          1           1          0                      8,0
  okt 2024         1          0           2          0                      9,0
  nov 2024         0          0           2          0                     10,0
  dec 2024         0          0           2          0                     11,0
  
  Overholdelse af lovbestemte frister (afklaret i perioden)
  ---------------------------------------------------------
  Frist                                                                               Opfyldt    I alt    Andel
  3 måneders frist for afviste arbejdsulykker (gl. lov)                                     0        0        -
  3 måneders frist ulykker (ny lov)                                                         1        2   50,0 %
  6 måneders frist på afviste erhvervssygdomme (gl. lov)                                    0        0        -
  6 måneders frist erhvervssygdomme (ny lov)                                                0        1    0,0 %
  1 års frist for arbejdsskadesager (gl. lov)                                               0        0        -
  1 års frist for arbejdsskadesager (ny lov)                                                2        2  100,0 %
  2 års frist, Erhvervssygdomsudvalget (gl. lov)                                            0        0        -
  2 års frist, Erhvervssygdomsudvalget (ny lov)                                             0        0        -
  
  Klager efter året for AES' afgørelse
  ------------------------------------
  År    Afgørelser  Klager Klagepct.  Stadf.  Ændret Hjemvist  Afvist Ændret af AES Verserer Stadf.pct. ekskl. hjemv.
  2024           3       1    33,3 %       1       0        0       0             0        0    100,0 %       100,0 %

A period that ends before it begins is refused ("/til: perioden slutter
før den begynder").
  $ ./r portefolje --fra 2024-12-31 --til 2024-01-01
  skadesag: /til: perioden slutter før den begynder
  [1]

A database that does not exist is not created by a report ("findes ikke",
and no file afterwards).
  $ $SKADESAG rapport --db findes-ikke.db portefolje --fra 2024-01-01 --til 2024-12-31
  skadesag: /db: databasen findes-ikke.db findes ikke
  [1]
  $ test -e findes-ikke.db || echo 'ingen fil'
  ingen fil

A missing --fra is refused with its name ("--fra: mangler").
  $ ./r portefolje --til 2024-01-01
  skadesag: --fra: mangler (ÅÅÅÅ-MM-DD)
  [2]


Quality: 2 % of 3 decisions rounded up is 1 ("1 af periodens 3
afgørelser"); a second draw with the same seed adds none ("0 af periodens
3").
  $ ./r kvalitet udtraek --fra 2024-01-01 --til 2024-12-31 --seed 3
  1 af periodens 3 afgørelser er udtrukket (seed 3, 20 promille)
  $ ./r kvalitet udtraek --fra 2024-01-01 --til 2024-12-31 --seed 3
  0 af periodens 3 afgørelser er udtrukket (seed 3, 20 promille)

The sample: the one decision drawn.
  $ ./r kvalitet liste --fra 2024-01-01 --til 2024-12-31
  AES-2024-000001-M2       AES-2024-000001  ulykke                   01.05.2024  ikke vurderet

A caseworker may not give quality verdicts: the review is a second look by a
jurist or a team lead (docs/sager.md, "Roles and privacy"); nothing is stored.
  $ ./r kvalitet vurder AES-2024-000001-M2 --korrekt nej --begrundelse 'Forkert hjemmel' --bruger kval1
  skadesag: /rolle: rollen 'sagsbehandler' må ikke vurdere kvaliteten af afgørelser
  [1]

An assessment is registered with who and why; the status then says
"vurderet 1; materielt korrekte 0 = 0,0 % (mål 95 %: ikke nået)".
  $ ./r kvalitet vurder AES-2024-000001-M2 --korrekt nej --begrundelse 'Forkert hjemmel' --bruger kval1 --rolle jurist
  AES-2024-000001-M2: vurderet som ikke materielt korrekt
  $ ./r kvalitet status --fra 2024-01-01 --til 2024-12-31
  Udtrukket 1 af 3 afgørelser; vurderet 1; materielt korrekte 0 = 0,0 % (mål 95 %: ikke nået)

A decision is assessed only once ("allerede vurderet").
  $ ./r kvalitet vurder AES-2024-000001-M2 --korrekt ja --begrundelse x --bruger k --rolle jurist
  skadesag: /afgoerelse_id: afgørelsen er allerede vurderet
  [1]

Only decisions in the sample can be assessed (exit 1).
  $ ./r kvalitet vurder FINDES-IKKE --korrekt ja --begrundelse x --bruger k --rolle teamleder
  skadesag: /afgoerelse_id: afgørelsen er ikke udtrukket til stikprøven
  [1]

The quality is in the report ("I alt ... 0,0 %").
  $ ./r portefolje --fra 2024-01-01 --til 2024-12-31 --kvalitet
  Porteføljerapport 01.01.2024–31.12.2024 (opgjort pr. 31.12.2024)
  
  Gennemsnitlig sagsbehandlingstid for sager afsluttet i perioden
  ---------------------------------------------------------------
  Sagsgruppe                                              Andel  Afsluttet   Mdr.
  A-sager samlet (ulykker og erhvervssygdomme)          100,0 %          3    3,6
  Førstegangssager uden erhvervsevnetab                  66,7 %          2    4,6
  Førstegangssager med erhvervsevnetab                    0,0 %          0      -
  Andengangssager (genoptagelser og revisioner)          33,3 %          1    1,5
  Hjemvisninger                                           0,0 %          0      -
  Private erstatningssager vedrørende mén                 0,0 %          0      -
  Private erstatningssager vedrørende erhvervsevnetab     0,0 %          0      -
  Veteransager                                            0,0 %          0      -
  Alle sager                                            100,0 %          3    3,6
  
  Porteføljen
  -----------
  Tilgang i perioden:                                 5
  Afsluttet i perioden:                               3
  Verserende sager pr. 31.12.2024:                    2
  Gns. alder, verserende førstegangssager:         11,0 mdr.
  Sager over 2 år:                                    0
  
  Aldersfordeling af verserende sager:
    under 3 mdr.          1    50,0 %
    3-6 mdr.              0     0,0 %
    6-12 mdr.             1    50,0 %
    1-2 år                0     0,0 %
    2-3 år                0     0,0 %
    over 3 år             0     0,0 %
  
  Tilgang, afslutning og verserende sager pr. måned
  -------------------------------------------------
  Måned      Tilgang  Afsluttet  Verserende  Over 2 år  Alder førstegang (mdr.)
  jan 2024         1          0           1          0                      0,5
  feb 2024         1          0           2          0                      1,2
  mar 2024         1          0           3          0                      1,8
  apr 2024         0          0           3          0                      2,8
  maj 2024         0          0           3          0                      3,8
  jun 2024         0          1           2          0                      4,5
  jul 2024         0          1           1          0                      5,9
  aug 2024         1          0           2          0                      7,0
  sep 2024         0          1           1          0                      8,0
  okt 2024         1          0           2          0                      9,0
  nov 2024         0          0           2          0                     10,0
  dec 2024         0          0           2          0                     11,0
  
  Overholdelse af lovbestemte frister (afklaret i perioden)
  ---------------------------------------------------------
  Frist                                                                               Opfyldt    I alt    Andel
  3 måneders frist for afviste arbejdsulykker (gl. lov)                                     0        0        -
  3 måneders frist ulykker (ny lov)                                                         1        2   50,0 %
  6 måneders frist på afviste erhvervssygdomme (gl. lov)                                    0        0        -
  6 måneders frist erhvervssygdomme (ny lov)                                                0        1    0,0 %
  1 års frist for arbejdsskadesager (gl. lov)                                               0        0        -
  1 års frist for arbejdsskadesager (ny lov)                                                2        2  100,0 %
  2 års frist, Erhvervssygdomsudvalget (gl. lov)                                            0        0        -
  2 års frist, Erhvervssygdomsudvalget (ny lov)                                             0        0        -
  
  Klager efter året for AES' afgørelse
  ------------------------------------
  År    Afgørelser  Klager Klagepct.  Stadf.  Ændret Hjemvist  Afvist Ændret af AES Verserer Stadf.pct. ekskl. hjemv.
  2024           3       1    33,3 %       1       0        0       0             0        0    100,0 %       100,0 %
  
  Kvalitet: stikprøve af afgørelser (mål: 95 % materielt korrekte)
  ----------------------------------------------------------------
  Afgørelser 01.01.2024–31.12.2024: 3
  Sagstype                                   Udtrukket  Vurderet  Korrekte    Andel  Mål nået
  I alt                                              1         1         0    0,0 %       nej
  Ulykker                                            1         1         0    0,0 %       nej


Impact 1: a § 17 a decision of 2023 with a loss of 10 % (fleksjob pay
360.000 of 400.000), refused; one of 20 % is not touched.
./tab SKADEDATO ANMELDT AFGDATO FOEDT MED_OERE [klart] writes the engine
input of such a case; the cases are created with CPR 020475-9011, whose
birth date 02.04.1975 the decision must use (issue 16 item 7).
  $ cat >tab <<'EOF'
  > #!/bin/sh
  > printf '{"skadetype":"ulykke","skadedato":"%s","anmeldelsesdato":"%s","foedselsdato":"%s","afgoerelsesdato":"%s","afgoerelse":"endelig","aarsloen_oere":40000000,"erhvervsevnetab":{"grundlag":"17a","situation":"fleksjob","indtaegt_uden_skade_oere":40000000,"fleksjob_loen_oere":%s,"kommunalt_tilskud_oere":16000000%s},"situation_dato":"%s"}' \
  >     "$1" "$2" "$4" "$3" "$5" "${6:+,\"klart_og_varigt\":$6}" "$3"
  > EOF
  $ chmod +x tab

The § 17 a decisions are created: "erhvervsevnetab 0 %" (10 % refused) and
"erhvervsevnetab 20 %".
  $ ./opret ulykke 2022-03-01 2022-03-05 2022-03-05 0204759011
  AES-2022-000001
  $ ./s afgoer AES-2022-000001 --fase anerkendelse --resultat anerkendt --dato 2022-06-01 --begrundelse A
  AES-2022-000001-A1
  $ ./tab 2022-03-01 2022-03-05 2023-05-01 1975-04-02 20000000 false >t4.json
  $ ./s afgoer AES-2022-000001 --fase erhvervsevnetab --beregning t4.json --dato 2023-05-01 --begrundelse T
  AES-2022-000001-E2: erhvervsevnetab 0 %
  $ ./opret ulykke 2022-04-01 2022-04-05 2022-04-05 0204759011
  AES-2022-000002
  $ ./s afgoer AES-2022-000002 --fase anerkendelse --resultat anerkendt --dato 2022-06-01 --begrundelse A
  AES-2022-000002-A1
  $ ./tab 2022-04-01 2022-04-05 2023-05-02 1975-04-02 16000000 >t5.json
  $ ./s afgoer AES-2022-000002 --fase erhvervsevnetab --beregning t5.json --dato 2023-05-02 --begrundelse T
  AES-2022-000002-E2: erhvervsevnetab 20 %

Højesteret 2025: only the 10 % case is affected (one AES- line), now 15 %
("AES-2022-000001-E2;AES-2022-000001;01.05.2023;10,00 %;15 %;").
  $ ./r konsekvens hoejesteret-2025 --format csv >hr.csv; echo "exit $?"; cat hr.csv
  exit 0
  Afgørelse;Sag;Dato;Beregnet tab;Tab efter dommene;Årlig erstatning (kr.);Kapitalbeløb (kr.)
  AES-2022-000001-E2;AES-2022-000001;01.05.2023;10,00 %;15 %;47232,00;677392,00

The yearly amount at 15 % is what 'skadesag beregn' gives with
klart_og_varigt: its aarlig_erstatning_oere in kroner and øre is a field
of that line.
  $ ./tab 2022-03-01 2022-03-05 2023-05-01 1975-04-02 20000000 true >t4b.json
  $ $SKADESAG beregn t4b.json | grep -o '"aarlig_erstatning_oere":[0-9]*'
  "aarlig_erstatning_oere":4723200
  $ o=$($SKADESAG beregn t4b.json | grep -o '"aarlig_erstatning_oere":[0-9]*' | cut -d: -f2) && grep -c ";$((o / 100)),$(printf %02d $((o % 100)));" hr.csv
  1


Impact 2: a person born 1980, capitalised in 2025 (pension age 69); the
rules in force from 31.12.2025 give 70.
  $ ./opret ulykke 2024-01-10 2024-01-12 2024-01-12
  AES-2024-000006
  $ ./s afgoer AES-2024-000006 --fase anerkendelse --resultat anerkendt --dato 2024-03-01 --begrundelse A
  AES-2024-000006-A1
  $ printf '{"skadetype":"ulykke","skadedato":"2024-01-10","anmeldelsesdato":"2024-01-12","foedselsdato":"1980-01-01","afgoerelsesdato":"2025-03-03","afgoerelse":"endelig","aarsloen_oere":45000000,"erhvervsevnetab":{"grundlag":"skoen","skoen_pct":30,"situation":"ordinaer"},"vurdering":{"af":"sb1","begrundelse":"x"}}' >t6.json
  $ ./s afgoer AES-2024-000006 --fase erhvervsevnetab --beregning t6.json --dato 2025-03-03 --begrundelse T
  AES-2024-000006-E2: erhvervsevnetab 30 %

Folkepensionsalder: affected after 31.12.2025 (69 → 70 år):
"AES-2024-000006-E2;AES-2024-000006;03.03.2025;69 → 70 år;".
  $ ./r konsekvens folkepensionsalder --pr 2026-01-15 --format csv
  Afgørelse;Sag;Dato;Folkepensionsalder;Faktor ved afgørelsen;Faktor nu;Kapital (kr.);Kapital nu (kr.);Forskel (kr.);Heraf pensionsalderen (kr.)
  AES-2022-000002-E2;AES-2022-000002;02.05.2023;69 → 70 år;14,279;15,446;899159,00;972646,00;73487,00;
  AES-2024-000006-E2;AES-2024-000006;03.03.2025;69 → 70 år;16,730;17,920;1792241,00;1919722,00;127481,00;

Folkepensionsalder: not affected before the change ("Berørt: 0 ").
  $ ./r konsekvens folkepensionsalder --pr 2025-06-01
  Konsekvens af ændret folkepensionsalder (reglerne pr. 01.06.2025)
  
  Gennemgået: 3 afgørelser om erhvervsevnetab.
  Berørt: 0 kapitaliserede erstatninger, hvor pensionsalderen nu er en anden.
  Faktor: anvendt ved afgørelsen. Nu: tabellerne pr. 01.06.2025 ved samme alder (de løber til den nye pensionsalder).
  Forskellen rummer også tabellernes nyere grundlag; "heraf pensionsalderen" er
  forskellen mellem tabellerne pr. 01.06.2025 med den nye og den gamle pensionsalder, hvor
  de har en tabel med den gamle pensionsalder for alderen.
  
  
  I alt: kapital 0,00 kr., nu 0,00 kr., forskel 0,00 kr.;
  heraf pensionsalderen alene (0 sager, hvor den kan udskilles): 0,00 kr.
