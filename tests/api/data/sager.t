The case endpoints over HTTP, on the demo cases (skadesag sag demo) and
one case created here: a case from receipt through recognition, mén, a
loss decision through the engine, an appeal and Ankestyrelsen's remittal
(a new case); revision and reopening; export and import; the read log.
And who may do what: roles (a team lead may not decide, a citizen may not
list), team scope, the citizen's own case, an insurer's cases, CPR numbers
masked for team leads and insurers. Every folder is read as of a fixed
date (?idag=) and every change carries its own "dato", so nothing here
depends on today.

./api HVEM METODE STI [KROP] is tests/api/api: "HTTP <status>", a
Location header when there is one, then the body one JSON member per
line. HVEM is an account of the test database (sb101 caseworker in Team
Nord, jur1 jurist, tl1 team lead of Team Nord, led1 management, borger1 the
citizen with CPR 120380-9011, fs1 the insurer Demo Forsikring A/S), "-"
for nobody, or @sager/@beregn for an API token of that scope. .api/svar.b
is the last answer's body as sent.
  $ ln -s "$ROD/tests/api/api" api

The case list, newest first, has no personal data: no CPR number in any of
the twelve demo cases (grep -c counts 0 and exits 1).
  $ ./api jur1 GET '/api/sager?graense=2'
  HTTP 200
  [{"id":"AES-2026-000001",
  "type":"ulykke",
  "generation":"foerstegang",
  "status":"aaben",
  "team":"Team Nord",
  "sagsbehandler":"sb102",
  "anerkendelse":"uafgjort",
  "men":"uafgjort",
  "erhvervsevnetab":"uafgjort",
  "naeste_forfald":"2027-04-21",
  "venter":true},{"id":"AES-2026-000002",
  "type":"veteran",
  "generation":"foerstegang",
  "status":"aaben",
  "team":"Team Nord",
  "sagsbehandler":"sb101",
  "anerkendelse":"uafgjort",
  "men":"uafgjort",
  "erhvervsevnetab":"uafgjort",
  "naeste_forfald":"2026-10-02",
  "venter":true}]
  $ ./api jur1 GET /api/sager | grep -c cpr
  0
  [1]
  $ ./api jur1 GET /api/sager | grep -c '"id"'
  12

Filters: Team Syd's closed cases.
  $ ./api jur1 GET '/api/sager?team=Team%20Syd&status=lukket'
  HTTP 200
  [{"id":"AES-2019-000002",
  "type":"ulykke",
  "generation":"foerstegang",
  "status":"lukket",
  "team":"Team Syd",
  "sagsbehandler":"sb201",
  "anerkendelse":"afvist",
  "men":"uafgjort",
  "erhvervsevnetab":"uafgjort",
  "naeste_forfald":"",
  "venter":false}]

A caseworker of Team Nord creates a case (201, its id in the body and in
Location): the first case notified in 2025 after the demo's two. Its
insurer is another than the demo cases'.
  $ ./api sb101 POST /api/sager '{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-02-10","anmeldelsesdato":"2025-02-14","cpr":"0506799011","team":"Team Nord","sagsbehandler":"sb101","forsikring":"Anden Forsikring A/S","dato":"2025-02-14"}'
  HTTP 201
  Location: /api/sager/AES-2025-000003
  {"id":"AES-2025-000003"}

... but not one in Team Syd (403, the team scope).
  $ ./api sb101 POST /api/sager '{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-02-10","anmeldelsesdato":"2025-02-14","cpr":"0506799011","team":"Team Syd","sagsbehandler":"sb201","dato":"2025-02-14"}'
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"du kan kun oprette sager i dit eget team",
  "felt":"/team"}

The new case's folder as of 1.3.2025: the caseworker sees the full CPR
number, the reform's service target, the one event (recorded at the
clock's time: a pattern).
  $ ./api sb101 GET '/api/sager/AES-2025-000003?idag=2025-03-01'
  HTTP 200
  {"sag":{"id":"AES-2025-000003",
  "type":"ulykke",
  "generation":"foerstegang",
  "status":"aaben",
  "cpr":"050679-9011",
  "skadedato":"2025-02-10",
  "anmeldelsesdato":"2025-02-14",
  "modtaget_dato":"2025-02-14",
  "oprettet":"2025-02-14",
  "team":"Team Nord",
  "sagsbehandler":"sb101",
  "forsikring":"Anden Forsikring A/S",
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
  "bruger":"sb101",
  "begrundelse":"Sagen er modtaget",
  "data":{"sagstype":"ulykke",
  "generation":"foerstegang",
  "skadedato":"2025-02-10",
  "anmeldelsesdato":"2025-02-14",
  "cpr":"0506799011",
  "forsikring":"Anden Forsikring A/S",
  "team":"Team Nord",
  "sagsbehandler":"sb101"}}],
  "breve":[],
  "ydelser":[]}

