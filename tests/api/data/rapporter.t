Reports over HTTP, on the demo cases: the board's portfolio figures (text,
CSV, the HTML page), the two impact runs on the stored loss decisions, and
the quality sample: drawing it, reading it, a verdict. Every period and
every "as of" date is given (fra, til, pr), so nothing depends on today.
Management and team leads read reports; a citizen does not.

./api HVEM METODE STI [KROP] is tests/api/api (led1 management, jur1
jurist, tl1 team lead, sb101 caseworker, borger1 a citizen); ./raa shows
the answer's status line and headers instead of its body.
  $ ln -s "$ROD/tests/api/api" api && ln -s "$ROD/tests/api/api" raa

The portfolio for 2024 as text: no case closed in 2024 (AES-2024-000001
closed in January 2025), one received (AES-2024-000001), six pending at
the end of the year.
  $ ./api led1 GET '/api/rapporter/portefolje?fra=2024-01-01&til=2024-12-31&format=tekst' | sed -n '1,25p'
  HTTP 200
  Porteføljerapport 01.01.2024–31.12.2024 (opgjort pr. 31.12.2024)
  
  Gennemsnitlig sagsbehandlingstid for sager afsluttet i perioden
  ---------------------------------------------------------------
  Sagsgruppe                                              Andel  Afsluttet   Mdr.
  A-sager samlet (ulykker og erhvervssygdomme)                -          0      -
  Førstegangssager uden erhvervsevnetab                       -          0      -
  Førstegangssager med erhvervsevnetab                        -          0      -
  Andengangssager (genoptagelser og revisioner)               -          0      -
  Hjemvisninger                                               -          0      -
  Private erstatningssager vedrørende mén                     -          0      -
  Private erstatningssager vedrørende erhvervsevnetab         -          0      -
  Veteransager                                                -          0      -
  Alle sager                                                  -          0      -
  
  Porteføljen
  -----------
  Tilgang i perioden:                                 1
  Afsluttet i perioden:                               0
  Verserende sager pr. 31.12.2024:                    6
  Gns. alder, verserende førstegangssager:         36,7 mdr.
  Sager over 2 år:                                    3
  
  Aldersfordeling af verserende sager:

The same as CSV, and as the self-contained HTML page (text/html; its
first line here).
  $ ./api led1 GET '/api/rapporter/portefolje?fra=2024-01-01&til=2024-12-31&format=csv' | sed -n '1,4p'
  HTTP 200
  Porteføljerapport;01.01.2024;31.12.2024;opgjort pr.;31.12.2024
  
  Sagsbehandlingstid
  $ ./api led1 GET '/api/rapporter/portefolje?fra=2024-01-01&til=2024-12-31' | sed -n '1,2p'
  HTTP 200
  <!DOCTYPE html>

The HTML page's policy allows its one inline style sheet by its SHA-256
and nothing else (no 'unsafe-inline'; without it a browser would show the
page unstyled under the default policy) ...
  $ ./raa led1 GET '/api/rapporter/portefolje?fra=2024-01-01&til=2024-12-31' | grep -e '^Content-Type' -e '^Content-Security-Policy'
  Content-Type: text/html; charset=utf-8
  Content-Security-Policy: default-src 'none'; style-src 'sha256-js4vx8gXyL6zCyIbWSnE//H/rI+cXJG5bdBmUwO8K6o='; base-uri 'none'; form-action 'none'; frame-ancestors 'none'

... and the hash is that of the page's style sheet.
  $ ./api led1 GET '/api/rapporter/portefolje?fra=2024-01-01&til=2024-12-31' >/dev/null && grep -zoP '(?<=<style>)[\s\S]*?(?=</style>)' .api/svar.b | tr -d '\0' | openssl dgst -sha256 -binary | base64
  js4vx8gXyL6zCyIbWSnE//H/rI+cXJG5bdBmUwO8K6o=

A period without its end is 422 naming /til; an unknown format 422 naming
/format; a citizen may not see reports (403).
  $ ./api led1 GET '/api/rapporter/portefolje?fra=2024-01-01'
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"mangler (ÅÅÅÅ-MM-DD)",
  "felt":"/til"}
  $ ./api led1 GET '/api/rapporter/portefolje?fra=2024-01-01&til=2024-12-31&format=pdf'
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"skal være tekst, csv eller html",
  "felt":"/format"}
  $ ./api borger1 GET '/api/rapporter/portefolje?fra=2024-01-01&til=2024-12-31&format=tekst'
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"Som borger kan du se dine egne sager, men du kan ikke se rapporter.",
  "felt":"/rolle"}

