Logging in, sessions and their end over HTTP (docs/server.md "Security",
docs/adgang.md): a wrong password and an unknown user get the same 401;
the fifth failure in a row locks the account (429); a second factor is
asked for and each code works once; the session cookie's attributes; a
new login ends the session the browser came with; logout; disabling an
account ends its session at once; an idle session ends (on the server
started with --session-inaktiv 3, $URL_KORT) while one in use does not.

./api and ./raa are tests/api/api: ./api HVEM METODE STI [KROP] prints
"HTTP <status>" and the body one JSON member per line; ./raa prints the
status line and headers instead. HVEM is an account (logged in once, with
its test password "test-kodeord-for-NAVN"), or - for nobody.
  $ ln -s "$ROD/tests/api/api" api && ln -s "$ROD/tests/api/api" raa

The health check is open; asking who one is without a session is 401.
  $ ./api - GET /api/sundhed
  HTTP 200
  {"status":"ok"}
  $ ./api - GET /api/mig
  HTTP 401
  {"type":"about:blank",
  "title":"Log ind først",
  "status":401,
  "detail":"log ind eller brug en API-nøgle"}

A wrong password and an unknown user get the same answer: 401, /login,
"forkert brugernavn, kodeord eller engangskode" (nothing tells which).
  $ ./api - POST /api/login '{"bruger":"jur1","kodeord":"forkert-kodeord-123"}'
  HTTP 401
  {"type":"about:blank",
  "title":"Log ind først",
  "status":401,
  "detail":"forkert brugernavn, kodeord eller engangskode",
  "felt":"/login"}
  $ ./api - POST /api/login '{"bruger":"ingen.saadan","kodeord":"forkert-kodeord-123"}'
  HTTP 401
  {"type":"about:blank",
  "title":"Log ind først",
  "status":401,
  "detail":"forkert brugernavn, kodeord eller engangskode",
  "felt":"/login"}

A login body that is not JSON is 400; one without a password is 422
naming /kodeord.
  $ ./api - POST /api/login '{"bruger":"jur1",'
  HTTP 400
  {"type":"about:blank",
  "title":"Forespørgslen kan ikke læses",
  "status":400,
  "detail":"ugyldig JSON (linje 1, kolonne 17)"}
  $ ./api - POST /api/login '{"bruger":"jur1"}'
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"mangler",
  "felt":"/kodeord"}

A login sets the session cookie __Host-skadesag (a 64-hex-digit token,
shown here as TOKEN) with Path=/, Secure, HttpOnly, SameSite=Strict, no
Domain, Max-Age the absolute 12 hours; the security headers are there as on
every answer.
  $ ./raa - POST /api/login '{"bruger":"jur1","kodeord":"test-kodeord-for-jur1"}' | sed -E 's/__Host-skadesag=[0-9a-f]{64};/__Host-skadesag=TOKEN;/'
  HTTP/1.1 200 OK
  Content-Type: application/json
  Content-Security-Policy: default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  X-Frame-Options: DENY
  Referrer-Policy: no-referrer
  Cross-Origin-Opener-Policy: same-origin
  Cross-Origin-Resource-Policy: same-origin
  Cache-Control: no-store
  Set-Cookie: __Host-skadesag=TOKEN; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=43200
  Content-Length: 130

The login's answer names the account, its role and team, the session's
CSRF token (64 hex digits) and when the session ends at the latest.
  $ ./api - POST /api/login '{"bruger":"sb101","kodeord":"test-kodeord-for-sb101"}'
  HTTP 200
  {"bruger":"sb101",
  "rolle":"sagsbehandler",
  "team":"Team Nord",
  "csrf":"[0-9a-f]{64}", (re)
  "udloeber":[0-9]{10}} (re)

With the session (./api logs in as sb101 and sends the cookie), /api/mig
says who it is.
  $ ./api sb101 GET /api/mig
  HTTP 200
  {"bruger":"sb101",
  "rolle":"sagsbehandler",
  "team":"Team Nord",
  "csrf":"[0-9a-f]{64}", (re)
  "udloeber":0}

A new login ends the session the browser came with (ASVS 7.2.4): logging
in again with sb101's cookie gives a new session (200), and the old cookie
is then refused (401).
  $ curl -s -o /dev/null -w '%{http_code}\n' -H "Cookie: $(cat .api/sb101.cookie)" -H 'Content-Type: application/json' --data-binary '{"bruger":"sb101","kodeord":"test-kodeord-for-sb101"}' "$URL/api/login"
  200
  $ ./api sb101 GET /api/mig | sed -n 1p
  HTTP 401

Throttling: an account of its own (laas1), because it ends locked.
  $ echo test-kodeord-for-laas1 | $SKADESAG bruger --db "$DB" opret laas1 --rolle sagsbehandler --team "Team Nord" --uden-totp
  Konto laas1 oprettet: sagsbehandler, team Team Nord, UDEN anden faktor (kun til demo og test).

Four wrong passwords in a row are each 401 ...
  $ for i in 1 2 3 4; do ./api - POST /api/login '{"bruger":"laas1","kodeord":"forkert-kodeord-123"}' | sed -n 1p; done
  HTTP 401
  HTTP 401
  HTTP 401
  HTTP 401