An unknown case is 404 naming /sag_id; a malformed date in ?idag= is 422.
  $ ./api sb101 GET '/api/sager/AES-2025-999999?idag=2025-03-01'
  HTTP 404
  {"type":"about:blank",
  "title":"Findes ikke",
  "status":404,
  "detail":"sagen findes ikke",
  "felt":"/sag_id"}
  $ ./api sb101 GET '/api/sager/AES-2025-000003?idag=1.3.2025'
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"skal være en dato (DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD)",
  "felt":"/idag"}

Recognition (201, decision A1), then mén 10 % (M2): decisions are numbered in the case.
  $ ./api sb101 POST /api/sager/AES-2025-000003/afgoerelser '{"fase":"anerkendelse","resultat":"anerkendt","dato":"2025-04-01","begrundelse":"Ulykke under arbejdet"}'
  HTTP 201
  {"afgoerelse_id":"AES-2025-000003-A1",
  "fase":"anerkendelse"}
  $ ./api sb101 POST /api/sager/AES-2025-000003/afgoerelser '{"fase":"men","pct":10,"dato":"2025-09-01","begrundelse":"Skulderskade"}'
  HTTP 201
  {"afgoerelse_id":"AES-2025-000003-M2",
  "fase":"men",
  "pct":10}

Refusals store nothing. A percentage over 120 is 422 naming /pct; an
unknown member is 422 naming it; a body that is not JSON is 400.
  $ ./api sb101 POST /api/sager/AES-2025-000003/afgoerelser '{"fase":"men","pct":121,"dato":"2025-09-01","begrundelse":"x"}'
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"skal være et heltal 0-120",
  "felt":"/pct"}
  $ ./api sb101 POST /api/sager/AES-2025-000003/afgoerelser '{"fase":"men","pct":10,"dato":"2025-09-01","begrundelse":"x","procent":10}'
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"ukendt felt",
  "felt":"/procent"}
  $ ./api sb101 POST /api/sager/AES-2025-000003/afgoerelser '{"fase":"men","pct":10'
  HTTP 400
  {"type":"about:blank",
  "title":"Forespørgslen kan ikke læses",
  "status":400,
  "detail":"ugyldig JSON (linje 1, kolonne 22)"}

A decision the case's state does not allow is 409: mén before the injury
is recognised (AES-2026-000002, a veteran case waiting on the Armed
Forces), and any decision on a closed case (AES-2024-000001).
  $ ./api sb101 POST /api/sager/AES-2026-000002/afgoerelser '{"fase":"men","pct":10,"dato":"2026-04-01","begrundelse":"x"}'
  HTTP 409
  {"type":"about:blank",
  "title":"Kan ikke lade sig gøre i sagens tilstand",
  "status":409,
  "detail":"mén kan først afgøres, når skaden er anerkendt",
  "felt":"/type"}
  $ ./api jur1 POST /api/sager/AES-2024-000001/afgoerelser '{"fase":"anerkendelse","resultat":"afvist","dato":"2025-06-01","begrundelse":"x"}'
  HTTP 409
  {"type":"about:blank",
  "title":"Kan ikke lade sig gøre i sagens tilstand",
  "status":409,
  "detail":"sagen er lukket",
  "felt":"/type"}

The case has 3 events, as before the refusals.
  $ ./api sb101 GET '/api/sager/AES-2025-000003?idag=2025-09-02' | grep -c '"nr":'
  3

