skadesag demodata and skadesag rapport on a generated portfolio whose
figures agree with each other and with the event log (formerly the second
part of tests/cli/rapport.sh). The HTML report is checked in a real
browser by tests/cli/html_rapport.sh; here its bytes are pinned.

./g is skadesag rapport on g.db.
  $ printf '#!/bin/sh\nexec "$SKADESAG" rapport --db "${DB:-g.db}" "$@"\n' >g && chmod +x g

demodata: a synthetic portfolio with decisions computed by the engine
("heraf N beregnet af motoren", N > 0); the time it took is a pattern.
  $ $SKADESAG demodata --db g.db --sager-pr-aar 400 --aar 3 --seed 5
  Syntetisk portefølje 01\.01\.2023–31\.12\.2025 \(seed 5\): 1129 sager, 7846 hændelser, 1291 afgørelser \(heraf 31 beregnet af motoren\), 235 klager, 10 hjemvisninger på [0-9]+,[0-9]{3} s\. (re)
    Førstegangssager uden erhvervsevnetab                     845
    Førstegangssager med erhvervsevnetab                       67
    Andengangssager (genoptagelser og revisioner)             155
    Hjemvisninger                                              10
    Private erstatningssager vedrørende mén                    42
    Private erstatningssager vedrørende erhvervsevnetab        10

demodata refuses a database that has cases (exit 1).
  $ $SKADESAG demodata --db g.db --sager-pr-aar 100 --aar 1
  skadesag: /db: databasen indeholder allerede sager; brug en ny
  [1]

The portfolio 2023-2025 as CSV.
  $ ./g portefolje --fra 2023-01-01 --til 2025-12-31 --format csv --syntetisk >g.csv; echo "exit $?"; cat g.csv
  exit 0
  Porteføljerapport;01.01.2023;31.12.2025;opgjort pr.;31.12.2025;syntetiske data
  
  Sagsbehandlingstid
  Sagsgruppe;Andel (%);Afsluttet;Gennemsnit (mdr.)
  A-sager samlet (ulykker og erhvervssygdomme);96,8;676;8,6
  Førstegangssager uden erhvervsevnetab;83,4;582;8,3
  Førstegangssager med erhvervsevnetab;1,9;13;18,6
  Andengangssager (genoptagelser og revisioner);10,9;76;8,8
  Hjemvisninger;0,7;5;10,5
  Private erstatningssager vedrørende mén;2,4;17;11,1
  Private erstatningssager vedrørende erhvervsevnetab;0,7;5;12,3
  Veteransager;0,0;0;
  Alle sager;100,0;698;8,7
  
  Måneder
  År;Måned;Tilgang;Afsluttet;Verserende ved månedens udgang;Over 2 år;Gns. alder verserende førstegangssager (mdr.)
  2023;1;26;0;26;0;0,5
  2023;2;21;0;47;0;1,0
  2023;3;29;0;76;0;1,4
  2023;4;28;5;99;0;1,8
  2023;5;31;4;126;0;2,2
  2023;6;31;5;152;0;2,6
  2023;7;28;10;170;0;3,0
  2023;8;33;11;192;0;3,4
  2023;9;29;17;204;0;3,8
  2023;10;31;13;222;0;4,1
  2023;11;30;18;234;0;4,6
  2023;12;32;19;247;0;4,9
  2024;1;33;16;264;0;5,3
  2024;2;30;13;281;0;5,6
  2024;3;33;16;298;0;5,9
  2024;4;31;26;303;0;6,1
  2024;5;31;28;306;0;6,2
  2024;6;33;19;320;0;6,5
  2024;7;32;29;323;0;6,6
  2024;8;32;28;327;0;6,8
  2024;9;31;25;333;0;7,0
  2024;10;33;23;343;0;7,2
  2024;11;31;16;358;0;7,4
  2024;12;33;27;364;0;7,6
  2025;1;34;29;369;5;7,9
  2025;2;30;21;378;9;8,0
  2025;3;33;33;378;10;8,3
  2025;4;34;23;389;11;8,4
  2025;5;32;20;401;13;8,8
  2025;6;34;25;410;17;9,0
  2025;7;34;35;409;18;9,2
  2025;8;35;26;418;23;9,4
  2025;9;32;36;414;25;9,4
  2025;10;34;22;426;29;9,6
  2025;11;33;25;434;31;9,7
  2025;12;32;35;431;35;9,8
  
  Aldersfordeling pr. 31.12.2025
  Alder;Verserende sager
  under 3 mdr.;97
  3-6 mdr.;86
  6-12 mdr.;112
  1-2 år;101
  2-3 år;35
  over 3 år;0
  
  Frister
  Frist;Opfyldt;I alt;Andel (%)
  3 måneders frist for afviste arbejdsulykker (gl. lov);0;0;
  3 måneders frist ulykker (ny lov);130;333;39,0
  6 måneders frist på afviste erhvervssygdomme (gl. lov);0;0;
  6 måneders frist erhvervssygdomme (ny lov);127;159;79,9
  1 års frist for arbejdsskadesager (gl. lov);0;0;
  1 års frist for arbejdsskadesager (ny lov);290;474;61,2
  2 års frist, Erhvervssygdomsudvalget (gl. lov);0;0;
  2 års frist, Erhvervssygdomsudvalget (ny lov);14;16;87,5
  
  Klager
  År for afgørelse;Afgørelser;Klager;Klageprocent;Stadfæstet;Ændret;Hjemvist;Afvist;Ændret ved genvurdering;Verserende;Stadfæstelsesprocent;Stadfæstelsesprocent ekskl. hjemviste
  2023;285;40;14,0;28;3;5;0;4;0;77,8;90,3
  2024;462;64;13,9;41;9;5;3;6;0;74,5;82,0
  2025;544;89;16,4;13;3;0;3;4;66;81,3;81,3

