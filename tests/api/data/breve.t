The letters over HTTP (docs/breve.md, docs/api.yaml): produce the loss
decision letter for a case (POST /api/sager/{id}/breve), list a case's
letters, fetch one as PDF, HTML or its description; the PDF is the one
the command line would make (same stored record, same bytes), its text
carries the record's figures; who may do what.

./api HVEM METODE STI [KROP] is tests/api/api (see sager.t).
  $ ln -s "$ROD/tests/api/api" api && ln -s "$ROD/tests/api/api" raa

A case in Team Nord with the loss decision of examples/toemrer_2025.json
(decided 02.03.2026): case AES-2025-000003, recognition A1, loss E2.
  $ ./api sb101 POST /api/sager '{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-02-10","anmeldelsesdato":"2025-02-14","cpr":"0506799011","team":"Team Nord","sagsbehandler":"sb101","forsikring":"Anden Forsikring A/S","dato":"2025-02-14"}' | sed -n 1,3p
  HTTP 201
  Location: /api/sager/AES-2025-000003
  {"id":"AES-2025-000003"}
  $ ./api sb101 POST /api/sager/AES-2025-000003/afgoerelser '{"fase":"anerkendelse","resultat":"anerkendt","dato":"2025-04-01","begrundelse":"Ulykke under arbejdet"}' | sed -n 1p
  HTTP 201
  $ printf '{"fase":"erhvervsevnetab","dato":"2026-03-02","begrundelse":"Tab af erhvervsevne","beregning":%s}' "$(cat "$ROD/examples/toemrer_2025.json")" >tab.json && ./api sb101 POST /api/sager/AES-2025-000003/afgoerelser @tab.json | sed -n '1,2p'
  HTTP 201
  {"afgoerelse_id":"AES-2025-000003-E2",

POST …/breve makes letter B1 (201, Location /api/breve/…-B1) with the PDF's
SHA-256.
  $ ./api sb101 POST /api/sager/AES-2025-000003/breve '{"type":"erhvervsevnetab"}' | sed -E 's/[0-9a-f]{64}/SHA256/'
  HTTP 201
  Location: /api/breve/AES-2025-000003-B1
  {"brev_id":"AES-2025-000003-B1",
  "sha256":"SHA256"}

GET /api/breve/{id} is the PDF (application/pdf); pdftotext finds the
record's figures: 30 %, 1.983.100,00 kr. (198310000 øre), 119.220,00 kr.
(11922000 øre) and the appeal's last day 31. marts 2026 (sent Monday
02.03.2026, received 03.03.2026, + 4 weeks).
  $ ./raa sb101 GET /api/breve/AES-2025-000003-B1 | grep -i '^content-type'; ./api sb101 GET /api/breve/AES-2025-000003-B1 >/dev/null && cp .api/svar.b b1.pdf && pdftotext b1.pdf - | tr '\n' ' ' | grep -o -e 'erhvervsevnetab til 30 %' -e '1.983.100,00 kr.' -e '119.220,00 kr.' -e 'senest 31. marts 2026' | sort -u
  Content-Type: application/pdf
  1.983.100,00 kr.
  119.220,00 kr.
  erhvervsevnetab til 30 %
  senest 31. marts 2026

Its SHA-256 is the one the POST answered and the list shows.
  $ sha256sum b1.pdf | cut -d' ' -f1 >h && ./api sb101 GET /api/sager/AES-2025-000003/breve >/dev/null && grep -c "$(cat h)" .api/svar.b
  1

The case folder (GET /api/sager/{id}) lists the letter in its "breve"
array (issue 11, item 5), with the description ?format=json gives and
without the bytes: its size and SHA-256 are those of b1.pdf.
  $ ./api sb101 GET /api/sager/AES-2025-000003 >/dev/null && jq -c '.breve[] | [.id, .type, .dato, .afgoerelse_id, .bytes == '"$(wc -c <b1.pdf)"', .sha256 == "'"$(cat h)"'"]' .api/svar.b && grep -c '%PDF' .api/svar.b
  ["AES-2025-000003-B1","erhvervsevnetab","2026-03-02","AES-2025-000003-E2",true,true]
  0
  [1]