A loss of earning capacity goes through the engine: the input is the
example examples/toemrer_2025.json (the same injury and dates). The answer
has the decision's id, 30 % and the engine's result with its trace; the
capital sum is 198276500 øre, as `skadesag beregn` gives it.
  $ printf '{"fase":"erhvervsevnetab","dato":"2026-03-02","begrundelse":"Tab af erhvervsevne","beregning":%s}' "$(cat "$ROD/examples/toemrer_2025.json")" >tab.json
  $ ./api sb101 POST /api/sager/AES-2025-000003/afgoerelser @tab.json | sed -n '1,4p'
  HTTP 201
  {"afgoerelse_id":"AES-2025-000003-E3",
  "fase":"erhvervsevnetab",
  "pct":30,
  $ grep -o '"kapitalbeloeb_oere":[0-9]*' .api/svar.b
  "kapitalbeloeb_oere":198310000
  $ $SKADESAG beregn "$ROD/examples/toemrer_2025.json" | grep -o '"kapitalbeloeb_oere":[0-9]*'
  "kapitalbeloeb_oere":198310000

The stored decision recomputes to the same bytes (genberegning).
  $ ./api jur1 GET /api/afgoerelser/AES-2025-000003-E3/genberegning
  HTTP 200
  {"afgoerelse_id":"AES-2025-000003-E3",
  "identisk":true,
  "bytes":7814,
  "satser_ved":"e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116",
  "satser_nu":"e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116"}

An appeal of the loss decision (201, K1); the reassessment keeps it (200);
it is sent to Ankestyrelsen (200) ...
  $ ./api sb101 POST /api/sager/AES-2025-000003/klager '{"afgoerelse_id":"AES-2025-000003-E3","part":"tilskadekomne","dato":"2026-03-20","begrundelse":"Klage over procenten"}'
  HTTP 201
  {"id":"AES-2025-000003-K1"}
  $ ./api sb101 POST /api/sager/AES-2025-000003/klager/AES-2025-000003-K1/genvurdering '{"udfald":"fastholdt","dato":"2026-04-01","begrundelse":"Afgørelsen fastholdes"}'
  HTTP 200
  {"klage_id":"AES-2025-000003-K1"}
  $ ./api sb101 POST /api/sager/AES-2025-000003/klager/AES-2025-000003-K1/ankestyrelsen '{"send":true,"dato":"2026-04-02","begrundelse":"Sendt til Ankestyrelsen"}'
  HTTP 200
  {"klage_id":"AES-2025-000003-K1"}

... which remits it: a new case is opened (201, ny_sag_id and Location; a
hjemvisning, the first case after the demo's two of 2026), linked to the
case it came from.
  $ ./api sb101 POST /api/sager/AES-2025-000003/klager/AES-2025-000003-K1/ankestyrelsen '{"udfald":"hjemvist","dato":"2026-09-01","begrundelse":"Hjemvist"}'
  HTTP 201
  Location: /api/sager/AES-2026-000003
  {"ny_sag_id":"AES-2026-000003"}
  $ ./api sb101 GET '/api/sager/AES-2026-000003?idag=2026-09-02' | sed -n '1,/forrige_sag_id/p'
  HTTP 200
  {"sag":{"id":"AES-2026-000003",
  "type":"ulykke",
  "generation":"hjemvisning",
  "forrige_sag_id":"AES-2025-000003",

Revision of the demo's temporary loss decision on AES-2023-000001 (201, a
new linked case in 2026), and a § 42 request to reopen the closed
AES-2024-000001 (201, a new case in 2025, the year of the request).
  $ ./api sb101 POST /api/sager/AES-2023-000001/revision '{"dato":"2026-12-01","begrundelse":"Revision af den midlertidige afgørelse"}'
  HTTP 201
  Location: /api/sager/AES-2026-000004
  {"ny_sag_id":"AES-2026-000004"}
  $ ./api jur1 POST /api/sager/AES-2024-000001/genoptagelse '{"dato":"2025-06-01","begrundelse":"Anmodning om genoptagelse","nye_oplysninger":"Ny lægeerklæring"}'
  HTTP 201
  Location: /api/sager/AES-2025-000004
  {"ny_sag_id":"AES-2025-000004"}

A plain event: a request for information from a doctor (201).
  $ ./api sb101 POST /api/sager/AES-2025-000003/haendelser '{"type":"oplysninger_anmodet","anmodning_id":"L1","part":"laege","dato":"2026-09-10","begrundelse":"Speciallægeerklæring"}'
  HTTP 201
  {"sag_id":"AES-2025-000003"}
  $ ./api sb101 POST /api/sager/AES-2025-000003/haendelser '{"type":"oplysninger_anmodet","anmodning_id":"L1","part":"laege","dato":"2026-09-11","begrundelse":"Igen"}'
  HTTP 409
  {"type":"about:blank",
  "title":"Kan ikke lade sig gøre i sagens tilstand",
  "status":409,
  "detail":"anmodningen findes allerede",
  "felt":"/anmodning_id"}

An API token with the scope "sager" acts as its account (sb101) and needs
no CSRF token (there is no cookie to ride on): it may create a case (201).
A token with only "beregn" may not list cases (403, /scope).
  $ ./api @sager POST /api/sager '{"sagstype":"erhvervssygdom","generation":"foerstegang","skadedato":"2024-10-01","anmeldelsesdato":"2025-03-03","cpr":"0506799011","team":"Team Nord","sagsbehandler":"sb101","dato":"2025-03-03"}'
  HTTP 201
  Location: /api/sager/AES-2025-000005
  {"id":"AES-2025-000005"}
  $ ./api @beregn GET /api/sager
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"API-nøglen gælder ikke her",
  "felt":"/scope"}

Team scope: the caseworker of Team Nord may not read a Team Syd case
(403, "sagen hører til et andet team") ...
  $ ./api sb101 GET '/api/sager/AES-2022-000001?idag=2025-06-01'
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"sagen hører til et andet team",
  "felt":"/sag_id"}

... nor may Team Nord's team lead.
  $ ./api tl1 GET '/api/sager/AES-2022-000001?idag=2025-06-01&grund=tilsyn'
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"sagen hører til et andet team",
  "felt":"/sag_id"}