... the fifth is 429 "For mange forsøg", and it says when to try again:
in a minute (after the clock's time, hence the pattern) ...
  $ ./api - POST /api/login '{"bruger":"laas1","kodeord":"forkert-kodeord-123"}'
  HTTP 429
  {"type":"about:blank",
  "title":"For mange forsøg",
  "status":429,
  "detail":"for mange mislykkede forsøg: prøv igen om 1 min\. \(efter [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z\)", (re)
  "felt":"/login"}

... and while the account is locked, even the right password is 429.
  $ ./api - POST /api/login '{"bruger":"laas1","kodeord":"test-kodeord-for-laas1"}' | sed -n 1p
  HTTP 429

A second factor: an account with TOTP (totp1). Without a code, and with a
wrong one, the login is the same 401; with the current code (from
`skadesag bruger kode`) it is 200, and the same code a second time is 401
(each time step once).
  $ echo test-kodeord-for-totp1 | $SKADESAG bruger --db "$DB" opret totp1 --rolle jurist >/dev/null
  $ ./api - POST /api/login '{"bruger":"totp1","kodeord":"test-kodeord-for-totp1"}' | grep -e HTTP -e detail
  HTTP 401
  "detail":"forkert brugernavn, kodeord eller engangskode",
  $ K=$($SKADESAG bruger --db "$DB" kode totp1) && F=$(printf '%06d' $(((10#$K + 500000) % 1000000))) && ./api - POST /api/login "{\"bruger\":\"totp1\",\"kodeord\":\"test-kodeord-for-totp1\",\"totp\":\"$F\"}" | sed -n 1p
  HTTP 401
  $ K=$($SKADESAG bruger --db "$DB" kode totp1) && for i in 1 2; do ./api - POST /api/login "{\"bruger\":\"totp1\",\"kodeord\":\"test-kodeord-for-totp1\",\"totp\":\"$K\"}" | sed -n 1p; done
  HTTP 200
  HTTP 401

Logout needs the CSRF token like every POST (403 without) ...
  $ CSRF= ./api led1 POST /api/logout
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"CSRF-token mangler eller er forkert",
  "felt":"/csrf"}

... with it, it ends the session and clears the cookie (Max-Age=0) ...
  $ ./raa led1 POST /api/logout | grep -e HTTP -e Set-Cookie
  HTTP/1.1 200 OK
  Set-Cookie: __Host-skadesag=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0

... and the old cookie is then refused (401).
  $ ./api led1 GET /api/mig
  HTTP 401
  {"type":"about:blank",
  "title":"Log ind først",
  "status":401,
  "detail":"log ind eller brug en API-nøgle"}

Disabling an account ends its session at once: ophoer1 is logged in
(200), `skadesag bruger deaktiver` closes the account, and the same
cookie is 401 at the next request; logging in again is the generic 401.
  $ echo test-kodeord-for-ophoer1 | $SKADESAG bruger --db "$DB" opret ophoer1 --rolle jurist --uden-totp >/dev/null
  $ ./api ophoer1 GET /api/mig | sed -n 1p
  HTTP 200
  $ $SKADESAG bruger --db "$DB" deaktiver ophoer1
  Konto ophoer1 er deaktiveret; dens sessioner og API-nøgler er afsluttet.
  $ ./api ophoer1 GET /api/mig | sed -n 1p
  HTTP 401
  $ ./api - POST /api/login '{"bruger":"ophoer1","kodeord":"test-kodeord-for-ophoer1"}' | grep -e HTTP -e detail
  HTTP 401
  "detail":"forkert brugernavn, kodeord eller engangskode",

Session expiry. $URL_KORT is a second server on the same database with
--session-inaktiv 3 (3 rather than 2 seconds: the sessions' clock counts
whole seconds, so a request one second after the last can be 2 seconds
later by it). A session in use does not expire: sb201 asks every second
for five seconds, well past 3 seconds after the login, and every answer
is 200 (each use counts: with a short idle timeout the last use is
recorded at every request).
  $ export URL=$URL_KORT; ./api sb201 GET /api/mig | sed -n 1p; for i in 1 2 3 4 5; do sleep 1; ./api sb201 GET /api/mig | sed -n 1p; done
  HTTP 200
  HTTP 200
  HTTP 200
  HTTP 200
  HTTP 200
  HTTP 200

Idle for 4 seconds, it has ended (401) ...
  $ sleep 4; URL=$URL_KORT ./api sb201 GET /api/mig
  HTTP 401
  {"type":"about:blank",
  "title":"Log ind først",
  "status":401,
  "detail":"log ind eller brug en API-nøgle"}

... and it is gone, not just refused there: the server with the default
30 minutes refuses it too.
  $ ./api sb201 GET /api/mig | sed -n 1p
  HTTP 401

One session, two idle timeouts: jur1 logs in at the default server and
is idle 4 seconds. The default server still takes the session (200; it
records a use at most once a minute, so the session's last use stays the
login); the one with --session-inaktiv 3 ends it (401), and then it is
gone for both.
  $ rm -f .api/jur1.*; ./api jur1 GET /api/mig | sed -n 1p; sleep 4; ./api jur1 GET /api/mig | sed -n 1p; URL=$URL_KORT ./api jur1 GET /api/mig | sed -n 1p; ./api jur1 GET /api/mig | sed -n 1p
  HTTP 200
  HTTP 200
  HTTP 401
  HTTP 401

The idle timeout is 1 to 1800 seconds (never longer than the accounts
module's 30 minutes): 0 and 1801 are refused as usage errors.
  $ $SKADESAG server --db "$DB" --port 0 --session-inaktiv 0
  skadesag: --session-inaktiv: ukendt tilvalg eller ugyldig værdi '0'
  [2]
  $ $SKADESAG server --db "$DB" --port 0 --session-inaktiv 1801
  skadesag: --session-inaktiv: ukendt tilvalg eller ugyldig værdi '1801'
  [2]
