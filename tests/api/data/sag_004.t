Source 004 (Ankestyrelsen, principmeddelelse 19-21) over HTTP: the same
course as tests/cli/data/sag_004.t (which says which facts are the
source's and which are made up), as caseworker sb101 on the API test
database: the appeal of the insurer joined by the lawyer, Ankestyrelsen's
outcome per decision point with an instruction, and the temporary loss
decided afterwards for the period before the final award. Dates in
requests are typed both ways.
  $ ln -s "$ROD/tests/api/api" api
  $ cat >e.json <<'EOF2'
  > {"skadetype":"ulykke","skadedato":"2015-03-02","anmeldelsesdato":"2015-03-10",
  >  "foedselsdato":"1960-06-15","afgoerelsesdato":"2019-04-01","afgoerelse":"endelig",
  >  "aarsloen_oere":49800000,
  >  "erhvervsevnetab":{"grundlag":"skoen","skoen_pct":90,"situation":"foertidspension"},
  >  "tab_paavist_dato":"2018-05-11",
  >  "vurdering":{"af":"Sagsbehandler sb101","begrundelse":"Indtægten afspejler ikke en reel arbejdsindsats (kilde 004)."}}
  > EOF2
  $ printf '{"fase":"erhvervsevnetab","dato":"01.04.2019","begrundelse":"Tab fastsat","beregning":%s}' "$(cat e.json)" >e2.json
  $ sed -e 's/"2019-04-01","afgoerelse":"endelig"/"2021-11-15","afgoerelse":"midlertidig"/' -e 's/"skoen_pct":90/"skoen_pct":65/' -e 's/"2018-05-11"/"2016-03-01"/' e.json >m.json
  $ printf '{"fase":"erhvervsevnetab","dato":"2021-11-15","til":"11.05.2018","begrundelse":"Midlertidigt tab","beregning":%s}' "$(cat m.json)" >e3_overlap.json
  $ sed 's/"til":"11.05.2018"/"til":"10.05.2018"/' e3_overlap.json >e3.json

The case, numbered by the year received (2015); recognition; the loss.
  $ ./api sb101 POST /api/sager '{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2015-03-02","anmeldelsesdato":"2015-03-10","cpr":"1506604013","team":"Team Nord","sagsbehandler":"sb101","dato":"2015-03-10"}'
  HTTP 201
  Location: /api/sager/AES-2015-000001
  {"id":"AES-2015-000001"}
  $ ./api sb101 POST /api/sager/AES-2015-000001/afgoerelser '{"fase":"anerkendelse","resultat":"anerkendt","dato":"10.06.2015","begrundelse":"Ulykke"}'
  HTTP 201
  {"afgoerelse_id":"AES-2015-000001-A1",
  "fase":"anerkendelse"}
  $ ./api sb101 POST /api/sager/AES-2015-000001/afgoerelser @e2.json | sed -n '1,4p'
  HTTP 201
  {"afgoerelse_id":"AES-2015-000001-E2",
  "fase":"erhvervsevnetab",
  "pct":90,

An appeal dated in the future is refused (422, /dato).
  $ ./api sb101 POST /api/sager/AES-2015-000001/klager '{"afgoerelse_id":"AES-2015-000001-E2","part":"forsikringsselskab","dato":"2099-04-15","begrundelse":"Klage"}'
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"ligger efter dags dato",
  "felt":"/dato"}

The insurer appeals; the lawyer joins the same appeal.
  $ ./api sb101 POST /api/sager/AES-2015-000001/klager '{"afgoerelse_id":"AES-2015-000001-E2","part":"forsikringsselskab","dato":"15.04.2019","begrundelse":"Forsikringsselskabet klager"}'
  HTTP 201
  {"id":"AES-2015-000001-K1"}
  $ ./api sb101 POST /api/sager/AES-2015-000001/klager/AES-2015-000001-K1/tilslutning '{"part":"repraesentant","dato":"2019-04-25","begrundelse":"Advokaten klager"}'
  HTTP 200
  {"klage_id":"AES-2015-000001-K1"}
  $ ./api sb101 POST /api/sager/AES-2015-000001/klager/AES-2015-000001-K1/genvurdering '{"udfald":"fastholdt","dato":"2019-05-10","begrundelse":"Fastholdt"}'
  HTTP 200
  {"klage_id":"AES-2015-000001-K1"}
  $ ./api sb101 POST /api/sager/AES-2015-000001/klager/AES-2015-000001-K1/ankestyrelsen '{"send":true,"dato":"2019-05-13","begrundelse":"Sendt"}'
  HTTP 200
  {"klage_id":"AES-2015-000001-K1"}

Ankestyrelsen per point: the loss confirmed with an instruction; the
årsløn not reviewed; an unknown point is refused naming the field.
  $ ./api sb101 POST /api/sager/AES-2015-000001/klager/AES-2015-000001-K1/ankestyrelsen '{"punkt":"erhvervsevnetab","udfald":"stadfaestet","paalaeg":"Tag stilling til midlertidigt erhvervsevnetab før 11.05.2018","paalaeg_frist":"27.10.2021","dato":"2021-09-29","begrundelse":"Stadfæstet"}'
  HTTP 200
  {"klage_id":"AES-2015-000001-K1"}
  $ ./api sb101 POST /api/sager/AES-2015-000001/klager/AES-2015-000001-K1/ankestyrelsen '{"punkt":"loen","udfald":"ikke_behandlet","dato":"2021-09-29","begrundelse":"x"}'
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"skal være anerkendelse, men, erhvervsevnetab eller aarsloen",
  "felt":"/punkt"}
  $ ./api sb101 POST /api/sager/AES-2015-000001/klager/AES-2015-000001-K1/ankestyrelsen '{"punkt":"aarsloen","udfald":"ikke_behandlet","dato":"2021-09-29","begrundelse":"Ingen klage over årslønnen"}'
  HTTP 200
  {"klage_id":"AES-2015-000001-K1"}

