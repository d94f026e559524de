HTTP itself (docs/server.md): unknown routes and wrong methods, bodies
over --maks-krop (the harness starts the server with 65536), the CSRF
check of state-changing requests over a session (the token, and a
browser's Origin), and the security headers on answers of every kind.

./api HVEM METODE STI [KROP] is tests/api/api; ./raa the same request
showing the status line and headers (without Date). CSRF=x sends x as the
CSRF token, CSRF= none; EXTRA_HEADER adds one header.
  $ ln -s "$ROD/tests/api/api" api && ln -s "$ROD/tests/api/api" raa

An unknown path is 404 without detail, logged in or not; a trailing slash
is another path.
  $ ./api - GET /api/findes-ikke
  HTTP 404
  {"type":"about:blank",
  "title":"Findes ikke",
  "status":404}
  $ ./api jur1 GET /api/sager/
  HTTP 404
  {"type":"about:blank",
  "title":"Findes ikke",
  "status":404}
  $ ./api jur1 GET /
  HTTP 404
  {"type":"about:blank",
  "title":"Findes ikke",
  "status":404}

A known path with a method it does not have is 405, and Allow names the
methods it has (RFC 9110).
  $ ./api jur1 DELETE /api/sager/AES-2024-000001
  HTTP 405
  {"type":"about:blank",
  "title":"Metoden bruges ikke her",
  "status":405}
  $ ./raa jur1 DELETE /api/sager | grep -e HTTP -e Allow
  HTTP/1.1 405 Method Not Allowed
  Allow: GET, POST
  $ ./raa - GET /api/login | grep -e HTTP -e Allow
  HTTP/1.1 405 Method Not Allowed
  Allow: POST

A body over --maks-krop is 413. With its length declared, it is refused
at once, before it is read, and the connection closes ...
  $ head -c 70000 /dev/zero | tr '\0' ' ' >stor.json
  $ ./api jur1 POST /api/import @stor.json
  HTTP 413
  {"type":"about:blank",
  "title":"For stor forespørgsel",
  "status":413,
  "detail":"forespørgslens indhold er for stort"}
  $ ./raa jur1 POST /api/import @stor.json | grep -e HTTP -e Connection
  HTTP/1.1 413 Content Too Large
  Connection: close

... and a declared length of 100 MB is answered without a byte of the body
being sent (a raw request; the answer's first line).
  $ H=${URL#http://}; exec 3<>"/dev/tcp/${H%:*}/${H#*:}"; printf 'POST /api/import HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n' >&3; timeout 10 head -1 <&3 | tr -d '\r'
  HTTP/1.1 413 Content Too Large

Sent in chunks, without a declared length, it is 413 as well.
  $ EXTRA_HEADER='Transfer-Encoding: chunked' ./api jur1 POST /api/import @stor.json
  HTTP 413
  {"type":"about:blank",
  "title":"For stor forespørgsel",
  "status":413,
  "detail":"forespørgslens indhold er for stort"}

A body just under the limit is read (and refused as JSON: 400).
  $ head -c 65000 /dev/zero | tr '\0' ' ' >naesten.json
  $ ./api jur1 POST /api/import @naesten.json
  HTTP 400
  {"type":"about:blank",
  "title":"Forespørgslen kan ikke læses",
  "status":400,
  "detail":"ugyldig JSON (linje 1, kolonne 65000)"}

CSRF. A POST over a session without the session's token is 403 naming
/csrf, with a wrong token too; nothing is stored (the case still has its
4 demo events afterwards).
  $ CSRF= ./api jur1 POST /api/sager/AES-2023-000001/haendelser '{"type":"afventer_ekstern","dato":"2025-06-01","begrundelse":"Afventer"}'
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"CSRF-token mangler eller er forkert",
  "felt":"/csrf"}
  $ CSRF=$(printf '%064d' 0) ./api jur1 POST /api/sager/AES-2023-000001/haendelser '{"type":"afventer_ekstern","dato":"2025-06-01","begrundelse":"Afventer"}'
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"CSRF-token mangler eller er forkert",
  "felt":"/csrf"}
  $ ./api jur1 GET '/api/sager/AES-2023-000001?idag=2025-06-02' | grep -c '"nr":'
  4

A browser's Origin must be this server: another site is 403 even with the
right token; this server's own origin is fine (201).
  $ EXTRA_HEADER='Origin: https://angriber.example' ./api jur1 POST /api/sager/AES-2023-000001/haendelser '{"type":"afventer_ekstern","dato":"2025-06-01","begrundelse":"Afventer"}'
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"CSRF-token mangler eller er forkert",
  "felt":"/csrf"}
  $ EXTRA_HEADER="Origin: $URL" ./api jur1 POST /api/sager/AES-2023-000001/haendelser '{"type":"afventer_ekstern","dato":"2025-06-01","begrundelse":"Afventer"}'
  HTTP 201
  {"sag_id":"AES-2023-000001"}