The same seed gives the same portfolio and report ...
  $ $SKADESAG demodata --db g2.db --sager-pr-aar 400 --aar 3 --seed 5 >/dev/null && DB=g2.db ./g portefolje --fra 2023-01-01 --til 2025-12-31 --format csv --syntetisk | cmp - g.csv && echo identisk
  identisk

... and another seed another.
  $ $SKADESAG demodata --db g3.db --sager-pr-aar 400 --aar 3 --seed 6 >/dev/null && DB=g3.db ./g portefolje --fra 2023-01-01 --til 2025-12-31 --format csv --syntetisk | cmp -s - g.csv || echo forskellig
  forskellig

Intake − closed = change in pending, every month (month rows:
year;month;intake;closed;pending;over2;age), 36 months.
  $ awk -F';' '/^Måneder/{f=1;next} /^$/{f=0} f && $1 ~ /^[0-9]+$/ { if (n++ && $5 - p != $3 - $4) { bad++; print "afviger: " $0 } p=$5 } END { print n " måneder, " bad+0 " afviger" }' g.csv
  36 måneder, 0 afviger

The figures agree with the event log (created, and first closing). The text
report ...
  $ ./g portefolje --fra 2023-01-01 --til 2025-12-31 >g.txt; echo "exit $?"; cat g.txt
  exit 0
  Porteføljerapport 01.01.2023–31.12.2025 (opgjort pr. 31.12.2025)
  
  Gennemsnitlig sagsbehandlingstid for sager afsluttet i perioden
  ---------------------------------------------------------------
  Sagsgruppe                                              Andel  Afsluttet   Mdr.
  A-sager samlet (ulykker og erhvervssygdomme)           96,8 %        676    8,6
  Førstegangssager uden erhvervsevnetab                  83,4 %        582    8,3
  Førstegangssager med erhvervsevnetab                    1,9 %         13   18,6
  Andengangssager (genoptagelser og revisioner)          10,9 %         76    8,8
  Hjemvisninger                                           0,7 %          5   10,5
  Private erstatningssager vedrørende mén                 2,4 %         17   11,1
  Private erstatningssager vedrørende erhvervsevnetab     0,7 %          5   12,3
  Veteransager                                            0,0 %          0      -
  Alle sager                                            100,0 %        698    8,7
  
  Porteføljen
  -----------
  Tilgang i perioden:                             1.129
  Afsluttet i perioden:                             698
  Verserende sager pr. 31.12.2025:                  431
  Gns. alder, verserende førstegangssager:          9,8 mdr.
  Sager over 2 år:                                   35
  
  Aldersfordeling af verserende sager:
    under 3 mdr.         97    22,5 %
    3-6 mdr.             86    20,0 %
    6-12 mdr.           112    26,0 %
    1-2 år              101    23,4 %
    2-3 år               35     8,1 %
    over 3 år             0     0,0 %
  
  Tilgang, afslutning og verserende sager pr. måned
  -------------------------------------------------
  Måned      Tilgang  Afsluttet  Verserende  Over 2 år  Alder førstegang (mdr.)
  jan 2023        26          0          26          0                      0,5
  feb 2023        21          0          47          0                      1,0
  mar 2023        29          0          76          0                      1,4
  apr 2023        28          5          99          0                      1,8
  maj 2023        31          4         126          0                      2,2
  jun 2023        31          5         152          0                      2,6
  jul 2023        28         10         170          0                      3,0
  aug 2023        33         11         192          0                      3,4
  sep 2023        29         17         204          0                      3,8
  okt 2023        31         13         222          0                      4,1
  nov 2023        30         18         234          0                      4,6
  dec 2023        32         19         247          0                      4,9
  jan 2024        33         16         264          0                      5,3
  feb 2024        30         13         281          0                      5,6
  mar 2024        33         16         298          0                      5,9
  apr 2024        31         26         303          0                      6,1
  maj 2024        31         28         306          0                      6,2
  jun 2024        33         19         320          0                      6,5
  jul 2024        32         29         323          0                      6,6
  aug 2024        32         28         327          0                      6,8
  sep 2024        31         25         333          0                      7,0
  okt 2024        33         23         343          0                      7,2
  nov 2024        31         16         358          0                      7,4
  dec 2024        33         27         364          0                      7,6
  jan 2025        34         29         369          5                      7,9
  feb 2025        30         21         378          9                      8,0
  mar 2025        33         33         378         10                      8,3
  apr 2025        34         23         389         11                      8,4
  maj 2025        32         20         401         13                      8,8
  jun 2025        34         25         410         17                      9,0
  jul 2025        34         35         409         18                      9,2
  aug 2025        35         26         418         23                      9,4
  sep 2025        32         36         414         25                      9,4
  okt 2025        34         22         426         29                      9,6
  nov 2025        33         25         434         31                      9,7
  dec 2025        32         35         431         35                      9,8
  
  Overholdelse af lovbestemte frister (afklaret i perioden)
  ---------------------------------------------------------
  Frist                                                                               Opfyldt    I alt    Andel
  3 måneders frist for afviste arbejdsulykker (gl. lov)                                     0        0        -
  3 måneders frist ulykker (ny lov)                                                       130      333   39,0 %
  6 måneders frist på afviste erhvervssygdomme (gl. lov)                                    0        0        -
  6 måneders frist erhvervssygdomme (ny lov)                                              127      159   79,9 %
  1 års frist for arbejdsskadesager (gl. lov)                                               0        0        -
  1 års frist for arbejdsskadesager (ny lov)                                              290      474   61,2 %
  2 års frist, Erhvervssygdomsudvalget (gl. lov)                                            0        0        -
  2 års frist, Erhvervssygdomsudvalget (ny lov)                                            14       16   87,5 %
  
  Klager efter året for AES' afgørelse
  ------------------------------------
  År    Afgørelser  Klager Klagepct.  Stadf.  Ændret Hjemvist  Afvist Ændret af AES Verserer Stadf.pct. ekskl. hjemv.
  2023         285      40    14,0 %      28       3        5       0             4        0     77,8 %        90,3 %
  2024         462      64    13,9 %      41       9        5       3             6        0     74,5 %        82,0 %
  2025         544      89    16,4 %      13       3        0       3             4       66     81,3 %        81,3 %