The folder: both appellants, an outcome per point, the instruction as a
task on the worklist.
  $ ./api sb101 GET '/api/sager/AES-2015-000001?idag=01.10.2021' | sed -n '/^"klager"/,/^"antal_haendelser"/p'
  "klager":[{"id":"AES-2015-000001-K1",
  "afgoerelse_id":"AES-2015-000001-E2",
  "fase":"erhvervsevnetab",
  "modtaget":"2019-04-15",
  "rettidig":true,
  "status":"afgjort",
  "udfald":"stadfaestet",
  "parter":["forsikringsselskab",
  "repraesentant"],
  "punkter":{"erhvervsevnetab":"stadfaestet",
  "aarsloen":"ikke_behandlet"}}],
  "paalaeg":[{"klage_id":"AES-2015-000001-K1",
  "fase":"erhvervsevnetab",
  "dato":"2021-09-29",
  "frist":"2021-10-27",
  "tekst":"Tag stilling til midlertidigt erhvervsevnetab før 11.05.2018",
  "opfyldt":false}],
  "antal_haendelser":9},
  $ ./api sb101 GET '/api/sager/AES-2015-000001?idag=2021-10-01' | grep -A4 '"art":"paalaeg"'
  "opgaver":[{"art":"paalaeg",
  "forfald":"2021-10-27",
  "venter_paa_andre":false,
  "tekst":"Tag stilling til midlertidigt erhvervsevnetab før 11.05.2018",
  "ref":"AES-2015-000001-K1"},{"art":"afgoer",

The temporary loss: overlapping the final award is refused (409, /til);
ending the day before, it is decided, and the instruction is followed.
  $ ./api sb101 POST /api/sager/AES-2015-000001/afgoerelser @e3_overlap.json
  HTTP 409
  {"type":"about:blank",
  "title":"Kan ikke lade sig gøre i sagens tilstand",
  "status":409,
  "detail":"perioden overlapper afgørelse AES-2015-000001-E2",
  "felt":"/til"}
  $ ./api sb101 POST /api/sager/AES-2015-000001/afgoerelser @e3.json | sed -n '1,4p'
  HTTP 201
  {"afgoerelse_id":"AES-2015-000001-E3",
  "fase":"erhvervsevnetab",
  "pct":65,
  $ ./api sb101 GET '/api/sager/AES-2015-000001?idag=2021-11-15' | sed -n '/^"afgoerelser"/,/^"klager"/p'
  "afgoerelser":[{"id":"AES-2015-000001-A1",
  "fase":"anerkendelse",
  "dato":"2015-06-10",
  "type":"endelig",
  "pct":0},{"id":"AES-2015-000001-E2",
  "fase":"erhvervsevnetab",
  "dato":"2019-04-01",
  "type":"endelig",
  "pct":90,
  "fra":"2018-05-11"},{"id":"AES-2015-000001-E3",
  "fase":"erhvervsevnetab",
  "dato":"2021-11-15",
  "type":"midlertidig",
  "pct":65,
  "fra":"2016-03-01",
  "til":"2018-05-10"}],
  "klager":[{"id":"AES-2015-000001-K1",
  $ ./api sb101 GET '/api/sager/AES-2015-000001?idag=2021-11-15' | grep -c '"art":"paalaeg"'
  0
  [1]

Persons (issue 10, item 1): a second case for the same person and injury
date is created with a warning naming the first ...
  $ ./api sb101 POST /api/sager '{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2015-03-02","anmeldelsesdato":"2015-03-10","cpr":"1506604013","team":"Team Nord","sagsbehandler":"sb101","dato":"2015-04-01"}'
  HTTP 201
  Location: /api/sager/AES-2015-000002
  {"id":"AES-2015-000002",
  "advarsler":["sag AES-2015-000001 har samme tilskadekomne og skadedato"]}

... a search by CPR number (in the body) finds both, newest first ...
  $ ./api sb101 POST /api/soegning '{"cpr":"150660-4013"}' | grep '"id"'
  [{"id":"AES-2015-000002",
  "venter":false},{"id":"AES-2015-000001",

... a team lead (masked CPR numbers) may not search, and a bad number is
refused without being echoed.
  $ ./api tl1 POST /api/soegning '{"cpr":"1506604013"}'
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"rollen må ikke søge på CPR-nummer",
  "felt":"/cpr"}
  $ ./api sb101 POST /api/soegning '{"cpr":"3206604013"}'
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"ugyldigt CPR-nummer (fødselsdatoen findes ikke)",
  "felt":"/cpr"}

The awards over HTTP (issue 14): the temporary 65 % for the closed period
beside the final 90 %, and the schedule for April-June 2018 (E3's April
at its decision year's level, 182.156,78 × 1,536 = 279.792,81 → 23.317 a
month; May split 10/31 and 21/31; June E2's 30.876, the 2019 decision's
monthly amount). A month that is no month is refused naming the field.
  $ ./api sb101 GET '/api/sager/AES-2015-000001/ydelser?fra=2018-04&til=2018-06'
  HTTP 200
  {"fra":"2018-04",
  "til":"2018-06",
  "ydelser":[{"id":"AES-2015-000001-E3-Y1",
  "afgoerelse_id":"AES-2015-000001-E3",
  "art":"loebende_midlertidig",
  "fra":"2016-03-01",
  "til":"2018-05-10",
  "daekket_til":"2018-05-10",
  "beloeb_oere":18215678,
  "regulering":"foer_2024",
  "niveau_aar":2021,
  "betalertype":"forsikring",
  "betaler":"forsikringsselskab ikke oplyst",
  "andel":"1/1",
  "skattepligtig":true},{"id":"AES-2015-000001-E2-Y1",
  "afgoerelse_id":"AES-2015-000001-E2",
  "art":"loebende_endelig",
  "fra":"2018-05-11",
  "til":"2027-06-30",
  "daekket_til":"2027-06-30",
  "beloeb_oere":25221708,
  "regulering":"foer_2024",
  "niveau_aar":2019,
  "betalertype":"forsikring",
  "betaler":"forsikringsselskab ikke oplyst",
  "andel":"1/1",
  "skattepligtig":true}],
  "linjer":[{"maaned":"2018-04",
  "ydelse_id":"AES-2015-000001-E3-Y1",
  "forfalden_oere":2331700,
  "betalt_oere":0,
  "difference_oere":2331700},{"maaned":"2018-05",
  "ydelse_id":"AES-2015-000001-E3-Y1",
  "forfalden_oere":752161,
  "betalt_oere":0,
  "difference_oere":752161},{"maaned":"2018-05",
  "ydelse_id":"AES-2015-000001-E2-Y1",
  "forfalden_oere":2091600,
  "betalt_oere":0,
  "difference_oere":2091600},{"maaned":"2018-06",
  "ydelse_id":"AES-2015-000001-E2-Y1",
  "forfalden_oere":3087600,
  "betalt_oere":0,
  "difference_oere":3087600}],
  "forfalden_oere":8263061,
  "betalt_oere":0,
  "difference_oere":8263061}
  $ ./api sb101 GET '/api/sager/AES-2015-000001/ydelser?fra=2018-13'
  HTTP 400
  {"type":"about:blank",
  "title":"Forespørgslen kan ikke læses",
  "status":400,
  "detail":"skal angives som ÅÅÅÅ-MM",
  "felt":"/fra"}
