skadesag sag: a case from receipt through recognition, a loss decision
through the engine, mén, an appeal to Ankestyrelsen and a remittal;
refusals that store nothing; roles and the read log; export/import;
tamper detection (formerly the first part of tests/cli/sag.sh; the demo
database, worklists and schema migration are in sag_demo.t). Every read
and change is dated with --idag/--dato, so nothing depends on today.
Long JSON is shown one member per line by sed 's/,"/,\n"/g', which only
inserts line breaks.

./s is skadesag sag on t.db as caseworker sb9 (role sagsbehandler), both
from the environment as the old script's $S was; DB=... picks another
database.
  $ cat >s <<'EOF'
  > #!/bin/sh
  > export SKADESAG_BRUGER=sb9 SKADESAG_ROLLE=sagsbehandler
  > exec "$SKADESAG" sag --db "${DB:-t.db}" "$@"
  > EOF
  $ chmod +x s
  $ cat >sag.json <<'EOF'
  > {"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-02-10",
  >  "anmeldelsesdato":"2025-02-14","cpr":"0506799011","team":"T1",
  >  "sagsbehandler":"sb9","dato":"2025-02-14"}
  > EOF

opret gives the first case number of the year of notification.
  $ ./s opret sag.json
  AES-2025-000001

A reform case (injury after 1.7.2024): no statutory deadlines ("Fristregler:
fra 1.7.2024 (reform)"), a service target of 7 months; the caseworker sees
the full CPR number (Tilskadekomne: 050679-9011).
  $ ./s vis AES-2025-000001 --idag 2025-03-01
  Sag AES-2025-000001 (ulykke, førstegang) — åben
  Tilskadekomne: 050679-9011   Team: T1   Sagsbehandler: sb9
  Skadedato: 10.02.2025   Anmeldt: 14.02.2025   Fristregler: fra 1.7.2024 (reform)
  Anerkendelse: uafgjort   Mén: uafgjort   Erhvervsevnetab: uafgjort
  
  Frister:
  
  Opgaver:
    14.09.2025  Behandl sagen (servicemål, ingen lovbestemt frist)
  
  Historik:
      1  14.02.2025  oprettet                 sb9: Sagen er modtaget
  

The case list shows the service target 14.09.2025 as the next deadline.
  $ ./s liste --idag 2025-03-01
  Sag              Type                     Generation  Status Team       Behandler  Anerkendelse  Næste frist
  AES-2025-000001  ulykke                   førstegang  åben   T1         sb9        uafgjort      14.09.2025
  1 sag

Management (ledelse) sees the CPR number masked: 050679-XXXX in text ...
  $ ./s --rolle ledelse vis AES-2025-000001 --grund statistik --idag 2025-03-01
  Sag AES-2025-000001 (ulykke, førstegang) — åben
  Tilskadekomne: 050679-XXXX   Team: T1   Sagsbehandler: sb9
  Skadedato: 10.02.2025   Anmeldt: 14.02.2025   Fristregler: fra 1.7.2024 (reform)
  Anerkendelse: uafgjort   Mén: uafgjort   Erhvervsevnetab: uafgjort
  
  Frister:
  
  Opgaver:
    14.09.2025  Behandl sagen (servicemål, ingen lovbestemt frist)
  
  Historik:
      1  14.02.2025  oprettet                 sb9: Sagen er modtaget
  

... and "cpr":"050679-XXXX" in JSON, where 9011 appears nowhere.
  $ ./s --rolle ledelse vis AES-2025-000001 --grund statistik --idag 2025-03-01 --json | sed 's/,"/,\n"/g'
  {"sag":{"id":"AES-2025-000001",
  "type":"ulykke",
  "generation":"foerstegang",
  "status":"aaben",
  "cpr":"050679-XXXX",
  "skadedato":"2025-02-10",
  "anmeldelsesdato":"2025-02-14",
  "modtaget_dato":"2025-02-14",
  "oprettet":"2025-02-14",
  "team":"T1",
  "sagsbehandler":"sb9",
  "anerkendelse":"uafgjort",
  "men":"uafgjort",
  "erhvervsevnetab":"uafgjort",
  "esu_forelagt":false,
  "venter_ekstern":false,
  "afgoerelser":[],
  "klager":[],
  "antal_haendelser":1},
  "fristregime":"reform_2024",
  "idag":"2025-03-01",
  "frister":[],
  "opgaver":[{"art":"servicemaal",
  "forfald":"2025-09-14",
  "venter_paa_andre":false,
  "tekst":"Behandl sagen (servicemål, ingen lovbestemt frist)"}],
  "haendelser":[{"nr":1,
  "type":"oprettet",
  "dato":"2025-02-14",
  "registreret":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", (re)
  "bruger":"sb9",
  "begrundelse":"Sagen er modtaget"}],
  "breve":[],
  "ydelser":[]}
  $ ./s --rolle ledelse vis AES-2025-000001 --grund statistik --idag 2025-03-01 --json | grep -c 9011
  0
  [1]

Reads are logged with user, role and reason: three reads by sb9 as ledelse
for statistik, one as sagsbehandler for sagsbehandling (the time of the
read is the clock's, so it is a pattern).
  $ ./s laesninger AES-2025-000001
  [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z  sb9              sagsbehandler  sagsbehandling (re)
  [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z  sb9              ledelse        statistik (re)
  [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z  sb9              ledelse        statistik (re)
  [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z  sb9              ledelse        statistik (re)

Management may not make decisions ("rollen 'ledelse' må ikke bruge
'afgoer'", exit 1) ...
  $ ./s --rolle ledelse afgoer AES-2025-000001 --fase anerkendelse --resultat anerkendt --begrundelse x
  skadesag: --rolle: rollen 'ledelse' må ikke bruge 'afgoer'
  [1]

... nor export ("må ikke bruge 'eksport'", exit 1).
  $ ./s --rolle ledelse eksport AES-2025-000001
  skadesag: --rolle: rollen 'ledelse' må ikke bruge 'eksport'
  [1]

An unknown role is refused ("ukendt rolle").
  $ ./s --rolle chef liste
  skadesag: --rolle: ukendt rolle 'chef' (sagsbehandler, jurist, teamleder, ledelse, borger eller forsikring)
  [2]

A misspelt option is refused with its name ("--teem: ukendt tilvalg").
  $ ./s liste --teem T1
  skadesag: --teem: ukendt tilvalg til 'liste'
  [2]


Refusals store nothing. The case has this many events before them:
  $ ./s vis AES-2025-000001 --idag 2025-03-01 --json | grep -o '"nr":' | wc -l
  1

Mén before recognition is refused (exit 1) with the reason ("mén kan først
afgøres, når skaden er anerkendt").
  $ ./s afgoer AES-2025-000001 --fase men --pct 10 --dato 2025-03-01 --begrundelse x
  skadesag: /type: mén kan først afgøres, når skaden er anerkendt
  [1]

A decision without a reason is refused with the field name
("/begrundelse: mangler").
  $ ./s afgoer AES-2025-000001 --fase anerkendelse --resultat anerkendt --dato 2025-04-01
  skadesag: /begrundelse: mangler: hvorfor
  [1]

The refused changes stored nothing: as many events as before.
  $ ./s vis AES-2025-000001 --idag 2025-03-01 --json | grep -o '"nr":' | wc -l
  1

An invalid injury date is refused with the field name ("/skadedato: datoen
findes ikke") ...
  $ sed 's/"2025-02-10"/"2025-02-30"/' sag.json >d.json
  $ ./s opret d.json
  skadesag: /skadedato: datoen findes ikke
  [1]

... and no new case: the list (JSON) holds one case.
  $ ./s liste --idag 2025-03-01 --json | sed 's/,"/,\n"/g'
  [{"id":"AES-2025-000001",
  "type":"ulykke",
  "generation":"foerstegang",
  "status":"aaben",
  "team":"T1",
  "sagsbehandler":"sb9",
  "anerkendelse":"uafgjort",
  "men":"uafgjort",
  "erhvervsevnetab":"uafgjort",
  "naeste_forfald":"2025-09-14",
  "venter":false}]

An invalid CPR number is refused (exit 1, naming cpr) without repeating the
number (3201809011).
  $ sed 's/0506799011/3201809011/' sag.json >c.json
  $ ./s opret c.json
  skadesag: /cpr: ugyldigt CPR-nummer (fødselsdatoen findes ikke)
  [1]

Invalid JSON is refused with line and column ("ugyldig JSON (linje 1,
kolonne"), without repeating the content (the CPR number, 9011).
  $ printf '{"sagstype":"ulykke","cpr":"0506799011" x' >brudt.json
  $ ./s opret brudt.json
  skadesag: ugyldig JSON (linje 1, kolonne 41)
  [1]

An unknown case: exit 1 ("sagen findes ikke").
  $ ./s vis AES-2099-000001 --idag 2025-03-01
  skadesag: /sag_id: sagen findes ikke
  [1]


The decisions.

Recognition (anerkendelse) gives decision A1.
  $ ./s afgoer AES-2025-000001 --fase anerkendelse --resultat anerkendt --dato 2025-04-01 --begrundelse 'Ulykke i arbejdstiden'
  AES-2025-000001-A1

Loss of earning capacity through the engine: 30 % (examples/toemrer_2025.json),
decision E2.
  $ ./s afgoer AES-2025-000001 --fase erhvervsevnetab --beregning $ROD/examples/toemrer_2025.json --dato 2026-03-02 --begrundelse 'Tab fastsat'
  AES-2025-000001-E2: erhvervsevnetab 30 %

The calculation must carry the decision's date (/afgoerelsesdato).
  $ ./s afgoer AES-2025-000001 --fase erhvervsevnetab --beregning $ROD/examples/toemrer_2025.json --dato 2026-03-03 --begrundelse x
  skadesag: /afgoerelsesdato: beregningens afgørelsesdato skal være afgørelsens dato
  [1]

The calculation must concern the case (/skadedato).
  $ ./s afgoer AES-2025-000001 --fase erhvervsevnetab --beregning $ROD/examples/fleksjob_2019.json --dato 2026-03-02 --begrundelse x
  skadesag: /skadedato: beregningens skadedato stemmer ikke med sagen
  [1]

Mén after the loss decision is allowed: decision M3.
  $ ./s afgoer AES-2025-000001 --fase men --pct 10 --dato 2026-03-05 --begrundelse Mén
  AES-2025-000001-M3

A stored decision is recomputed byte for byte ("identisk: afgørelse
AES-2025-000001-E2").
  $ ./s genberegn AES-2025-000001-E2
  identisk: afgørelse AES-2025-000001-E2 genberegnet byte for byte (7814 bytes, satser e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116)

Recomputed with changed tables (maks. årsløn 2026 halved) it shows the
difference ("afviger: afgørelse AES-2025-000001-E2") and exits 1.
  $ mkdir d && cp $ROD/data/*.tsv d/ && awk -F'\t' -v OFS='\t' '$1=="maks_aarsloen" && $2==2026 {$4=int($4/2)} 1' $ROD/data/satser.tsv >d/satser.tsv
  $ ./s genberegn AES-2025-000001-E2 --data d
  afviger: afgørelse AES-2025-000001-E2 giver et andet resultat i dag
    satser ved afgørelsen: e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116
    satser nu:            dcdaa859619f60c163187e655184ecaeed61fcfaa0cbc9f9bb1142a50f18d865
  [1]


Appeal: received in time, kept, sent on, remitted.

An appeal within 4 weeks: K1.
  $ ./s klage AES-2025-000001 --afgoerelse AES-2025-000001-E2 --part tilskadekomne --dato 2026-03-20 --begrundelse Klage
  AES-2025-000001-K1

The appeal is seen as in time: "id":"AES-2025-000001-K1",
"afgoerelse_id":"AES-2025-000001-E2", "fase":"erhvervsevnetab",
"modtaget":"2026-03-20", "rettidig":true, in that order.
The folder's "ydelser" (issue 14) holds decision E2's awards: the interim
running payment from 01.09.2025 to the day before the decision (til
2026-03-01), taxable, and the capital sum on the decision day 2026-03-02,
tax-free (guidance 2.8; Q-46), and mén decision M3's godtgørelse, 10 × 11.035 kr. (men_pr_grad 2026) = 110.350,00 kr. (Q-69); the earlier folder (before E2) has none.
  $ ./s vis AES-2025-000001 --idag 2026-03-20 --json | sed 's/,"/,\n"/g'
  {"sag":{"id":"AES-2025-000001",
  "type":"ulykke",
  "generation":"foerstegang",
  "status":"aaben",
  "cpr":"050679-9011",
  "skadedato":"2025-02-10",
  "anmeldelsesdato":"2025-02-14",
  "modtaget_dato":"2025-02-14",
  "oprettet":"2025-02-14",
  "team":"T1",
  "sagsbehandler":"sb9",
  "anerkendelse":"anerkendt",
  "men":"afgjort",
  "men_pct":10,
  "erhvervsevnetab":"afgjort",
  "erhvervsevnetab_pct":30,
  "esu_forelagt":false,
  "venter_ekstern":false,
  "afgoerelser":[{"id":"AES-2025-000001-A1",
  "fase":"anerkendelse",
  "dato":"2025-04-01",
  "type":"endelig",
  "pct":0},{"id":"AES-2025-000001-E2",
  "fase":"erhvervsevnetab",
  "dato":"2026-03-02",
  "type":"endelig",
  "pct":30,
  "fra":"2025-09-01"},{"id":"AES-2025-000001-M3",
  "fase":"men",
  "dato":"2026-03-05",
  "type":"endelig",
  "pct":10}],
  "klager":[{"id":"AES-2025-000001-K1",
  "afgoerelse_id":"AES-2025-000001-E2",
  "fase":"erhvervsevnetab",
  "modtaget":"2026-03-20",
  "rettidig":true,
  "status":"modtaget"}],
  "antal_haendelser":5},
  "fristregime":"reform_2024",
  "idag":"2026-03-20",
  "frister":[{"navn":"klagefrist (4 uger)",
  "hjemmel":"Klagefrist 4 uger: ASL § 44, stk. 3, 1. pkt. (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring), som Arbejdsmarkedets Erhvervssikring gengiver den (ordlyden er ikke gennemgået, se docs/rules_map.md Q-14); fristen regnes fra den første hverdag efter datoen på afgørelsen (Digital Post), og en frist på en lørdag, søndag eller helligdag forlænges til første hverdag derefter: Arbejdsmarkedets Erhvervssikring, \"Klagemuligheder\" (https://www.aes.dk/sagsforloeb/klage)",
  "start":"2025-04-01",
  "forfald":"2025-04-30",
  "status":"bortfaldet",
  "aes":false,
  "ref":"AES-2025-000001-A1"},{"navn":"klagefrist (4 uger)",
  "hjemmel":"Klagefrist 4 uger: ASL § 44, stk. 3, 1. pkt. (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring), som Arbejdsmarkedets Erhvervssikring gengiver den (ordlyden er ikke gennemgået, se docs/rules_map.md Q-14); fristen regnes fra den første hverdag efter datoen på afgørelsen (Digital Post), og en frist på en lørdag, søndag eller helligdag forlænges til første hverdag derefter: Arbejdsmarkedets Erhvervssikring, \"Klagemuligheder\" (https://www.aes.dk/sagsforloeb/klage)",
  "start":"2026-03-02",
  "forfald":"2026-03-31",
  "status":"opfyldt",
  "opfyldt":"2026-03-20",
  "aes":false,
  "ref":"AES-2025-000001-E2"},{"navn":"klagefrist (4 uger)",
  "hjemmel":"Klagefrist 4 uger: ASL § 44, stk. 3, 1. pkt. (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring), som Arbejdsmarkedets Erhvervssikring gengiver den (ordlyden er ikke gennemgået, se docs/rules_map.md Q-14); fristen regnes fra den første hverdag efter datoen på afgørelsen (Digital Post), og en frist på en lørdag, søndag eller helligdag forlænges til første hverdag derefter: Arbejdsmarkedets Erhvervssikring, \"Klagemuligheder\" (https://www.aes.dk/sagsforloeb/klage)",
  "start":"2026-03-05",
  "forfald":"2026-04-07",
  "status":"aaben",
  "aes":false,
  "ref":"AES-2025-000001-M3"},{"navn":"5 års grænse for genoptagelse",
  "hjemmel":"ASL § 42 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring; ordlyden er ikke gennemgået, se docs/rules_map.md Q-15); Ankestyrelsen, \"Genoptagelse efter arbejdsskadeloven\" (https://ast.dk/arbejdsskade/hvad-handler-klagen-om/genoptagelse/genoptagelse-efter-arbejdsskadeloven) (fristen løber fra den første egentlige afgørelse)",
  "start":"2026-03-02",
  "forfald":"2031-03-02",
  "status":"aaben",
  "aes":false}],
  "opgaver":[{"art":"genvurder_klage",
  "forfald":"2026-03-20",
  "venter_paa_andre":false,
  "tekst":"Genvurder klagen",
  "ref":"AES-2025-000001-K1"}],
  "haendelser":[{"nr":1,
  "type":"oprettet",
  "dato":"2025-02-14",
  "registreret":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", (re)
  "bruger":"sb9",
  "begrundelse":"Sagen er modtaget",
  "data":{"sagstype":"ulykke",
  "generation":"foerstegang",
  "skadedato":"2025-02-10",
  "anmeldelsesdato":"2025-02-14",
  "cpr":"0506799011",
  "team":"T1",
  "sagsbehandler":"sb9"}},{"nr":2,
  "type":"anerkendt",
  "dato":"2025-04-01",
  "registreret":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", (re)
  "bruger":"sb9",
  "begrundelse":"Ulykke i arbejdstiden",
  "data":{"afgoerelse_id":"AES-2025-000001-A1"}},{"nr":3,
  "type":"erhvervsevnetab_afgjort",
  "dato":"2026-03-02",
  "registreret":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", (re)
  "bruger":"sb9",
  "begrundelse":"Tab fastsat",
  "data":{"afgoerelse_id":"AES-2025-000001-E2",
  "afgoerelse_hash":"[0-9a-f]{64}", (re)
  "afgoerelsestype":"endelig",
  "pct":30,
  "fra":"2025-09-01"}},{"nr":4,
  "type":"men_afgjort",
  "dato":"2026-03-05",
  "registreret":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", (re)
  "bruger":"sb9",
  "begrundelse":"Mén",
  "data":{"afgoerelse_id":"AES-2025-000001-M3",
  "pct":10}},{"nr":5,
  "type":"klage_modtaget",
  "dato":"2026-03-20",
  "registreret":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", (re)
  "bruger":"sb9",
  "begrundelse":"Klage",
  "data":{"part":"tilskadekomne",
  "afgoerelse_id":"AES-2025-000001-E2",
  "klage_id":"AES-2025-000001-K1"}}],
  "breve":[],
  "ydelser":[{"id":"AES-2025-000001-E2-Y1",
  "afgoerelse_id":"AES-2025-000001-E2",
  "art":"loebende_indtil_kapital",
  "fra":"2025-09-01",
  "til":"2026-03-01",
  "daekket_til":"2026-03-01",
  "beloeb_oere":10946969,
  "regulering":"fra_2024",
  "niveau_aar":2026,
  "betalertype":"forsikring",
  "betaler":"forsikringsselskab ikke oplyst",
  "andel":"1/1",
  "skattepligtig":true},{"id":"AES-2025-000001-E2-Y2",
  "afgoerelse_id":"AES-2025-000001-E2",
  "art":"kapital",
  "fra":"2026-03-02",
  "beloeb_oere":198310000,
  "regulering":"ingen",
  "betalertype":"forsikring",
  "betaler":"forsikringsselskab ikke oplyst",
  "andel":"1/1",
  "skattepligtig":false},{"id":"AES-2025-000001-M3-Y1",
  "afgoerelse_id":"AES-2025-000001-M3",
  "art":"men",
  "fra":"2026-03-05",
  "beloeb_oere":11035000,
  "regulering":"ingen",
  "niveau_aar":2026,
  "betalertype":"forsikring",
  "betaler":"forsikringsselskab ikke oplyst",
  "andel":"1/1",
  "skattepligtig":false}]}

Reassessment (genvurdering) needs an outcome (exit 1).
  $ ./s genvurder AES-2025-000001 --klage AES-2025-000001-K1 --dato 2026-04-01 --begrundelse x
  skadesag: /udfald: skal være fastholdt eller aendret
  [1]

Reassessed: kept (fastholdt).
  $ ./s genvurder AES-2025-000001 --klage AES-2025-000001-K1 --udfald fastholdt --dato 2026-04-01 --begrundelse Fastholdt
  Klage AES-2025-000001-K1 genvurderet: fastholdt

The worklist: send the appeal to Ankestyrelsen (the case's line names
Ankestyrelsen), due from the reassessment (01.04.2026), not from the
appeal's receipt (20.03.2026), so not overdue today (issue 10, item 7).
  $ ./s arbejdsliste --sagsbehandler sb9 --idag 2026-04-01
  Til behandling (først forfaldne først):
      01.04.2026  AES-2025-000001  sb9        Send klagen til Ankestyrelsen
  
  Venter på andre:
  

Sent to Ankestyrelsen.
  $ ./s ankestyrelsen AES-2025-000001 --klage AES-2025-000001-K1 --send --dato 2026-04-02 --begrundelse Sendt
  Klage AES-2025-000001-K1 sendt til Ankestyrelsen

Remittal (hjemvisning) creates a new case tied to the old one: "Hjemvist:
ny sag AES-2026-000001" ...
  $ ./s ankestyrelsen AES-2025-000001 --klage AES-2025-000001-K1 --udfald hjemvist --dato 2026-09-01 --begrundelse Hjemvist
  Hjemvist: ny sag AES-2026-000001

... which says "Hører til sag: AES-2025-000001" and, as only the loss
decision (E2) was remitted, keeps the recognition ("Anerkendelse:
anerkendt", issue 10 item 4) ...
  $ ./s vis AES-2026-000001 --idag 2026-09-01
  Sag AES-2026-000001 (ulykke, hjemvisning) — åben
  Tilskadekomne: 050679-9011   Team: T1   Sagsbehandler: sb9
  Skadedato: 10.02.2025   Anmeldt: 14.02.2025   Fristregler: fra 1.7.2024 (reform)
  Anerkendelse: anerkendt   Mén: uafgjort   Erhvervsevnetab: uafgjort
  Hører til sag: AES-2025-000001
  
  Frister:
  
  Opgaver:
    01.04.2027  Behandl sagen (servicemål, ingen lovbestemt frist)
  
  Historik:
      1  01.09.2026  oprettet                 sb9: Hjemvist
  

... and is listed with generation hjemvisning.
  $ ./s liste --idag 2026-09-01
  Sag              Type                     Generation  Status Team       Behandler  Anerkendelse  Næste frist
  AES-2026-000001  ulykke                   hjemvisning åben   T1         sb9        anerkendt     01.04.2027
  AES-2025-000001  ulykke                   førstegang  åben   T1         sb9        anerkendt     -
  2 sager

An appeal cannot be decided twice: a later date is refused ("klagen er
allerede afgjort af Ankestyrelsen", exit 1); further points of the same
decision come on the same date (sag_004.t).
  $ ./s ankestyrelsen AES-2025-000001 --klage AES-2025-000001-K1 --udfald stadfaestet --dato 2026-09-02 --begrundelse x
  skadesag: /klage_id: klagen er allerede afgjort af Ankestyrelsen
  [1]

Reopening with new information gives a second-time case AES-2026-000002
(andengang in the list).
  $ ./s genoptag AES-2025-000001 --nye-oplysninger 'Ny lægeerklæring' --dato 2026-10-01 --begrundelse Anmodning
  AES-2026-000002
  $ ./s liste --idag 2026-10-01
  Sag              Type                     Generation  Status Team       Behandler  Anerkendelse  Næste frist
  AES-2026-000002  ulykke                   andengang   åben   T1         sb9        anerkendt     01.05.2027
  AES-2026-000001  ulykke                   hjemvisning åben   T1         sb9        anerkendt     01.04.2027
  AES-2025-000001  ulykke                   førstegang  åben   T1         sb9        anerkendt     -
  3 sager


Export, import, verification, tampering.

Export gives the case as JSON: its events and the stored decision record
(input, result with trace, checksum of the tables, engine version, and the
clock time it was stored, a pattern). The strings holding the decision's
input and result are broken after each escaped ,\" and \n as well.
  $ ./s eksport AES-2025-000001 >e.json && sed 's/,"/,\n"/g; s/,\\"/,\n\\"/g; s/\\n/&\n/g' e.json
  {"format":"skadesag-sag/1",
  "id":"AES-2025-000001",
  "haendelser":[{"type":"oprettet",
  "dato":"2025-02-14",
  "bruger":"sb9",
  "begrundelse":"Sagen er modtaget",
  "data":{"sagstype":"ulykke",
  "generation":"foerstegang",
  "skadedato":"2025-02-10",
  "anmeldelsesdato":"2025-02-14",
  "cpr":"0506799011",
  "team":"T1",
  "sagsbehandler":"sb9"}},{"type":"anerkendt",
  "dato":"2025-04-01",
  "bruger":"sb9",
  "begrundelse":"Ulykke i arbejdstiden",
  "data":{"afgoerelse_id":"AES-2025-000001-A1"}},{"type":"erhvervsevnetab_afgjort",
  "dato":"2026-03-02",
  "bruger":"sb9",
  "begrundelse":"Tab fastsat",
  "data":{"afgoerelse_id":"AES-2025-000001-E2",
  "afgoerelse_hash":"[0-9a-f]{64}", (re)
  "afgoerelsestype":"endelig",
  "pct":30,
  "fra":"2025-09-01"}},{"type":"men_afgjort",
  "dato":"2026-03-05",
  "bruger":"sb9",
  "begrundelse":"Mén",
  "data":{"afgoerelse_id":"AES-2025-000001-M3",
  "pct":10}},{"type":"klage_modtaget",
  "dato":"2026-03-20",
  "bruger":"sb9",
  "begrundelse":"Klage",
  "data":{"part":"tilskadekomne",
  "afgoerelse_id":"AES-2025-000001-E2",
  "klage_id":"AES-2025-000001-K1"}},{"type":"genvurderet",
  "dato":"2026-04-01",
  "bruger":"sb9",
  "begrundelse":"Fastholdt",
  "data":{"klage_id":"AES-2025-000001-K1",
  "udfald":"fastholdt"}},{"type":"sendt_til_ankestyrelsen",
  "dato":"2026-04-02",
  "bruger":"sb9",
  "begrundelse":"Sendt",
  "data":{"klage_id":"AES-2025-000001-K1"}},{"type":"ankestyrelsen_afgjort",
  "dato":"2026-09-01",
  "bruger":"sb9",
  "begrundelse":"Hjemvist",
  "data":{"klage_id":"AES-2025-000001-K1",
  "udfald":"hjemvist",
  "ny_sag_id":"AES-2026-000001"}},{"type":"genoptagelse_anmodet",
  "dato":"2026-10-01",
  "bruger":"sb9",
  "begrundelse":"Anmodning",
  "data":{"ny_sag_id":"AES-2026-000002",
  "nye_oplysninger":"Ny lægeerklæring"}}],
  "afgoerelser":[{"id":"AES-2025-000001-E2",
  "fase":"erhvervsevnetab",
  "dato":"2026-03-02",
  "input":"{\n
    \"id\": \"eksempel-toemrer-2025\",\n
    \"kommentar\": \"Syntetisk eksempel. Tømrer kommer til skade i 2025 og må gå ned i tid; endelig afgørelse i 2026.\",\n
    \"skadetype\": \"ulykke\",\n
    \"skadedato\": \"2025-02-10\",\n
    \"anmeldelsesdato\": \"2025-02-14\",\n
    \"foedselsdato\": \"1979-06-05\",\n
    \"afgoerelsesdato\": \"2026-03-02\",\n
    \"afgoerelse\": \"endelig\",\n
    \"indkomstaar\": [\n
      { \"aar\": 2020, \"indkomst_oere\": 41000000 },\n
      { \"aar\": 2021, \"indkomst_oere\": 43500000 },\n
      { \"aar\": 2022, \"indkomst_oere\": 44800000 },\n
      { \"aar\": 2023, \"indkomst_oere\": 42000000 },\n
      { \"aar\": 2024, \"indkomst_oere\": 46000000 }\n
    ],\n
    \"erhvervsevnetab\": {\n
      \"grundlag\": \"indtaegtstab\",\n
      \"indtaegt_uden_skade_oere\": 48000000,\n
      \"indtaegt_med_skade_oere\": 33000000,\n
      \"situation\": \"ordinaer\",\n
      \"forslag_bekraeftet\": true\n
    },\n
    \"situation_dato\": \"2025-09-01\",\n
    \"vurdering\": {\n
      \"af\": \"Sagsbehandler 4711\",\n
      \"begrundelse\": \"Kan ikke længere arbejde med tunge løft over skulderhøjde; er gået ned til 30 timer om ugen som tømrer. Indtægtsnedgangen afspejler tabet.\"\n
    }\n
  }\n
  ",
  "resultat":"{\"regelsaet\":{\"noegledato\":\"2025-02-10\",
  \"noegledato_grundlag\":\"skadedato\",
  \"lov\":\"ASL 2003\",
  \"versioner\":[\"lov.asl-2003\",
  \"p17a.fra-2006-01-01\",
  \"tilkendelse.alle-afgoerelser-fra-2007-07\",
  \"ophoer.folkepensionsalder-fra-2007-07\",
  \"niveau.83pct-efter-am-bidrag-fra-2011\",
  \"tabsgitter.15-20-30-100-fra-2024-07\",
  \"aarsloen.bedste-af-5-aar-fra-2024-07\"],
  \"satser_checksum\":\"e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116\"},
  \"afgoerelse\":\"endelig\",
  \"erhvervsevnetab_beregnet\":\"31.2500\",
  \"erhvervsevnetab_beregnet_broek\":\"125/4\",
  \"erhvervsevnetab_forslag_pct\":30,
  \"erhvervsevnetab_samlet_pct\":30,
  \"erhvervsevnetab_efter_andel\":\"30.0000\",
  \"erhvervsevnetab_fastsat_pct\":30,
  \"erhvervsevnetab_pct\":30,
  \"ret_til_erstatning\":true,
  \"aarsloen_oere\":49672982,
  \"aarsloen_reguleret_oere\":52039680,
  \"aarlig_erstatning_foer_afrunding_oere\":11921250,
  \"aarlig_erstatning_oere\":11922000,
  \"maanedlig_erstatning_oere\":993500,
  \"udbetalingsform\":\"kapital\",
  \"kapitaliseret_pct\":30,
  \"kapitaliseringsfaktor\":\"16.635\",
  \"kapitalbeloeb_oere\":198310000,
  \"loebende_indtil\":\"2026-03-01\",
  \"tilkendelsesdato\":\"2025-09-01\",
  \"spor\":[{\"regel\":\"regelsaet\",
  \"kilde\":\"ASL (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.2, 2.6, 2.8 og 2.11\",
  \"art\":\"beregnet\",
  \"input\":{\"skadetype\":\"ulykke\"},
  \"resultat\":\"ASL 2003\",
  \"tekst\":\"Sagen afgøres efter de regler, der gælder for en ulykke sket 10.02.2025 (skadedatoen): lov om arbejdsskadesikring (2003).\"},{\"regel\":\"tab.indtaegtstab\",
  \"kilde\":\"ASL § 17, stk. 2 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), kapitel 3 (indledningen) og afsnit 3.3\",
  \"art\":\"beregnet\",
  \"input\":{\"indtaegt_uden_skade\":\"480.000,00 kr.\",
  \"indtaegt_med_skade\":\"330.000,00 kr.\"},
  \"resultat\":\"125/4\",
  \"tekst\":\"Indtægtsnedgangen: (480.000,00 kr. − 330.000,00 kr.) / 480.000,00 kr. × 100 = 31,25 %.\"},{\"regel\":\"tab.afrunding\",
  \"kilde\":\"ASL § 17, stk. 1 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023) (intervaller 15, 20, 30 … 100 %); afrundingsreglen er ikke fundet (åbent spørgsmål Q-01)\",
  \"art\":\"beregnet\",
  \"input\":{\"tab\":\"31,25 %\"},
  \"afrunding\":\"nærmeste af 15, 20, 30 … 100 %, midtpunkt op\",
  \"resultat\":\"30\",
  \"tekst\":\"31,25 % afrundes til 30 %.\"},{\"regel\":\"tab.forslag-bekraeftet\",
  \"kilde\":\"ASL § 17, stk. 2 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), kapitel 3 (indledningen)\",
  \"art\":\"vurderet\",
  \"resultat\":\"30\",
  \"tekst\":\"Sagsbehandleren har bekræftet forslaget: erhvervsevnetabet fastsættes til 30 %.\",
  \"vurderet_af\":\"Sagsbehandler 4711\",
  \"begrundelse\":\"Kan ikke længere arbejde med tunge løft over skulderhøjde; er gået ned til 30 timer om ugen som tømrer. Indtægtsnedgangen afspejler tabet.\"},{\"regel\":\"aarsloen.bedste-af-5-aar\",
  \"kilde\":\"ASL § 24, stk. 1 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); bekendtgørelse nr. 581 af 30. maj 2024 om fastsættelse af årsløn (opregulering)\",
  \"art\":\"beregnet\",
  \"input\":{\"aar\":\"2020: 410.000,00 kr. (i 2025-niveau 470.272,23 kr.)\",
  \"aar\":\"2021: 435.000,00 kr. (i 2025-niveau 487.446,81 kr.)\",
  \"aar\":\"2022: 448.000,00 kr. (i 2025-niveau 496.729,82 kr.)\",
  \"aar\":\"2023: 420.000,00 kr. (i 2025-niveau 451.428,57 kr.)\",
  \"aar_foer_skaden\":\"2024: 460.000,00 kr. (i 2025-niveau 478.157,89 kr.)\"},
  \"resultat\":\"49672982\",
  \"tekst\":\"Årslønnen er indtægten i det bedste af de 5 indtægtsår før skaden, 2022: 496.729,82 kr. (opreguleret til 2025-niveau).\"},{\"regel\":\"aarsloen.grundloen-og-regulering\",
  \"kilde\":\"ASL § 24, stk. 8, og § 25, stk. 2 og 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); bekendtgørelse nr. 1232 af 2018 om regulering pr. 1. januar 2019 efter lov om arbejdsskadesikring (https://www.retsinformation.dk/eli/lta/2018/1232) §§ 2-3 og de tilsvarende årlige reguleringsakter (åbent spørgsmål Q-03)\",
  \"art\":\"beregnet\",
  \"input\":{\"aarsloen\":\"496.729,82 kr. (2025)\"},
  \"parametre\":[{\"navn\":\"maks_aarsloen\",
  \"vaerdi\":\"632.000,00 kr. (2025)\",
  \"kilde\":\"satser.tsv linje 200: VEJ 9915/2024\"},{\"navn\":\"maks_aarsloen\",
  \"vaerdi\":\"608.000,00 kr. (2024)\",
  \"kilde\":\"satser.tsv linje 199: VEJ 9822/2023\"},{\"navn\":\"reguleringsprocent_erhvervsevnetab_kumuleret\",
  \"vaerdi\":\"8,9 % (2026)\",
  \"kilde\":\"satser.tsv linje 313: VEJ 10058/2025\"}],
  \"afrunding\":\"til hele øre, halv op\",
  \"resultat\":\"52039680\",
  \"tekst\":\"Erstatningen beregnes, som om skaden var sket på afgørelsestidspunktet: årslønnen 496.729,82 kr. omregnes til grundløn (× 608.000,00 kr. / 632.000,00 kr., den maksimale årsløn for 2025) og reguleres med 8,9 % (2026) til 520.396,80 kr.\"},{\"regel\":\"erstatning.aarlig\",
  \"kilde\":\"ASL § 17, stk. 6; § 24, stk. 3 (arbejdsmarkedsbidrag); § 25, stk. 5 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023)\",
  \"art\":\"beregnet\",
  \"input\":{\"aarsloen\":\"520.396,80 kr.\",
  \"procent\":\"30\"},
  \"afrunding\":\"op til nærmeste med 12 delelige kronebeløb (ASL § 25, stk. 5)\",
  \"resultat\":\"11922000\",
  \"tekst\":\"Den årlige erstatning er 520.396,80 kr. × 92 % × 83 % × 30 % = 119.212,50 kr., forhøjet til 119.220,00 kr. (9.935,00 kr. om måneden).\"},{\"regel\":\"tilkendelse.tab-paavist\",
  \"kilde\":\"ASL § 17, stk. 7 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.6\",
  \"art\":\"beregnet\",
  \"resultat\":\"01.09.2025\",
  \"tekst\":\"Udgangspunktet er den dato situationen indtrådte (vejledningen 2.6, L917-953): 01.09.2025.\"},{\"regel\":\"udbetaling.under-50-kapital\",
  \"kilde\":\"ASL § 27, stk. 1, 1. pkt. (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.8\",
  \"art\":\"beregnet\",
  \"tekst\":\"Endelig afgørelse under 50 %: erstatningen omsættes til et kapitalbeløb på afgørelsestidspunktet.\"},{\"regel\":\"kapitalisering.faktor\",
  \"kilde\":\"ASL § 27, stk. 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om omsætning af løbende erstatning til kapitalbeløb i 2026 i sager om arbejdsskader (VEJ nr. 10056 af 30. oktober 2025), tabel A\",
  \"art\":\"beregnet\",
  \"input\":{\"alder\":\"46 år og 8 måneder\",
  \"folkepensionsalder\":\"70 år og 0 måneder\"},
  \"parametre\":[{\"navn\":\"tabel\",
  \"vaerdi\":\"A\",
  \"kilde\":\"VEJ 10056/2025, tabel A (kapitalisering_acts.tsv linje 83)\"}],
  \"afrunding\":\"3 decimaler, halv op\",
  \"resultat\":\"16,635\",
  \"tekst\":\"Kapitaliseringsfaktoren efter VEJ 10056/2025, tabel A, for en alder af 46 år og 8 måneder er 16,635 (lineær interpolation mellem hele år (måned for måned)).\"},{\"regel\":\"kapitalisering.beloeb\",
  \"kilde\":\"ASL § 27, stk. 1 og 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023)\",
  \"art\":\"beregnet\",
  \"input\":{\"procent\":\"30\"},
  \"afrunding\":\"op til hele kroner\",
  \"resultat\":\"198310000\",
  \"tekst\":\"Den årlige erstatning for 30 % ganges med faktoren 16,635: kapitalbeløbet er 1.983.100,00 kr.\"},{\"regel\":\"udbetaling.loebende-indtil-kapital\",
  \"kilde\":\"Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.8 (L1147-1150) og 2.6 (L904-907); Ankestyrelsens principafgørelse 155-10\",
  \"art\":\"beregnet\",
  \"tekst\":\"Fra 01.09.2025 til og med 01.03.2026 udbetales løbende ydelse, indtil kapitalbeløbet får virkning.\"}]}",
  "satser_checksum":"e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116",
  "motor_version":"skadesag 0.1.0",
  "registreret":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"\}\]\} (re)

... import into an empty database gives the same case: exported again, the
same bytes.
  $ DB=u.db ./s import e.json
  AES-2025-000001
  $ DB=u.db ./s eksport AES-2025-000001 >e2.json && cmp e.json e2.json && echo identisk
  identisk

An imported decision is recomputed identically.
  $ DB=u.db ./s genberegn AES-2025-000001-E2
  identisk: afgørelse AES-2025-000001-E2 genberegnet byte for byte (7814 bytes, satser e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116)

Import of an existing case is refused (exit 1).
  $ ./s import e.json
  skadesag: /id: sagen findes allerede
  [1]

verificer: intact ("ok: N hændelser").
  $ ./s verificer
  ok: 11 hændelser, hashkæden og alle afgørelser er intakte

A changed event is detected ("hændelse nr. 3 ... hashkæden brydes", exit 1).
  $ cp t.db m.db && sqlite3 m.db "UPDATE haendelser SET begrundelse='x' WHERE seq=3"
  $ DB=m.db ./s verificer
  skadesag: hændelse nr. 3 i sag AES-2025-000001 er ændret: hashkæden brydes
  [1]

A changed decision is detected ("afgørelse ... E2", exit 1).
  $ cp t.db m2.db && sqlite3 m2.db "UPDATE afgoerelser SET resultat=replace(resultat,'30','31')"
  $ DB=m2.db ./s verificer
  skadesag: afgørelse AES-2025-000001-E2 er ændret
  [1]

No CPR number in the case list (JSON has "id" members, no 010180).
  $ ./s liste --idag 2026-10-01 --json | sed 's/,"/,\n"/g'
  [{"id":"AES-2026-000002",
  "type":"ulykke",
  "generation":"andengang",
  "status":"aaben",
  "team":"T1",
  "sagsbehandler":"sb9",
  "anerkendelse":"anerkendt",
  "men":"uafgjort",
  "erhvervsevnetab":"uafgjort",
  "naeste_forfald":"2027-05-01",
  "venter":false},{"id":"AES-2026-000001",
  "type":"ulykke",
  "generation":"hjemvisning",
  "status":"aaben",
  "team":"T1",
  "sagsbehandler":"sb9",
  "anerkendelse":"anerkendt",
  "men":"uafgjort",
  "erhvervsevnetab":"uafgjort",
  "naeste_forfald":"2027-04-01",
  "venter":false},{"id":"AES-2025-000001",
  "type":"ulykke",
  "generation":"foerstegang",
  "status":"aaben",
  "team":"T1",
  "sagsbehandler":"sb9",
  "anerkendelse":"anerkendt",
  "men":"afgjort",
  "erhvervsevnetab":"afgjort",
  "naeste_forfald":"",
  "venter":false}]
  $ ./s liste --idag 2026-10-01 --json | grep -c 010180
  0
  [1]