... has "Tilgang i perioden" = the 'oprettet' events in the period,
"Afsluttet i perioden" = the cases first closed in it, and the CSV's
pending at the end of 2025 (field 5 of "2025;12;") = created minus first
closed up to then.
  $ ind=$(sqlite3 g.db "SELECT count(*) FROM haendelser WHERE type='oprettet' AND dato BETWEEN '2023-01-01' AND '2025-12-31'")
  > ud=$(sqlite3 g.db "SELECT count(*) FROM (SELECT min(dato) d FROM haendelser WHERE type='lukket' GROUP BY sag_id) AS f WHERE d BETWEEN '2023-01-01' AND '2025-12-31'")
  > ver=$(sqlite3 g.db "SELECT (SELECT count(DISTINCT sag_id) FROM haendelser WHERE type='oprettet' AND dato <= '2025-12-31') - (SELECT count(*) FROM (SELECT min(dato) d FROM haendelser WHERE type='lukket' GROUP BY sag_id) AS f WHERE d <= '2025-12-31')")
  > tusind() { echo "$1" | sed ':a;s/\([0-9]\)\([0-9]\{3\}\)\b/\1.\2/;ta'; }
  > echo "hændelsesloggen: oprettet $ind, først lukket $ud, verserende $ver"
  > grep -E '^(Tilgang|Afsluttet) i perioden' g.txt; grep '^2025;12;' g.csv
  > grep -q "Tilgang i perioden: *$(tusind "$ind")\$" g.txt && grep -q "Afsluttet i perioden: *$(tusind "$ud")\$" g.txt && grep -q "^2025;12;[^;]*;[^;]*;$ver;" g.csv && echo stemmer
  hændelsesloggen: oprettet 1129, først lukket 698, verserende 431
  Tilgang i perioden:                             1.129
  Afsluttet i perioden:                             698
  2025;12;32;35;431;35;9,8
  stemmer

Rebuilt projections give the same report.
  $ $SKADESAG sag --db g.db genopbyg
  1129 sager genopbygget fra hændelsesloggen
  $ ./g portefolje --fra 2023-01-01 --til 2025-12-31 --format csv --syntetisk | cmp - g.csv && echo identisk
  identisk

