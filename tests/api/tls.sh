#!/bin/bash
# tls.sh: HTTPS served directly (docs/server.md "HTTPS"), with a
# self-signed certificate made here: TLS 1.2 and 1.3 are served, TLS 1.1
# is refused, the answer carries Strict-Transport-Security; and plain HTTP
# only on loopback unless behind a proxy (--bag-proxy).
#
#   SKADESAG=build/skadesag bash tests/api/tls.sh
#
# The TLS 1.1 refusal must be the server's: OpenSSL's default security
# level already keeps curl itself from offering TLS 1.1, so the client is
# told to allow it (DEFAULT@SECLEVEL=0), and a control step first shows
# that this client does complete a TLS 1.1 handshake with openssl s_server.
# Output is TAP.
set -u
ROD=$(cd "$(dirname "$0")/../.." && pwd -P)
. "$ROD/tests/api/lib.bash"

D=$(mktemp -d "${TMPDIR:-/tmp}/tls.XXXXXX")
pids=()
trap 'for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null; done; rm -rf "$D"' EXIT
cd "$D" || exit 1

# koer KOMMANDO...: run it, its output (stdout and stderr) in $D/ud.
koer() {
    "$@" >"$D/ud" 2>&1
}

openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -days 2 \
    -addext subjectAltName=DNS:localhost \
    -keyout noegle.pem -out cert.pem >openssl.ud 2>&1
tap $? "selvsigneret certifikat (openssl req -x509, CN=localhost)" ||
    tap_vis openssl.ud
"$SKADESAG" sag --db t.db --bruger demo demo >demo.ud 2>&1
tap $? "en database (skadesag sag demo)" || tap_vis demo.ud

if ! api_start "$D/tls.ud" --db t.db --arbejdere 1 --cert cert.pem \
    --noegle noegle.pem; then
    tap 1 "serveren starter med --cert/--noegle"
    echo "1..$tap_nr"
    exit 1
