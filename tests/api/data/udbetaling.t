The monthly payment run over HTTP (docs/udbetaling.md, "Den månedlige
kørsel"; docs/api.yaml): the demo decisions give two awards that touch
January 2026 (their amounts are the awards' own, tests/unit/core/
test_ydelse.c); one gives an order of 10.321,00 kr. to the demo insurer,
the other nothing; three mén awards of earlier months are counted too. What is pinned here is the run's life cycle, its
totals per payer and their reconciliation, the roles and the refusals. (Amounts, the kill -9 resume and the pain.001 file are tested in
tests/unit/tjeneste/test_udbetaling.c and tests/udbetaling/test_kill9.sh.)

./api HVEM METODE STI [KROP] is tests/api/api (led1 management, tl1 team
lead, sb101 caseworker).
  $ ln -s "$ROD/tests/api/api" api

A caseworker may not release payments (403, Q-50); a month that is no
month is refused naming the field (422).
  $ ./api sb101 POST /api/udbetaling/koersler '{"maaned":"2026-01"}' | sed -n 1p
  HTTP 403
  $ ./api tl1 POST /api/udbetaling/koersler '{"maaned":"2026-13"}' | grep -E 'HTTP|felt'
  HTTP 422
  "felt":"/maaned"}
  $ ./api tl1 POST /api/udbetaling/koersler '{"maaned":"2026-01","x":1}' | grep -E 'HTTP|felt'
  HTTP 422
  "detail":"ukendt felt",
  "felt":"/x"}

The team lead runs January 2026 (201): run K1, finished, one order,
reconciled with the ledger (1.032.100 øre booked = the orders' sum).
  $ ./api tl1 POST /api/udbetaling/koersler '{"maaned":"2026-01"}' | grep -vE '"(startet|afsluttet)"'
  HTTP 201
  {"id":"UDB-2026-01-K1",
  "maaned":"2026-01",
  "status":"faerdig",
  "antal":1,
  "sum_oere":1032100,
  "betalere":[{"betaler":"Demo Forsikring A/S",
  "betalertype":"forsikring",
  "antal":1,
  "sum_oere":1032100,
  "a_skat_oere":0}],
  "a_skat_oere":0,
  "netto_oere":1032100,
  "skat_med_kort":0,
  "skat_uden_kort":0,
  "bogfoert_oere":1032100,
  "afstemt":true,
  "allerede":false,
  "genoptaget":false,
  "ydelser":5,
  "nye_ordrer":1,
  "uden_betaler":0,
  "efterbetaling_antal":0,
  "efterbetaling_oere":0,
  "bruger":"tl1",
  "sendt":null,
  "tilbagefoert":null}

Running the month again adds nothing (200, "allerede": true).
  $ ./api tl1 POST /api/udbetaling/koersler '{"maaned":"2026-01"}' | grep -E 'HTTP|"id"|allerede|nye_ordrer'
  HTTP 200
  {"id":"UDB-2026-01-K1",
  "allerede":true,
  "nye_ordrer":0,

The caseworker may read the run; an unknown run is 404.
  $ ./api sb101 GET /api/udbetaling/koersler/UDB-2026-01-K1 | grep -E 'HTTP|"status"'
  HTTP 200
  "status":"faerdig",
  $ ./api tl1 GET /api/udbetaling/koersler/UDB-2026-01-K9 | sed -n 1p
  HTTP 404

Reversal of the unsent run, then a new run K2, sent by management; a sent
run cannot be reversed (409, the field /status).
  $ ./api tl1 POST /api/udbetaling/koersler/UDB-2026-01-K1/tilbagefoer | grep -E 'HTTP|"status"'
  HTTP 200
  "status":"tilbagefoert",
  $ ./api tl1 POST /api/udbetaling/koersler '{"maaned":"2026-01"}' | grep -E 'HTTP|"id"'
  HTTP 201
  {"id":"UDB-2026-01-K2",
  $ ./api led1 POST /api/udbetaling/koersler/UDB-2026-01-K2/send | grep -E 'HTTP|"status"'
  HTTP 200
  "status":"sendt",
  $ ./api tl1 POST /api/udbetaling/koersler/UDB-2026-01-K2/tilbagefoer | grep -E 'HTTP|felt'
  HTTP 409
  "felt":"/status"}

Totals per month and payer (K2's order; K1 was reversed), and a bad month
(422).
  $ ./api led1 GET '/api/udbetaling/totaler?fra=2026-01&til=2026-12'
  HTTP 200
  [{"maaned":"2026-01",
  "betalertype":"forsikring",
  "betaler":"Demo Forsikring A/S",
  "antal":1,
  "sum_oere":1032100,
  "a_skat_oere":0}]
  $ ./api led1 GET '/api/udbetaling/totaler?fra=2026&til=2026-12' | grep -E 'HTTP|felt'
  HTTP 422
  "felt":"/fra"}

Tax cards for the A-skat AES withholds from its own running payments
(docs/udbetaling.md, "Skat"): registered by the team lead (201) with its
source, never by a caseworker (403); a card is never changed (409, the
field /gyldig_fra); a rate over 100 is refused naming the field (422).
The caseworker may read a person's cards.
  $ ./api sb101 POST /api/udbetaling/skattekort '{"cpr":"0506799011","gyldig_fra":"2026-01-01","traekprocent":37,"fradrag_oere":400000,"kilde":"e-skattekort","kilde_dato":"2026-01-02"}' | sed -n 1p
  HTTP 403
  $ ./api tl1 POST /api/udbetaling/skattekort '{"cpr":"0506799011","gyldig_fra":"2026-01-01","traekprocent":37,"fradrag_oere":400000,"kilde":"e-skattekort","kilde_dato":"2026-01-02"}' | grep -vE '"registreret"'
  HTTP 201
  {"cpr":"050679-9011",
  "gyldig_fra":"2026-01-01",
  "traekprocent":37,
  "fradrag_oere":400000,
  "kilde":"e-skattekort",
  "kilde_dato":"2026-01-02",
  "bruger":"tl1",
  $ ./api tl1 POST /api/udbetaling/skattekort '{"cpr":"0506799011","gyldig_fra":"2026-01-01","traekprocent":38,"fradrag_oere":0,"kilde":"e-skattekort","kilde_dato":"2026-01-02"}' | grep -E 'HTTP|felt'
  HTTP 409
  "felt":"/gyldig_fra"}
  $ ./api tl1 POST /api/udbetaling/skattekort '{"cpr":"0506799011","gyldig_fra":"2026-02-01","traekprocent":101,"fradrag_oere":0,"kilde":"e-skattekort","kilde_dato":"2026-01-02"}' | grep -E 'HTTP|felt'
  HTTP 422
  "felt":"/traekprocent"}
  $ ./api sb101 GET '/api/udbetaling/skattekort?cpr=0506799011' | grep -E 'HTTP|traekprocent'
  HTTP 200
  "traekprocent":37,