The generated database, its mén awards back-filled (the generator writes mén decisions as events), verifies ("ok:").
  $ $SKADESAG ydelser genopbyg --db g.db --bruger tl1 --rolle teamleder >/dev/null && $SKADESAG sag --db g.db verificer
  ok: 7846 hændelser, hashkæden og alle afgørelser er intakte

Appeals are about 16 % of the decisions (12-20 %), summed over the years.
  $ awk -F';' '/^Klager/{f=1;next} f && $1 ~ /^20/ { a+=$2; k+=$3 } END { p=100*k/a; printf "%d klager af %d afgørelser = %.1f %%: %s\n", k, a, p, (p>=12 && p<=20) ? "inden for 12-20 %" : "UDEN FOR 12-20 %" }' g.csv
  193 klager af 1291 afgørelser = 14.9 %: inden for 12-20 %

The prognosis for 2024 is shown with the year's own figures ("Produktion:
mål 58.800").
  $ ./g portefolje --fra 2025-01-01 --til 2025-12-31 --prognose 2024
  Porteføljerapport 01.01.2025–31.12.2025 (opgjort pr. 31.12.2025)
  
  Gennemsnitlig sagsbehandlingstid for sager afsluttet i perioden
  ---------------------------------------------------------------
  Sagsgruppe                                              Andel  Afsluttet   Mdr.
  A-sager samlet (ulykker og erhvervssygdomme)           96,4 %        318   10,1
  Førstegangssager uden erhvervsevnetab                  77,3 %        255    9,8
  Førstegangssager med erhvervsevnetab                    2,1 %          7   22,5
  Andengangssager (genoptagelser og revisioner)          16,1 %         53    9,4
  Hjemvisninger                                           0,9 %          3   13,4
  Private erstatningssager vedrørende mén                 2,7 %          9   12,6
  Private erstatningssager vedrørende erhvervsevnetab     0,9 %          3   10,9
  Veteransager                                            0,0 %          0      -
  Alle sager                                            100,0 %        330   10,1
  
  Porteføljen
  -----------
  Tilgang i perioden:                               397
  Afsluttet i perioden:                             330
  Verserende sager pr. 31.12.2025:                  431
  Gns. alder, verserende førstegangssager:          9,8 mdr.
  Sager over 2 år:                                   35
  
  Aldersfordeling af verserende sager:
    under 3 mdr.         97    22,5 %
    3-6 mdr.             86    20,0 %
    6-12 mdr.           112    26,0 %
    1-2 år              101    23,4 %
    2-3 år               35     8,1 %
    over 3 år             0     0,0 %
  
  Tilgang, afslutning og verserende sager pr. måned
  -------------------------------------------------
  Måned      Tilgang  Afsluttet  Verserende  Over 2 år  Alder førstegang (mdr.)
  jan 2025        34         29         369          5                      7,9
  feb 2025        30         21         378          9                      8,0
  mar 2025        33         33         378         10                      8,3
  apr 2025        34         23         389         11                      8,4
  maj 2025        32         20         401         13                      8,8
  jun 2025        34         25         410         17                      9,0
  jul 2025        34         35         409         18                      9,2
  aug 2025        35         26         418         23                      9,4
  sep 2025        32         36         414         25                      9,4
  okt 2025        34         22         426         29                      9,6
  nov 2025        33         25         434         31                      9,7
  dec 2025        32         35         431         35                      9,8
  
  Overholdelse af lovbestemte frister (afklaret i perioden)
  ---------------------------------------------------------
  Frist                                                                               Opfyldt    I alt    Andel
  3 måneders frist for afviste arbejdsulykker (gl. lov)                                     0        0        -
  3 måneders frist ulykker (ny lov)                                                         0        0        -
  6 måneders frist på afviste erhvervssygdomme (gl. lov)                                    0        0        -
  6 måneders frist erhvervssygdomme (ny lov)                                                0        0        -
  1 års frist for arbejdsskadesager (gl. lov)                                               0        0        -
  1 års frist for arbejdsskadesager (ny lov)                                               19       91   20,9 %
  2 års frist, Erhvervssygdomsudvalget (gl. lov)                                            0        0        -
  2 års frist, Erhvervssygdomsudvalget (ny lov)                                             4        6   66,7 %
  
  Klager efter året for AES' afgørelse
  ------------------------------------
  År    Afgørelser  Klager Klagepct.  Stadf.  Ændret Hjemvist  Afvist Ændret af AES Verserer Stadf.pct. ekskl. hjemv.
  2025         544      89    16,4 %      13       3        0       3             4       66     81,3 %        81,3 %
  
  Prognose og realiseret 2024
  ---------------------------
  Produktion: mål 58.800 afsluttede sager, realiseret 266 (0,5 %)