fi
pids+=("$SERVER_PID")
tls_pid=$SERVER_PID
port=${SERVER_URL##*:}
tap "$([[ $SERVER_URL == https://127.0.0.1:* ]]; echo $?)" \
    "serveren lytter på https:// ($SERVER_URL)"
U=https://localhost:$port

# hent TILVALG...: the status code of GET /api/sundhed over TLS.
hent() {
    curl -sS -o "$D/krop" -D "$D/hoveder" -w '%{http_code}' --cacert cert.pem \
        "$@" "$U/api/sundhed" 2>"$D/curl.fejl"
}

s=$(hent --tlsv1.2 --tls-max 1.2)
tap "$([ "$s" = 200 ] && grep -q '"status":"ok"' krop; echo $?)" \
    "TLS 1.2: 200 (--tlsv1.2 --tls-max 1.2)" || tap_vis curl.fejl
s=$(hent --tlsv1.3)
tap "$([ "$s" = 200 ]; echo $?)" "TLS 1.3: 200 (--tlsv1.3)" || tap_vis curl.fejl
tap "$(tr -d '\r' <hoveder | grep -qx 'Strict-Transport-Security: max-age=31536000; includeSubDomains'; echo $?)" \
    "over TLS: Strict-Transport-Security: max-age=31536000; includeSubDomains" ||
    tap_vis hoveder

# The control: this curl can speak TLS 1.1 when told to.
openssl s_server -accept 127.0.0.1:0 -cert cert.pem -key noegle.pem -tls1_1 \
    -cipher 'DEFAULT@SECLEVEL=0' -www </dev/null >s_server.ud 2>&1 &
s_pid=$!
pids+=("$s_pid")
for ((i = 0; i < 50; i++)); do
    s_port=$(sed -n 's/^ACCEPT 127.0.0.1:\([0-9]*\)$/\1/p' s_server.ud)
    [ -z "$s_port" ] || break
    sleep 0.1
done
s=$(curl -sS -o /dev/null -w '%{http_code}' --cacert cert.pem --tlsv1.1 \
    --tls-max 1.1 --ciphers 'DEFAULT@SECLEVEL=0' \
    "https://localhost:${s_port:-1}/" 2>curl.fejl)
tap "$([ "$s" = 200 ]; echo $?)" \
    "kontrol: curl taler TLS 1.1 med openssl s_server -tls1_1" || tap_vis curl.fejl
kill "$s_pid" 2>/dev/null
wait "$s_pid" 2>/dev/null

s=$(hent --tlsv1.1 --tls-max 1.1 --ciphers 'DEFAULT@SECLEVEL=0')
rc=$?
tap "$([ "$rc" -eq 35 ] && [ "$s" = 000 ]; echo $?)" \
    "TLS 1.1 afvises af serveren (curl exit 35, intet svar)" || {
    echo "# curl exit $rc, status $s"
    tap_vis curl.fejl
}
s=$(hent --tlsv1.0 --tls-max 1.0 --ciphers 'DEFAULT@SECLEVEL=0')
rc=$?
tap "$([ "$rc" -eq 35 ]; echo $?)" "TLS 1.0 afvises af serveren (curl exit 35)"

s=$(curl -sS -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/sundhed" 2>curl.fejl)
tap "$([ "$s" != 200 ]; echo $?)" "almindelig HTTP på TLS-porten giver intet svar ($s)"

api_stop "$D/tls.ud" "$tls_pid"
tap $? "TLS-serveren stopper pænt på SIGTERM (exit 0)"

# Plain HTTP: loopback only, unless a proxy terminates TLS.
"$SKADESAG" server --db t.db --vaert 0.0.0.0 --port 0 >vaert.ud 2>&1
rc=$?
tap "$([ "$rc" -eq 1 ] && grep -q '^skadesag: /vaert: HTTP uden TLS kun på 127.0.0.1 eller ::1' vaert.ud; echo $?)" \
    "HTTP på 0.0.0.0 uden TLS afvises ved start (exit 1, /vaert)" || {
    echo "# exit $rc"
    tap_vis vaert.ud
}
if api_start "$D/proxy.ud" --db t.db --arbejdere 1 --vaert 0.0.0.0 --bag-proxy; then
    pids+=("$SERVER_PID")
    p=${SERVER_URL##*:}
    s=$(curl -sS -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p/api/sundhed" 2>curl.fejl)
    tap "$([ "$s" = 200 ]; echo $?)" "--bag-proxy: HTTP på 0.0.0.0 er tilladt (200)"
    api_stop "$D/proxy.ud" "$SERVER_PID"
    tap $? "proxy-serveren stopper pænt på SIGTERM (exit 0)"
else
    tap 1 "--bag-proxy: HTTP på 0.0.0.0 starter"
fi
if api_start "$D/tls0.ud" --db t.db --arbejdere 1 --vaert 0.0.0.0 \
    --cert cert.pem --noegle noegle.pem; then
    pids+=("$SERVER_PID")
    tap 0 "HTTPS på 0.0.0.0 er tilladt ($SERVER_URL)"
    api_stop "$D/tls0.ud" "$SERVER_PID"
    tap $? "den stopper pænt på SIGTERM (exit 0)"
else
    tap 1 "HTTPS på 0.0.0.0 starter"
fi

# Certificate and key: both or neither, and readable.
koer "$SKADESAG" server --db t.db --port 0 --cert cert.pem
tap "$(grep -q '/cert: angiv både certifikat og nøgle' ud; echo $?)" \
    "--cert uden --noegle afvises (/cert)" || tap_vis ud
koer "$SKADESAG" server --db t.db --port 0 --cert findes-ikke.pem --noegle noegle.pem
tap "$(grep -q '/cert: kan ikke læse findes-ikke.pem' ud; echo $?)" \
    "et certifikat der ikke findes afvises (/cert)" || tap_vis ud

echo "1..$tap_nr"
[ "$tap_fejl" -eq 0 ]