The team lead reads a Team Nord case with the CPR number masked:
"cpr":"120380-XXXX", and 9011 appears nowhere in the answer.
  $ ./api tl1 GET '/api/sager/AES-2024-000001?idag=2025-06-01&grund=tilsyn' | grep '"cpr"'
  "cpr":"120380-XXXX",
  $ grep -c 9011 .api/svar.b
  0
  [1]

The team lead may not change a case: a decision is 403 naming /rolle, and
so is an event; nor may a team lead export.
  $ ./api tl1 POST /api/sager/AES-2023-000001/afgoerelser '{"fase":"men","pct":20,"dato":"2025-06-01","begrundelse":"x"}'
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"rollen 'teamleder' må ikke træffe afgørelser",
  "felt":"/rolle"}
  $ ./api tl1 POST /api/sager/AES-2023-000001/haendelser '{"type":"afventer_ekstern","dato":"2025-06-01","begrundelse":"x"}'
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"rollen 'teamleder' må ikke tilføje hændelser",
  "felt":"/rolle"}
  $ ./api tl1 GET /api/sager/AES-2023-000001/eksport
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"rollen 'teamleder' må ikke eksportere sager",
  "felt":"/rolle"}

The citizen reads their own case in full, their own CPR number included
(the whole folder, as of 1.6.2025; the reopening request above is there).
When each event was recorded is the clock's, and so is the hash of the
stored loss decision, which covers its record's time: patterns. The
folder ends with "ydelser" (issue 14): mén decision M2's godtgørelse (10 × 10.135 kr., men_pr_grad 2024, Q-69), the capital decision E3's interim
running payment from 01.10.2024 to the day before the decision (til
2025-01-19), taxable, and the capital sum on the decision day 2025-01-20,
tax-free, both paid by the case's insurer (guidance 2.8, 2.10).
  $ ./api borger1 GET '/api/sager/AES-2024-000001?idag=2025-06-01&grund=indsigt'
  HTTP 200
  {"sag":{"id":"AES-2024-000001",
  "type":"ulykke",
  "generation":"foerstegang",
  "status":"lukket",
  "cpr":"120380-9011",
  "skadedato":"2024-02-12",
  "anmeldelsesdato":"2024-02-20",
  "modtaget_dato":"2024-02-20",
  "oprettet":"2024-02-20",
  "lukket":"2025-01-21",
  "team":"Team Nord",
  "sagsbehandler":"sb101",
  "forsikring":"Demo Forsikring A/S",
  "anerkendelse":"anerkendt",
  "men":"afgjort",
  "men_pct":10,
  "erhvervsevnetab":"afgjort",
  "erhvervsevnetab_pct":30,
  "esu_forelagt":false,
  "venter_ekstern":false,
  "afgoerelser":[{"id":"AES-2024-000001-A1",
  "fase":"anerkendelse",
  "dato":"2024-04-15",
  "type":"endelig",
  "pct":0},{"id":"AES-2024-000001-M2",
  "fase":"men",
  "dato":"2024-09-02",
  "type":"endelig",
  "pct":10},{"id":"AES-2024-000001-E3",
  "fase":"erhvervsevnetab",
  "dato":"2025-01-20",
  "type":"endelig",
  "pct":30,
  "fra":"2024-10-01"}],
  "klager":[],
  "antal_haendelser":6},
  "fristregime":"ny_lov",
  "idag":"2025-06-01",
  "frister":[{"navn":"3 måneders frist for anerkendelse eller afvisning",
  "hjemmel":"ASL § 16 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 550 af 7. maj 2019; fra 1.1.2020 også anerkendelser); Arbejdsmarkedets Erhvervssikring, bestyrelsens beretning for 2020, om de lovbestemte frister",
  "start":"2024-02-20",
  "forfald":"2024-05-21",
  "status":"opfyldt",
  "opfyldt":"2024-04-15",
  "aes":true},{"navn":"1 års frist for afgørelse",
  "hjemmel":"ASL § 16, stk. 1 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.7 (L1043-1045)",
  "start":"2024-02-20",
  "forfald":"2025-02-20",
  "status":"opfyldt",
  "opfyldt":"2025-01-20",
  "aes":true},{"navn":"klagefrist (4 uger)",
  "hjemmel":"Klagefrist 4 uger: ASL § 44, stk. 3, 1. pkt. (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring), som Arbejdsmarkedets Erhvervssikring gengiver den (ordlyden er ikke gennemgået, se docs/rules_map.md Q-14); fristen regnes fra den første hverdag efter datoen på afgørelsen (Digital Post), og en frist på en lørdag, søndag eller helligdag forlænges til første hverdag derefter: Arbejdsmarkedets Erhvervssikring, \"Klagemuligheder\" (https://www.aes.dk/sagsforloeb/klage)",
  "start":"2024-04-15",
  "forfald":"2024-05-14",
  "status":"bortfaldet",
  "aes":false,
  "ref":"AES-2024-000001-A1"},{"navn":"klagefrist (4 uger)",
  "hjemmel":"Klagefrist 4 uger: ASL § 44, stk. 3, 1. pkt. (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring), som Arbejdsmarkedets Erhvervssikring gengiver den (ordlyden er ikke gennemgået, se docs/rules_map.md Q-14); fristen regnes fra den første hverdag efter datoen på afgørelsen (Digital Post), og en frist på en lørdag, søndag eller helligdag forlænges til første hverdag derefter: Arbejdsmarkedets Erhvervssikring, \"Klagemuligheder\" (https://www.aes.dk/sagsforloeb/klage)",
  "start":"2024-09-02",
  "forfald":"2024-10-01",
  "status":"bortfaldet",
  "aes":false,
  "ref":"AES-2024-000001-M2"},{"navn":"klagefrist (4 uger)",
  "hjemmel":"Klagefrist 4 uger: ASL § 44, stk. 3, 1. pkt. (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring), som Arbejdsmarkedets Erhvervssikring gengiver den (ordlyden er ikke gennemgået, se docs/rules_map.md Q-14); fristen regnes fra den første hverdag efter datoen på afgørelsen (Digital Post), og en frist på en lørdag, søndag eller helligdag forlænges til første hverdag derefter: Arbejdsmarkedets Erhvervssikring, \"Klagemuligheder\" (https://www.aes.dk/sagsforloeb/klage)",
  "start":"2025-01-20",
  "forfald":"2025-02-18",
  "status":"bortfaldet",
  "aes":false,
  "ref":"AES-2024-000001-E3"},{"navn":"5 års grænse for genoptagelse",
  "hjemmel":"ASL § 42 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring; ordlyden er ikke gennemgået, se docs/rules_map.md Q-15); Ankestyrelsen, \"Genoptagelse efter arbejdsskadeloven\" (https://ast.dk/arbejdsskade/hvad-handler-klagen-om/genoptagelse/genoptagelse-efter-arbejdsskadeloven) (fristen løber fra den første egentlige afgørelse)",
  "start":"2024-09-02",
  "forfald":"2029-09-02",
  "status":"aaben",
  "aes":false}],
  "opgaver":[],
  "haendelser":[{"nr":1,
  "type":"oprettet",
  "dato":"2024-02-20",
  "registreret":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", (re)
  "bruger":"demo",
  "begrundelse":"Anmeldelsen er modtaget (demo)",
  "data":{"sagstype":"ulykke",
  "generation":"foerstegang",
  "skadedato":"2024-02-12",
  "anmeldelsesdato":"2024-02-20",
  "cpr":"120380-9011",
  "arbejdsgiver_cvr":"12345678",
  "forsikring":"Demo Forsikring A/S",
  "team":"Team Nord",
  "sagsbehandler":"sb101"}},{"nr":2,
  "type":"anerkendt",
  "dato":"2024-04-15",
  "registreret":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", (re)
  "bruger":"demo",
  "begrundelse":"Afgørelse truffet (demo)",
  "data":{"afgoerelse_id":"AES-2024-000001-A1"}},{"nr":3,
  "type":"men_afgjort",
  "dato":"2024-09-02",
  "registreret":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", (re)
  "bruger":"demo",
  "begrundelse":"Afgørelse truffet (demo)",
  "data":{"afgoerelse_id":"AES-2024-000001-M2",
  "pct":10}},{"nr":4,
  "type":"erhvervsevnetab_afgjort",
  "dato":"2025-01-20",
  "registreret":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", (re)
  "bruger":"demo",
  "begrundelse":"Afgørelse om erhvervsevnetab (demo)",
  "data":{"afgoerelse_id":"AES-2024-000001-E3",
  "afgoerelse_hash":"[0-9a-f]{64}", (re)
  "afgoerelsestype":"endelig",
  "pct":30,
  "fra":"2024-10-01"}},{"nr":5,
  "type":"lukket",
  "dato":"2025-01-21",
  "registreret":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", (re)
  "bruger":"demo",
  "begrundelse":"Sagen er afsluttet",
  "data":{}},{"nr":6,
  "type":"genoptagelse_anmodet",
  "dato":"2025-06-01",
  "registreret":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", (re)
  "bruger":"jur1",
  "begrundelse":"Anmodning om genoptagelse",
  "data":{"ny_sag_id":"AES-2025-000004",
  "nye_oplysninger":"Ny lægeerklæring"}}],
  "breve":[],
  "ydelser":[{"id":"AES-2024-000001-M2-Y1",
  "afgoerelse_id":"AES-2024-000001-M2",
  "art":"men",
  "fra":"2024-09-02",
  "beloeb_oere":10135000,
  "regulering":"ingen",
  "niveau_aar":2024,
  "betalertype":"forsikring",
  "betaler":"Demo Forsikring A/S",
  "andel":"1/1",
  "skattepligtig":false},{"id":"AES-2024-000001-E3-Y1",
  "afgoerelse_id":"AES-2024-000001-E3",
  "art":"loebende_indtil_kapital",
  "fra":"2024-10-01",
  "til":"2025-01-19",
  "daekket_til":"2025-01-19",
  "beloeb_oere":5738492,
  "regulering":"foer_2024",
  "niveau_aar":2025,
  "betalertype":"forsikring",
  "betaler":"Demo Forsikring A/S",
  "andel":"1/1",
  "skattepligtig":true},{"id":"AES-2024-000001-E3-Y2",
  "afgoerelse_id":"AES-2024-000001-E3",
  "art":"kapital",
  "fra":"2025-01-20",
  "beloeb_oere":167991400,
  "regulering":"ingen",
  "betalertype":"forsikring",
  "betaler":"Demo Forsikring A/S",
  "andel":"1/1",
  "skattepligtig":false}]}