The same record gives the same bytes as the command line's letter, made
on the server's own database ($DB) while the server runs (a new letter,
B2; works on either store, where a file copy would not).
  $ SKADESAG_BRUGER=sb101 SKADESAG_ROLLE=sagsbehandler $SKADESAG brev --db "$DB" dan AES-2025-000003 --type erhvervsevnetab | cut -d' ' -f1 && SKADESAG_BRUGER=sb101 $SKADESAG brev --db "$DB" vis AES-2025-000003-B2 --pdf cli.pdf >/dev/null && cmp b1.pdf cli.pdf && echo identisk
  AES-2025-000003-B2
  identisk

?format=html is the self-contained HTML page with a CSP that allows its one
style sheet; ?format=json the description.
  $ ./raa sb101 GET '/api/breve/AES-2025-000003-B1?format=html' | grep -i -e '^content-type' -e '^content-security-policy' | sed -E "s/sha256-[^']*/sha256-…/"; ./api sb101 GET '/api/breve/AES-2025-000003-B1?format=html' | grep -c '<html lang="da">'
  Content-Type: text/html; charset=utf-8
  Content-Security-Policy: default-src 'none'; style-src 'sha256-…'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'
  1
  $ ./api sb101 GET '/api/breve/AES-2025-000003-B1?format=json' | sed -E 's/[0-9a-f]{64}/SHA256/; s/"registreret":"[^"]*"/"registreret":"…"/'
  HTTP 200
  {"id":"AES-2025-000003-B1",
  "sag_id":"AES-2025-000003",
  "type":"erhvervsevnetab",
  "dato":"2026-03-02",
  "afgoerelse_id":"AES-2025-000003-E2",
  "bytes":51118,
  "sha256":"SHA256",
  "registreret":"…"}
  $ ./api sb101 GET '/api/breve/AES-2025-000003-B1?format=doc'
  HTTP 400
  {"type":"about:blank",
  "title":"Forespørgslen kan ikke læses",
  "status":400,
  "detail":"skal være pdf, html eller json",
  "felt":"/format"}

A team lead may read letters but not produce them (403); a caseworker of
another team sees neither (403); an unknown letter is 404; a bad kind 422.
  $ ./api tl1 GET '/api/breve/AES-2025-000003-B1?format=json' | sed -n 1p; ./api tl1 POST /api/sager/AES-2025-000003/breve '{"type":"erhvervsevnetab"}'
  HTTP 200
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"rollen må ikke danne breve",
  "felt":"/rolle"}
  $ ./api sb201 GET /api/sager/AES-2025-000003/breve | sed -n 1p
  HTTP 403
  $ ./api sb101 GET /api/breve/AES-2025-000003-B9 | sed -n 1p
  HTTP 404
  $ ./api sb101 POST /api/sager/AES-2025-000003/breve '{"type":"foo"}'
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"ukendt brevtype (anerkendelse, men, erhvervsevnetab, partshoering, oplysninger, fristoverskridelse, genvurdering)",
  "felt":"/type"}

The citizen reads the letters of their own case (the demo case
AES-2024-000001 with its loss decision E3; the case is closed, and a
letter may still be made: it changes nothing in the case), not another's
(404, as for a case that does not exist: no existence oracle).
  $ ./api sb101 POST /api/sager/AES-2024-000001/breve '{"type":"erhvervsevnetab"}' | sed -n 1,2p; ./api borger1 GET /api/sager/AES-2024-000001/breve | sed -n 1p; ./api borger1 GET /api/breve/AES-2024-000001-B1 | sed -n 1p; ./api borger1 GET /api/sager/AES-2025-000003/breve | sed -n 1p
  HTTP 201
  Location: /api/breve/AES-2024-000001-B1
  HTTP 200
  HTTP 200
  HTTP 404
