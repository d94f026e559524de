#!/bin/bash
# API tokens on the server (src/http/adgang.c): each worker reuses the
# store's answer for a token for at most one second, so a disabled account's
# token and a changed role must take effect in every worker within that
# time; a refused or out-of-scope token is refused every time.
# $SKADESAG is the command under test.
cd "$(dirname "$0")/../.."
. tests/cli/lib.bash
. tests/crash/klienter.bash
trap 'server_draeb; rm -rf "$TMP"' EXIT
export SKADESAG_BRUGER=test SKADESAG_ROLLE=sagsbehandler
db=$TMP/noegle.db

"$SKADESAG" sag --db "$db" opret - >/dev/null <<<'{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-06-01","anmeldelsesdato":"2025-07-01","cpr":"0101809011","team":"T1","sagsbehandler":"nb1"}'
for b in nb1 nb2 nb3; do
    echo 'noegle-kodeord-der-er-langt-nok' | "$SKADESAG" bruger --db "$db" \
        opret "$b" --rolle sagsbehandler --team T1 --uden-totp >/dev/null 2>&1
done
N1=$("$SKADESAG" bruger --db "$db" noegle nb1 --scope sager 2>/dev/null)
N2=$("$SKADESAG" bruger --db "$db" noegle nb2 --scope beregn 2>/dev/null)
N3=$("$SKADESAG" bruger --db "$db" noegle nb3 --scope sager 2>/dev/null)
forkert=${N1%?}$([ "${N1: -1}" = 0 ] && echo 1 || echo 0)

# koder NØGLE STI N: the HTTP codes of N requests, each on a new connection
# (so both workers answer some), sorted and counted, e.g. "10x200".
koder() {
    local i
    for i in $(seq 1 "$3"); do
        curl -s -o /dev/null -w '%{http_code}\n' \
            -H "Authorization: Bearer $1" "$SERVER_URL$2"
    done | sort | uniq -c | awk '{print $1 "x" $2}' | paste -sd' '
}

ok "serveren starter med 2 arbejdere" server_start "$db" "$TMP/server.log" \
    --arbejdere 2
ok "en gyldig nøgle: 200 hver gang" [ "$(koder "$N1" /api/mig 12)" = 12x200 ]
ok "en forkert nøgle: 401 hver gang" [ "$(koder "$forkert" /api/mig 6)" = 6x401 ]
ok "en nøgle uden scope sager: 403 hver gang" \
    [ "$(koder "$N2" /api/sager 6)" = 6x403 ]
ok "scope beregn: beregningen 200" bash -c "[ \"\$(curl -s -o /dev/null \
    -w '%{http_code}' -H 'Authorization: Bearer $N2' \
    --data-binary @examples/toemrer_2025.json $SERVER_URL/api/beregn)\" = 200 ]"

rolle() { # rolle NØGLE ROLLE: 8 requests (new connections) all see ROLLE
    local i
    for i in $(seq 1 8); do
        curl -s -H "Authorization: Bearer $1" "$SERVER_URL/api/mig"
        echo
    done | grep -c "\"rolle\":\"$2\"" | grep -qx 8
}
ok "nb3 er sagsbehandler" rolle "$N3" sagsbehandler

ok "bruger deaktiver nb1" "$SKADESAG" bruger --db "$db" deaktiver nb1
ok "bruger rolle nb3 --rolle jurist" "$SKADESAG" bruger --db "$db" rolle nb3 \
    --rolle jurist
sleep 1.2
ok "efter 1 s: den deaktiverede kontos nøgle afvises af begge arbejdere" \
    [ "$(koder "$N1" /api/mig 12)" = 12x401 ]
ok "efter 1 s: den nye rolle gælder i begge arbejdere" rolle "$N3" jurist
ok "serveren stopper pænt" server_stop
slut