The citizen may not read another person's case, and gets the same answer as
for a case that does not exist (404, the same text: trying numbers tells
nothing about other people's cases), nor list cases (403, /rolle).
  $ ./api borger1 GET '/api/sager/AES-2023-000001?idag=2025-06-01'
  HTTP 404
  {"type":"about:blank",
  "title":"Findes ikke",
  "status":404,
  "detail":"Vi har ingen sag med det nummer, som handler om dig.",
  "felt":"/sag_id"}
  $ ./api borger1 GET '/api/sager/AES-2099-999999?idag=2025-06-01'
  HTTP 404
  {"type":"about:blank",
  "title":"Findes ikke",
  "status":404,
  "detail":"Vi har ingen sag med det nummer, som handler om dig.",
  "felt":"/sag_id"}
  $ ./api borger1 GET /api/sager
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"Som borger kan du se dine egne sager, men du kan ikke se sagslister.",
  "felt":"/rolle"}

The insurer reads a case where it is the insurer, the CPR number masked
...
  $ ./api fs1 GET '/api/sager/AES-2024-000001?idag=2025-06-01&grund=forsikring' | grep -e '"cpr"' -e '"forsikring":'
  "cpr":"120380-XXXX",
  "forsikring":"Demo Forsikring A/S",

... but not the case created above with another insurer (403).
  $ ./api fs1 GET '/api/sager/AES-2025-000003?idag=2025-06-01'
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"sagen har et andet forsikringsselskab",
  "felt":"/sag_id"}