The impact of the Supreme Court's 2025 rule on § 17 a: of the two stored
loss decisions, one is a § 17 a decision (relevant), none is affected.
  $ ./api led1 GET /api/rapporter/konsekvens/hoejesteret-2025
  HTTP 200
  {"afgoerelser":[],
  "i_alt":{"gennemgaaet":2,
  "relevante":1,
  "beroerte":0,
  "fejl":0,
  "sum_aarlig_oere":0,
  "sum_kapital_oere":0}}

The impact of the rising pension age, as of 1.6.2025.
  $ ./api led1 GET '/api/rapporter/konsekvens/folkepensionsalder?pr=2025-06-01'
  HTTP 200
  {"afgoerelser":[],
  "i_alt":{"gennemgaaet":2,
  "beroerte":0,
  "fejl":0,
  "sum_foer_oere":0,
  "sum_efter_oere":0,
  "gl_antal":0,
  "sum_pensionsalder_alene_oere":0}}

An unknown impact run is 404 naming the two there are.
  $ ./api led1 GET /api/rapporter/konsekvens/pension
  HTTP 404
  {"type":"about:blank",
  "title":"Findes ikke",
  "status":404,
  "detail":"hoejesteret-2025 eller folkepensionsalder"}

Quality: the jurist draws the sample of 2019-2026 with every decision in it
(promille 1000): 11 of 11. Drawing again adds none.
  $ ./api jur1 POST /api/kvalitet/udtraek '{"fra":"2019-01-01","til":"2026-12-31","seed":1,"promille":1000}'
  HTTP 200
  {"udtrukket":11,
  "i_alt":11}
  $ ./api jur1 POST /api/kvalitet/udtraek '{"fra":"2019-01-01","til":"2026-12-31","seed":1,"promille":1000}'
  HTTP 200
  {"udtrukket":0,
  "i_alt":11}

A verdict on a sampled decision by the team lead (200) ...
  $ ./api tl1 POST /api/kvalitet/AES-2024-000001-E3/vurdering '{"korrekt":true,"begrundelse":"Beregningen er efterprøvet"}'
  HTTP 200
  {"afgoerelse_id":"AES-2024-000001-E3"}

... not by the caseworker (403: the quality review is a second look) ...
  $ ./api sb101 POST /api/kvalitet/AES-2024-000001-M2/vurdering '{"korrekt":false,"begrundelse":"x"}'
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"rollen 'sagsbehandler' må ikke vurdere kvaliteten af afgørelser",
  "felt":"/rolle"}

... and a verdict needs its reason (422), and a decision that was not
drawn cannot be judged (404).
  $ ./api jur1 POST /api/kvalitet/AES-2024-000001-A1/vurdering '{"korrekt":true}'
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"mangler: hvorfor",
  "felt":"/begrundelse"}
  $ ./api jur1 POST /api/kvalitet/AES-2099-000001-A1/vurdering '{"korrekt":true,"begrundelse":"x"}'
  HTTP 404
  {"type":"about:blank",
  "title":"Findes ikke",
  "status":404,
  "detail":"afgørelsen er ikke udtrukket til stikprøven",
  "felt":"/afgoerelse_id"}

The sample with its status: one of eleven judged, correct.
  $ ./api led1 GET '/api/kvalitet?fra=2019-01-01&til=2026-12-31' | sed -n '1,12p'
  HTTP 200
  {"status":{"fra":"2019-01-01",
  "til":"2026-12-31",
  "afgoerelser":11,
  "maal_promille":950,
  "linjer":[{"sagstype":"i_alt",
  "udtrukket":11,
  "vurderet":1,
  "korrekt":1,
  "andel_promille":1000},{"sagstype":"ulykke",
  "udtrukket":10,
  "vurderet":1,
  $ grep -o '"afgoerelse_id":"AES-2024-000001-E3","sag_id":"[^"]*","sagstype":"[^"]*","dato":"[^"]*","vurderet":[a-z]*,"korrekt":[a-z]*' .api/svar.b
  "afgoerelse_id":"AES-2024-000001-E3","sag_id":"AES-2024-000001","sagstype":"ulykke","dato":"2025-01-20","vurderet":true,"korrekt":true
