The stateless calculation over HTTP (POST /api/beregn, docs/beregning.md)
gives what `skadesag beregn` gives, byte for byte, for a system with an API
token of the scope "beregn" (an insurer's, here fs1's) and for a logged-in
user; the token opens nothing else. And the rate tables' checksum.

./api HVEM METODE STI [KROP] is tests/api/api; @beregn and @sager are the
harness's API tokens of those scopes; .api/svar.b is the last answer's
body as sent.
  $ ln -s "$ROD/tests/api/api" api

The carpenter of examples/toemrer_2025.json with the beregn token: 200, a
loss of 30 % (31,25 % computed, the grid's 30), a capital sum of
1.982.765,00 kr. = 198276500 øre ...
  $ ./api @beregn POST /api/beregn "@$ROD/examples/toemrer_2025.json" | grep -e '^HTTP' -e '"erhvervsevnetab_pct"' -e '"kapitalbeloeb_oere"' -e '"udbetalingsform"'
  HTTP 200
  "erhvervsevnetab_pct":30,
  "udbetalingsform":"kapital",
  "kapitalbeloeb_oere":198276500,

... and the answer is the command line's output to the byte (the command
adds a final newline).
  $ $SKADESAG beregn "$ROD/examples/toemrer_2025.json" >cli.json && grep -o '"kapitalbeloeb_oere":[0-9]*' cli.json
  "kapitalbeloeb_oere":198276500
  $ ./api @beregn POST /api/beregn "@$ROD/examples/toemrer_2025.json" >/dev/null && cmp <(cat .api/svar.b; echo) cli.json && echo identisk
  identisk

?spor=nej leaves out the trace, as --uden-spor does.
  $ ./api @beregn POST '/api/beregn?spor=nej' "@$ROD/examples/toemrer_2025.json" >/dev/null && cmp <(cat .api/svar.b; echo) <($SKADESAG beregn --uden-spor "$ROD/examples/toemrer_2025.json") && echo identisk
  identisk
  $ grep -c '"spor"' .api/svar.b
  0
  [1]

A refused input is 422 naming the field, as the command line names it
(exit 1 there): the example with the injury on the 13th month.
  $ sed 's/"skadedato": "2025-02-10"/"skadedato": "2025-13-10"/' "$ROD/examples/toemrer_2025.json" >forkert.json
  $ ./api @beregn POST /api/beregn @forkert.json
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"datoen findes ikke",
  "felt":"/skadedato"}
  $ $SKADESAG beregn forkert.json
  skadesag: /skadedato: datoen findes ikke
  [1]

A logged-in caseworker may calculate too (200); nobody without a session
or a token (401); a wrong token is no token (401).
  $ ./api sb101 POST /api/beregn "@$ROD/examples/toemrer_2025.json" | sed -n 1p
  HTTP 200
  $ ./api - POST /api/beregn "@$ROD/examples/toemrer_2025.json"
  HTTP 401
  {"type":"about:blank",
  "title":"Log ind først",
  "status":401,
  "detail":"log ind eller brug en API-nøgle"}
  $ EXTRA_HEADER="Authorization: Bearer $(printf '%064d' 0)" ./api - POST /api/beregn "@$ROD/examples/toemrer_2025.json" | sed -n 1p
  HTTP 401

The beregn token opens nothing else (403, /scope): not a case, not the
rate tables' checksum. The sager token does not open the calculation.
  $ ./api @beregn GET '/api/sager/AES-2024-000001?idag=2025-06-01'
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"API-nøglen gælder ikke her",
  "felt":"/scope"}
  $ ./api @beregn GET /api/satser | sed -n 1p
  HTTP 403
  $ ./api @sager POST /api/beregn "@$ROD/examples/toemrer_2025.json"
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"API-nøglen gælder ikke her",
  "felt":"/scope"}

The rate tables' checksum is the one `skadesag satser tjek` prints.
  $ ./api jur1 GET /api/satser
  HTTP 200
  {"checksum":"e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116"}
  $ $SKADESAG satser tjek | tail -1
  checksum: e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116