The read log of AES-2024-000001 lists every API read above with who, role
and why ("grund", from ?grund=), oldest first (the time is the clock's,
hence the pattern): the team lead's, the citizen's and the insurer's.
  $ ./api jur1 GET /api/sager/AES-2024-000001/laesninger
  HTTP 200
  \[\{"tidspunkt":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", (re)
  "bruger":"tl1",
  "rolle":"teamleder",
  "grund":"tilsyn"\},\{"tidspunkt":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", (re)
  "bruger":"borger1",
  "rolle":"borger",
  "grund":"indsigt"\},\{"tidspunkt":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", (re)
  "bruger":"fs1",
  "rolle":"forsikring",
  "grund":"forsikring"}]

A refused read is not a read: AES-2022-000001 (Team Syd), which the
caseworker and the team lead of Team Nord were refused above, has an
empty read log. Reading a log is not itself a read of the case (the log
of AES-2024-000001 above is unchanged by it), and the citizen may not read
one (403).
  $ ./api jur1 GET /api/sager/AES-2022-000001/laesninger
  HTTP 200
  []
  $ ./api jur1 GET /api/sager/AES-2024-000001/laesninger | grep -c '"bruger"'
  3
  $ ./api borger1 GET /api/sager/AES-2024-000001/laesninger
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"Som borger kan du se dine egne sager, men du kan ikke se læseloggen.",
  "felt":"/rolle"}