The prognosis and the production target are in the CSV too
("Produktion (afsluttede sager);58800;58800;N").
  $ ./g portefolje --fra 2025-01-01 --til 2025-12-31 --prognose 2024 --format csv
  Porteføljerapport;01.01.2025;31.12.2025;opgjort pr.;31.12.2025
  
  Sagsbehandlingstid
  Sagsgruppe;Andel (%);Afsluttet;Gennemsnit (mdr.)
  A-sager samlet (ulykker og erhvervssygdomme);96,4;318;10,1
  Førstegangssager uden erhvervsevnetab;77,3;255;9,8
  Førstegangssager med erhvervsevnetab;2,1;7;22,5
  Andengangssager (genoptagelser og revisioner);16,1;53;9,4
  Hjemvisninger;0,9;3;13,4
  Private erstatningssager vedrørende mén;2,7;9;12,6
  Private erstatningssager vedrørende erhvervsevnetab;0,9;3;10,9
  Veteransager;0,0;0;
  Alle sager;100,0;330;10,1
  
  Måneder
  År;Måned;Tilgang;Afsluttet;Verserende ved månedens udgang;Over 2 år;Gns. alder verserende førstegangssager (mdr.)
  2025;1;34;29;369;5;7,9
  2025;2;30;21;378;9;8,0
  2025;3;33;33;378;10;8,3
  2025;4;34;23;389;11;8,4
  2025;5;32;20;401;13;8,8
  2025;6;34;25;410;17;9,0
  2025;7;34;35;409;18;9,2
  2025;8;35;26;418;23;9,4
  2025;9;32;36;414;25;9,4
  2025;10;34;22;426;29;9,6
  2025;11;33;25;434;31;9,7
  2025;12;32;35;431;35;9,8
  
  Aldersfordeling pr. 31.12.2025
  Alder;Verserende sager
  under 3 mdr.;97
  3-6 mdr.;86
  6-12 mdr.;112
  1-2 år;101
  2-3 år;35
  over 3 år;0
  
  Frister
  Frist;Opfyldt;I alt;Andel (%)
  3 måneders frist for afviste arbejdsulykker (gl. lov);0;0;
  3 måneders frist ulykker (ny lov);0;0;
  6 måneders frist på afviste erhvervssygdomme (gl. lov);0;0;
  6 måneders frist erhvervssygdomme (ny lov);0;0;
  1 års frist for arbejdsskadesager (gl. lov);0;0;
  1 års frist for arbejdsskadesager (ny lov);19;91;20,9
  2 års frist, Erhvervssygdomsudvalget (gl. lov);0;0;
  2 års frist, Erhvervssygdomsudvalget (ny lov);4;6;66,7
  
  Klager
  År for afgørelse;Afgørelser;Klager;Klageprocent;Stadfæstet;Ændret;Hjemvist;Afvist;Ændret ved genvurdering;Verserende;Stadfæstelsesprocent;Stadfæstelsesprocent ekskl. hjemviste
  2025;544;89;16,4;13;3;0;3;4;66;81,3;81,3
  
  Prognose 2024
  Sagsgruppe;Prognose fra (mdr.);Prognose til (mdr.);Realiseret (mdr.)
  Produktion (afsluttede sager);58800;58800;266

A misspelt option is a usage error (exit 2, "--formt: ukendt tilvalg").
  $ ./g portefolje --fra 2025-01-01 --til 2025-12-31 --formt html
  skadesag: --formt: ukendt tilvalg til 'portefolje'
  [2]

An unknown prognosis year is refused ("ingen prognose for 2019").
  $ ./g portefolje --fra 2025-01-01 --til 2025-12-31 --prognose 2019
  skadesag: /prognose: ingen prognose for 2019 i $ROD/data/prognoser.tsv
  [1]

The HTML report is self-contained: no scripts or external files
(<script, <link, src="http, href="http) ...
  $ ./g portefolje --fra 2023-01-01 --til 2025-12-31 --format html --syntetisk --ud r.html; echo "exit $?"; test -s r.html && grep -cE '<script|<link|src="http|href="http' r.html
  exit 0
  0
  [1]