Login checks the Origin too (no session yet, so no token): a login posted
from another site is refused before the password is looked at.
  $ EXTRA_HEADER='Origin: https://angriber.example' ./api - POST /api/login '{"bruger":"jur1","kodeord":"test-kodeord-for-jur1"}'
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"CSRF-token mangler eller er forkert",
  "felt":"/csrf"}

A GET needs no CSRF token (no GET changes anything).
  $ CSRF= ./api jur1 GET /api/mig | sed -n 1p
  HTTP 200

The security headers are on every answer: a 200 ...
  $ ./raa jur1 GET /api/satser
  HTTP/1.1 200 OK
  Content-Type: application/json
  Content-Security-Policy: default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  X-Frame-Options: DENY
  Referrer-Policy: no-referrer
  Cross-Origin-Opener-Policy: same-origin
  Cross-Origin-Resource-Policy: same-origin
  Cache-Control: no-store
  Content-Length: 79

... a 401, a 404 and a 405 (the same headers; only the status line, the
type and the length differ) ...
  $ ./raa - GET /api/mig
  HTTP/1.1 401 Unauthorized
  Content-Type: application/problem+json
  Content-Security-Policy: default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  X-Frame-Options: DENY
  Referrer-Policy: no-referrer
  Cross-Origin-Opener-Policy: same-origin
  Cross-Origin-Resource-Policy: same-origin
  Cache-Control: no-store
  Content-Length: 104
  $ for sti in /api/mig /api/findes-ikke; do ./raa - GET $sti | grep -v -e '^HTTP' -e '^Content-Length'; done | sort | uniq -c
        2 Cache-Control: no-store
        2 Content-Security-Policy: default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'
        2 Content-Type: application/problem+json
        2 Cross-Origin-Opener-Policy: same-origin
        2 Cross-Origin-Resource-Policy: same-origin
        2 Referrer-Policy: no-referrer
        2 X-Content-Type-Options: nosniff
        2 X-Frame-Options: DENY
  $ ./raa - DELETE /api/sager | grep -v -e '^HTTP' -e '^Content-Length' -e '^Allow' >405.h && ./raa - GET /api/findes-ikke | grep -v -e '^HTTP' -e '^Content-Length' | cmp - 405.h && echo samme
  samme

... and no policy allows inline script or styles anywhere (the HTML
report allows its own style sheet by its hash: rapporter.t).
  $ for sti in /api/sundhed /api/mig /api/findes-ikke; do ./raa - GET $sti; done | grep -c unsafe-inline
  0
  [1]

Plain HTTP: there is no Strict-Transport-Security header (it is sent over
TLS, tests/api/tls.sh).
  $ ./raa - GET /api/sundhed | grep -c Strict-Transport-Security
  0
  [1]

A CPR number typed into an address (a case's path) reaches the access log
masked, XXXXXX-XXXX: koer-api checks every log for a CPR-shaped value.
  $ ./raa - GET /api/sager/050679-9011 | grep -c '^HTTP/1.1 40'
  1