Export (200) gives "skadesag-sag/1" with every event; importing it into
the same database is 409: the case exists.
  $ ./api sb101 GET /api/sager/AES-2025-000003/eksport | sed -n '1,4p'
  HTTP 200
  {"format":"skadesag-sag/1",
  "id":"AES-2025-000003",
  "haendelser":[{"type":"oprettet",
  $ cp .api/svar.b eksport.json
  $ ./api jur1 POST /api/import @eksport.json
  HTTP 409
  {"type":"about:blank",
  "title":"Kan ikke lade sig gøre i sagens tilstand",
  "status":409,
  "detail":"sagen findes allerede",
  "felt":"/id"}

A case exported from another database (made here with the command line)
imports (201, Location names it) and reads back with its one event.
  $ cat >anden.json <<'EOF'
  > {"sagstype":"ulykke","generation":"foerstegang","skadedato":"2018-05-02",
  >  "anmeldelsesdato":"2018-05-07","cpr":"0506799011","team":"Team Nord",
  >  "sagsbehandler":"sb101","dato":"2018-05-07"}
  > EOF
  $ SKADESAG_BRUGER=sb101 $SKADESAG sag --db anden.db opret anden.json
  AES-2018-000001
  $ SKADESAG_BRUGER=sb101 $SKADESAG sag --db anden.db eksport AES-2018-000001 >import.json
  $ ./api jur1 POST /api/import @import.json
  HTTP 201
  Location: /api/sager/AES-2018-000001
  {"id":"AES-2018-000001"}
  $ ./api jur1 GET '/api/sager/AES-2018-000001?idag=2018-06-01' | grep -e '"id"' -e '"antal_haendelser"'
  {"sag":{"id":"AES-2018-000001",
  "antal_haendelser":1},

The worklist of Team Nord as of 1.6.2025 (at most 3 of each kind). A
caseworker may see only their own team's (403); for the jurist, who has
all teams, a team or a caseworker must be given (422).
  $ ./api sb101 GET '/api/arbejdsliste?team=Team%20Nord&idag=2025-06-01&graense=3'
  HTTP 200
  {"til_behandling":[{"sag_id":"AES-2018-000001",
  "art":"afgoer",
  "forfald":"2018-08-07",
  "tekst":"Afgør anerkendelsesspørgsmålet",
  "sagsbehandler":"sb101",
  "overskredet":true},{"sag_id":"AES-2018-000001",
  "art":"afgoer",
  "forfald":"2019-05-07",
  "tekst":"Træf afgørelse i sagen",
  "sagsbehandler":"sb101",
  "overskredet":true},{"sag_id":"AES-2025-000005",
  "art":"servicemaal",
  "forfald":"2025-10-03",
  "tekst":"Behandl sagen (servicemål, ingen lovbestemt frist)",
  "sagsbehandler":"sb101",
  "overskredet":false}],
  "venter_paa_andre":[{"sag_id":"AES-2026-000002",
  "art":"afventer",
  "forfald":"2026-03-10",
  "tekst":"Afventer en ekstern part",
  "sagsbehandler":"sb101",
  "overskredet":false},{"sag_id":"AES-2025-000003",
  "art":"svar",
  "forfald":"2026-09-24",
  "tekst":"Afventer svar fra lægen; ryk ved fristens udløb",
  "sagsbehandler":"sb101",
  "overskredet":false},{"sag_id":"AES-2026-000001",
  "art":"svar",
  "forfald":"2026-11-16",
  "tekst":"Afventer svar fra forsikringsselskabet; ryk ved fristens udløb",
  "sagsbehandler":"sb102",
  "overskredet":false}]}
  $ ./api sb101 GET '/api/arbejdsliste?team=Team%20Syd&idag=2025-06-01'
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"du kan kun se dit eget teams arbejdsliste",
  "felt":"/team"}
  $ ./api jur1 GET '/api/arbejdsliste?idag=2025-06-01'
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"angiv enten et team eller en sagsbehandler",
  "felt":"/team"}

The worklist's filters (issue 12), the web UI's, applied by the use case:
the due date's period (either date form, both days included), status
(overskredet, i_tide: tasks only; venter: only what waits on others),
case type and free text (case number, task, caseworker; ASCII letters in
any case). The whole list of Team Nord as of 1.6.2025 first, with the
fields the filters look at; then filtered, each answer the lines of the
whole list that pass.
  $ ./api sb101 GET '/api/arbejdsliste?team=Team%20Nord&idag=2025-06-01&graense=100' | grep -e sag_id -e forfald -e sagsbehandler -e overskredet -e venter_paa
  {"til_behandling":[{"sag_id":"AES-2018-000001",
  "forfald":"2018-08-07",
  "sagsbehandler":"sb101",
  "overskredet":true},{"sag_id":"AES-2018-000001",
  "forfald":"2019-05-07",
  "sagsbehandler":"sb101",
  "overskredet":true},{"sag_id":"AES-2025-000005",
  "forfald":"2025-10-03",
  "sagsbehandler":"sb101",
  "overskredet":false},{"sag_id":"AES-2025-000004",
  "forfald":"2026-01-01",
  "sagsbehandler":"sb101",
  "overskredet":false},{"sag_id":"AES-2025-000001",
  "forfald":"2026-04-01",
  "sagsbehandler":"sb102",
  "overskredet":false},{"sag_id":"AES-2026-000002",
  "forfald":"2026-10-02",
  "sagsbehandler":"sb101",
  "overskredet":false},{"sag_id":"AES-2026-000003",
  "forfald":"2027-04-01",
  "sagsbehandler":"sb101",
  "overskredet":false},{"sag_id":"AES-2026-000001",
  "forfald":"2027-04-21",
  "sagsbehandler":"sb102",
  "overskredet":false},{"sag_id":"AES-2026-000004",
  "forfald":"2027-07-01",
  "sagsbehandler":"sb101",
  "overskredet":false}],
  "venter_paa_andre":[{"sag_id":"AES-2026-000002",
  "forfald":"2026-03-10",
  "sagsbehandler":"sb101",
  "overskredet":false},{"sag_id":"AES-2025-000003",
  "forfald":"2026-09-24",
  "sagsbehandler":"sb101",
  "overskredet":false},{"sag_id":"AES-2026-000001",
  "forfald":"2026-11-16",
  "sagsbehandler":"sb102",
  "overskredet":false}]}
  $ ./api sb101 GET '/api/arbejdsliste?team=Team%20Nord&idag=2025-06-01&status=overskredet&type=ulykke' | grep -e sag_id -e forfald -e overskredet -e venter_paa
  {"til_behandling":[{"sag_id":"AES-2018-000001",
  "forfald":"2018-08-07",
  "overskredet":true},{"sag_id":"AES-2018-000001",
  "forfald":"2019-05-07",
  "overskredet":true}],
  "venter_paa_andre":[]}
  $ ./api sb101 GET '/api/arbejdsliste?team=Team%20Nord&idag=2025-06-01&status=i_tide&fra=01.10.2025&til=2025-12-31' | grep -e sag_id -e forfald -e overskredet -e venter_paa
  {"til_behandling":[{"sag_id":"AES-2025-000005",
  "forfald":"2025-10-03",
  "overskredet":false}],
  "venter_paa_andre":[]}
  $ ./api sb101 GET '/api/arbejdsliste?team=Team%20Nord&idag=2025-06-01&status=venter&q=SB102' | grep -e til_behandling -e sag_id -e forfald -e sagsbehandler -e venter_paa
  {"til_behandling":[],
  "venter_paa_andre":[{"sag_id":"AES-2026-000001",
  "forfald":"2026-11-16",
  "sagsbehandler":"sb102",
  $ ./api sb101 GET '/api/arbejdsliste?team=Team%20Nord&idag=2025-06-01&q=2018-000001'
  HTTP 200
  {"til_behandling":[{"sag_id":"AES-2018-000001",
  "art":"afgoer",
  "forfald":"2018-08-07",
  "tekst":"Afgør anerkendelsesspørgsmålet",
  "sagsbehandler":"sb101",
  "overskredet":true},{"sag_id":"AES-2018-000001",
  "art":"afgoer",
  "forfald":"2019-05-07",
  "tekst":"Træf afgørelse i sagen",
  "sagsbehandler":"sb101",
  "overskredet":true}],
  "venter_paa_andre":[]}
  $ ./api sb101 GET '/api/arbejdsliste?team=Team%20Nord&status=snart'
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"skal være overskredet, i_tide eller venter",
  "felt":"/status"}
  $ ./api sb101 GET '/api/arbejdsliste?team=Team%20Nord&type=bil'
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"ukendt sagstype",
  "felt":"/type"}
  $ ./api sb101 GET '/api/arbejdsliste?team=Team%20Nord&fra=31.02.2025'
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"skal være en dato (DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD)",
  "felt":"/fra"}
  $ ./api sb101 GET '/api/arbejdsliste?team=Team%20Nord&fra=2025-02-01&til=2025-01-31'
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"perioden slutter, før den begynder",
  "felt":"/til"}

After all of this, the database verifies: every hash chain, anchor and
decision record.
  $ ./api jur1 GET /api/verificering
  HTTP 200
  {"ok":true,
  "haendelser":51}