... and these are its bytes.
  $ cat r.html
  <!DOCTYPE html>
  <html lang="da">
  <head>
  <meta charset="utf-8">
  <title>Porteføljerapport</title>
  <style>
  body{font-family:system-ui,sans-serif;margin:2em;color:#1b1b1b;max-width:1100px}
  h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}
  table{border-collapse:collapse;margin:.5em 0}td,th{padding:.2em .6em;border-bottom:1px solid #eee;text-align:left}td.tal,th.tal{text-align:right}#klager{font-size:.78em}
  .syntetisk{background:#fff3cd;padding:.4em .8em;display:inline-block}
  .graf{display:block;margin:1em 0}.gitter{stroke:#e3e3e3}.akse{font-size:12px;fill:#444}.vaerdi{font-size:12px;fill:#1b1b1b}
  .linje-verserende{stroke:#1f5fa8;stroke-width:2.5}.linje-over2{stroke:#c0392b;stroke-width:2}.linje-verserende-tekst{fill:#1f5fa8}.linje-over2-tekst{fill:#c0392b}
  .forklaring{font-size:13px}.bjaelke{fill:#1f5fa8}.maal{stroke:#c0392b;stroke-dasharray:4 3;stroke-width:1.5}
  </style>
  </head>
  <body>
  <h1>Porteføljerapport 01.01.2023–31.12.2025</h1>
  <p>Opgjort pr. 31.12.2025.</p>
  <p class="syntetisk">Syntetiske data — ingen rigtige personer.</p>
  <h2>Porteføljen</h2>
  <table id="noegletal">
  <tr><th>Tilgang i perioden</th><td class="tal">1.129</td></tr>
  <tr><th>Afsluttet i perioden</th><td class="tal">698</td></tr>
  <tr><th>Verserende sager pr. 31.12.2025</th><td class="tal">431</td></tr>
  <tr><th>Gns. alder, verserende førstegangssager</th><td class="tal">9,8 mdr.</td></tr>
  <tr><th>Sager over 2 år</th><td class="tal">35</td></tr>
  </table>
  <h2>Verserende sager over tid</h2>
  <svg id="graf-verserende" class="graf" role="img" viewBox="0 0 860 300" width="860" height="300" xmlns="http://www.w3.org/2000/svg">
  <title>Verserende sager ved månedens udgang</title>
  <line x1="70" y1="250" x2="840" y2="250" class="gitter"/><text x="64" y="254" class="akse" text-anchor="end">0</text>
  <line x1="70" y1="204" x2="840" y2="204" class="gitter"/><text x="64" y="208" class="akse" text-anchor="end">100</text>
  <line x1="70" y1="158" x2="840" y2="158" class="gitter"/><text x="64" y="162" class="akse" text-anchor="end">200</text>
  <line x1="70" y1="112" x2="840" y2="112" class="gitter"/><text x="64" y="116" class="akse" text-anchor="end">300</text>
  <line x1="70" y1="66" x2="840" y2="66" class="gitter"/><text x="64" y="70" class="akse" text-anchor="end">400</text>
  <line x1="70" y1="20" x2="840" y2="20" class="gitter"/><text x="64" y="24" class="akse" text-anchor="end">500</text>
  <polyline class="linje-verserende" fill="none" points="70,239 92,229 114,216 136,205 158,193 180,181 202,172 224,162 246,157 268,148 290,143 312,137 334,129 356,121 378,113 400,111 422,110 444,103 466,102 488,100 510,97 532,93 554,86 576,83 598,81 620,77 642,77 664,72 686,66 708,62 730,62 752,58 774,60 796,55 818,51 840,52"/>
  <polyline class="linje-over2" fill="none" points="70,250 92,250 114,250 136,250 158,250 180,250 202,250 224,250 246,250 268,250 290,250 312,250 334,250 356,250 378,250 400,250 422,250 444,250 466,250 488,250 510,250 532,250 554,250 576,250 598,248 620,246 642,246 664,245 686,245 708,243 730,242 752,240 774,239 796,237 818,236 840,234"/>
  <text x="70" y="268" class="akse" text-anchor="middle">jan 2023</text>
  <text x="334" y="268" class="akse" text-anchor="middle">jan 2024</text>
  <text x="598" y="268" class="akse" text-anchor="middle">jan 2025</text>
  <text x="70" y="292" class="forklaring linje-verserende-tekst">— verserende</text><text x="210" y="292" class="forklaring linje-over2-tekst">— over 2 år</text>
  </svg>
  <h2>Aldersfordeling pr. 31.12.2025</h2>
  <svg id="graf-alder" class="graf" role="img" viewBox="0 0 860 186" width="860" height="186" xmlns="http://www.w3.org/2000/svg">
  <title>Verserende sager efter alder</title>
  <text x="392" y="25" class="akse" text-anchor="end">under 3 mdr.</text><rect class="bjaelke" x="400" y="12" width="179" height="18"/><text x="585" y="25" class="vaerdi">97</text>
  <text x="392" y="51" class="akse" text-anchor="end">3-6 mdr.</text><rect class="bjaelke" x="400" y="38" width="159" height="18"/><text x="565" y="51" class="vaerdi">86</text>
  <text x="392" y="77" class="akse" text-anchor="end">6-12 mdr.</text><rect class="bjaelke" x="400" y="64" width="207" height="18"/><text x="613" y="77" class="vaerdi">112</text>
  <text x="392" y="103" class="akse" text-anchor="end">1-2 år</text><rect class="bjaelke" x="400" y="90" width="186" height="18"/><text x="592" y="103" class="vaerdi">101</text>
  <text x="392" y="129" class="akse" text-anchor="end">2-3 år</text><rect class="bjaelke" x="400" y="116" width="64" height="18"/><text x="470" y="129" class="vaerdi">35</text>
  <text x="392" y="155" class="akse" text-anchor="end">over 3 år</text><rect class="bjaelke" x="400" y="142" width="0" height="18"/><text x="406" y="155" class="vaerdi">0</text>
  </svg>
  <h2>Gennemsnitlig sagsbehandlingstid for sager afsluttet i perioden</h2>
  <table id="behandlingstid">
  <tr><th>Sagsgruppe</th><th class="tal">Andel</th><th class="tal">Afsluttet</th><th class="tal">Mdr.</th></tr>
  <tr><td>A-sager samlet (ulykker og erhvervssygdomme)</td><td class="tal">96,8 %</td><td class="tal">676</td><td class="tal">8,6</td></tr>
  <tr><td>Førstegangssager uden erhvervsevnetab</td><td class="tal">83,4 %</td><td class="tal">582</td><td class="tal">8,3</td></tr>
  <tr><td>Førstegangssager med erhvervsevnetab</td><td class="tal">1,9 %</td><td class="tal">13</td><td class="tal">18,6</td></tr>
  <tr><td>Andengangssager (genoptagelser og revisioner)</td><td class="tal">10,9 %</td><td class="tal">76</td><td class="tal">8,8</td></tr>
  <tr><td>Hjemvisninger</td><td class="tal">0,7 %</td><td class="tal">5</td><td class="tal">10,5</td></tr>
  <tr><td>Private erstatningssager vedrørende mén</td><td class="tal">2,4 %</td><td class="tal">17</td><td class="tal">11,1</td></tr>
  <tr><td>Private erstatningssager vedrørende erhvervsevnetab</td><td class="tal">0,7 %</td><td class="tal">5</td><td class="tal">12,3</td></tr>
  <tr><td>Veteransager</td><td class="tal">0,0 %</td><td class="tal">0</td><td class="tal">-</td></tr>
  <tr><td>Alle sager</td><td class="tal">100,0 %</td><td class="tal">698</td><td class="tal">8,7</td></tr>
  </table>
  <svg id="graf-behandlingstid" class="graf" role="img" viewBox="0 0 860 238" width="860" height="238" xmlns="http://www.w3.org/2000/svg">
  <title>Gennemsnitlig sagsbehandlingstid pr. sagsgruppe (mdr.)</title>
  <text x="392" y="25" class="akse" text-anchor="end">A-sager samlet (ulykker og erhvervssygdomme)</text><rect class="bjaelke" x="400" y="12" width="159" height="18"/><text x="565" y="25" class="vaerdi">8,6 mdr.</text>
  <text x="392" y="51" class="akse" text-anchor="end">Førstegangssager uden erhvervsevnetab</text><rect class="bjaelke" x="400" y="38" width="153" height="18"/><text x="559" y="51" class="vaerdi">8,3 mdr.</text>
  <text x="392" y="77" class="akse" text-anchor="end">Førstegangssager med erhvervsevnetab</text><rect class="bjaelke" x="400" y="64" width="344" height="18"/><text x="750" y="77" class="vaerdi">18,6 mdr.</text>
  <text x="392" y="103" class="akse" text-anchor="end">Andengangssager (genoptagelser og revisioner)</text><rect class="bjaelke" x="400" y="90" width="162" height="18"/><text x="568" y="103" class="vaerdi">8,8 mdr.</text>
  <text x="392" y="129" class="akse" text-anchor="end">Hjemvisninger</text><rect class="bjaelke" x="400" y="116" width="194" height="18"/><text x="600" y="129" class="vaerdi">10,5 mdr.</text>
  <text x="392" y="155" class="akse" text-anchor="end">Private erstatningssager vedrørende mén</text><rect class="bjaelke" x="400" y="142" width="205" height="18"/><text x="611" y="155" class="vaerdi">11,1 mdr.</text>
  <text x="392" y="181" class="akse" text-anchor="end">Private erstatningssager vedrørende erhvervsevnetab</text><rect class="bjaelke" x="400" y="168" width="227" height="18"/><text x="633" y="181" class="vaerdi">12,3 mdr.</text>
  <text x="392" y="207" class="akse" text-anchor="end">Alle sager</text><rect class="bjaelke" x="400" y="194" width="160" height="18"/><text x="566" y="207" class="vaerdi">8,7 mdr.</text>
  </svg>
  <h2>Overholdelse af lovbestemte frister</h2>
  <table id="frister">
  <tr><th>Frist</th><th class="tal">Opfyldt</th><th class="tal">I alt</th><th class="tal">Andel</th></tr>
  <tr><td>3 måneders frist for afviste arbejdsulykker (gl. lov)</td><td class="tal">0</td><td class="tal">0</td><td class="tal">-</td></tr>
  <tr><td>3 måneders frist ulykker (ny lov)</td><td class="tal">130</td><td class="tal">333</td><td class="tal">39,0 %</td></tr>
  <tr><td>6 måneders frist på afviste erhvervssygdomme (gl. lov)</td><td class="tal">0</td><td class="tal">0</td><td class="tal">-</td></tr>
  <tr><td>6 måneders frist erhvervssygdomme (ny lov)</td><td class="tal">127</td><td class="tal">159</td><td class="tal">79,9 %</td></tr>
  <tr><td>1 års frist for arbejdsskadesager (gl. lov)</td><td class="tal">0</td><td class="tal">0</td><td class="tal">-</td></tr>
  <tr><td>1 års frist for arbejdsskadesager (ny lov)</td><td class="tal">290</td><td class="tal">474</td><td class="tal">61,2 %</td></tr>
  <tr><td>2 års frist, Erhvervssygdomsudvalget (gl. lov)</td><td class="tal">0</td><td class="tal">0</td><td class="tal">-</td></tr>
  <tr><td>2 års frist, Erhvervssygdomsudvalget (ny lov)</td><td class="tal">14</td><td class="tal">16</td><td class="tal">87,5 %</td></tr>
  </table>
  <svg id="graf-frister" class="graf" role="img" viewBox="0 0 860 134" width="860" height="134" xmlns="http://www.w3.org/2000/svg">
  <title>Andel opfyldte frister (stiplet: 50 %, AES&#39; forventning til 3-månedersfristen)</title>
  <text x="392" y="25" class="akse" text-anchor="end">3 måneders frist ulykker (ny lov)</text><rect class="bjaelke" x="400" y="12" width="144" height="18"/><text x="550" y="25" class="vaerdi">39,0 %</text>
  <text x="392" y="51" class="akse" text-anchor="end">6 måneders frist erhvervssygdomme (ny lov)</text><rect class="bjaelke" x="400" y="38" width="295" height="18"/><text x="701" y="51" class="vaerdi">79,9 %</text>
  <text x="392" y="77" class="akse" text-anchor="end">1 års frist for arbejdsskadesager (ny lov)</text><rect class="bjaelke" x="400" y="64" width="226" height="18"/><text x="632" y="77" class="vaerdi">61,2 %</text>
  <text x="392" y="103" class="akse" text-anchor="end">2 års frist, Erhvervssygdomsudvalget (ny lov)</text><rect class="bjaelke" x="400" y="90" width="323" height="18"/><text x="729" y="103" class="vaerdi">87,5 %</text>
  <line class="maal" x1="585" y1="4" x2="585" y2="114"/>
  </svg>
  <h2>Klager efter året for AES' afgørelse</h2>
  <table id="klager">
  <tr><th>År</th><th class="tal">Afgørelser</th><th class="tal">Klager</th><th class="tal">Klageprocent</th><th class="tal">Stadfæstet</th><th class="tal">Ændret</th><th class="tal">Hjemvist</th><th class="tal">Afvist</th><th class="tal">Ændret af AES</th><th class="tal">Verserer</th><th class="tal">Stadfæstelsesprocent</th><th class="tal">ekskl. hjemviste</th></tr>
  <tr><td>2023</td><td class="tal">285</td><td class="tal">40</td><td class="tal">14,0 %</td><td class="tal">28</td><td class="tal">3</td><td class="tal">5</td><td class="tal">0</td><td class="tal">4</td><td class="tal">0</td><td class="tal">77,8 %</td><td class="tal">90,3 %</td></tr>
  <tr><td>2024</td><td class="tal">462</td><td class="tal">64</td><td class="tal">13,9 %</td><td class="tal">41</td><td class="tal">9</td><td class="tal">5</td><td class="tal">3</td><td class="tal">6</td><td class="tal">0</td><td class="tal">74,5 %</td><td class="tal">82,0 %</td></tr>
  <tr><td>2025</td><td class="tal">544</td><td class="tal">89</td><td class="tal">16,4 %</td><td class="tal">13</td><td class="tal">3</td><td class="tal">0</td><td class="tal">3</td><td class="tal">4</td><td class="tal">66</td><td class="tal">81,3 %</td><td class="tal">81,3 %</td></tr>
  </table>
  <p><small>Skadesag. Definitioner: docs/portefolje.md.</small></p>
  </body>
  </html>
