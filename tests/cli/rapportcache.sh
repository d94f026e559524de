#!/bin/bash
# The server's report cache (SKADESAG_RAPPORT_SEK, docs/server.md): the
# management page's figures come from a cache that a thread in each worker
# renews every interval; the page says when they were computed; within the
# interval a new case is not yet counted, after it (or with the cache off)
# it is. The figure read is "verserende sager i alt" on /ui/rapport.
# $SKADESAG is the command under test.
cd "$(dirname "$0")/../.."
. tests/cli/lib.bash
. tests/crash/klienter.bash
trap 'server_draeb; rm -rf "$TMP"' EXIT
export SKADESAG_BRUGER=test SKADESAG_ROLLE=sagsbehandler
db=$TMP/rapport.db

"$SKADESAG" sag --db "$db" demo >/dev/null
echo 'rapport-kodeord-der-er-langt-nok' | "$SKADESAG" bruger --db "$db" \
    opret led1 --rolle ledelse --uden-totp >/dev/null 2>&1
N=$("$SKADESAG" bruger --db "$db" noegle led1 --scope sager 2>/dev/null)

# side: the management page, on a new connection (either worker answers).
side() {
    curl -s -H "Authorization: Bearer $N" "$SERVER_URL/ui/rapport"
}
# i_alt: the page's "verserende sager i alt".
i_alt() {
    side | sed -n 's|.*>\([0-9.]*\)<span class="sr-only"> verserende sager i alt<.*|\1|p'
}
# Both workers have warmed their cache when 8 pages in a row say so.
varm() {
    local i j
    for i in $(seq 1 150); do
        for j in $(seq 1 8); do
            side | grep -q 'id="opgjort">Tallene er opgjort [0-9][0-9]\.[0-9][0-9]\.20[0-9][0-9] kl\. [0-9][0-9]\.[0-9][0-9]\.<' || break
        done
        [ "$j" = 8 ] && side | grep -q 'id="opgjort"' && return 0
        sleep 0.2
    done
    return 1
}
# alle_lig FIGUR: 8 pages in a row show that total.
alle_lig() {
    local j
    for j in $(seq 1 8); do
        [ "$(i_alt)" = "$1" ] || return 1
    done
}

export SKADESAG_RAPPORT_SEK=600
ok "serveren starter med rapportcachen (600 s) og 2 arbejdere" \
    server_start "$db" "$TMP/server.log" --arbejdere 2
ok "begge arbejderes cache er varm: siden siger, hvornår tallene er opgjort" varm
foer=$(i_alt)
ok "siden viser verserende sager i alt ($foer)" [ -n "$foer" ]
"$SKADESAG" sag --db "$db" opret - >/dev/null <<<'{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2026-06-01","anmeldelsesdato":"2026-07-01","cpr":"0101809011","team":"Team Nord","sagsbehandler":"sb101"}'
ok "inden for intervallet: de gemte tal, ikke den nye sag" alle_lig "$foer"
server_stop >/dev/null 2>&1

efter=$((foer + 1))
export SKADESAG_RAPPORT_SEK=0
ok "uden cache (standard) starter serveren" \
    server_start "$db" "$TMP/server0.log" --arbejdere 2
ok "uden cache: den nye sag tælles ($efter)" alle_lig "$efter"
ok "uden cache: ingen 'opgjort'-linje (tallene er beregnet nu)" \
    bash -c "! curl -s -H 'Authorization: Bearer $N' '$SERVER_URL/ui/rapport' | grep -q 'id=\"opgjort\"'"
server_stop >/dev/null 2>&1

export SKADESAG_RAPPORT_SEK=1
ok "med et interval på 1 s starter serveren" \
    server_start "$db" "$TMP/server1.log" --arbejdere 2
"$SKADESAG" sag --db "$db" opret - >/dev/null <<<'{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2026-06-02","anmeldelsesdato":"2026-07-02","cpr":"0101809011","team":"Team Nord","sagsbehandler":"sb101"}'
sleep 3
ok "efter intervallet er cachen fornyet: også den anden nye sag tælles ($((efter + 1)))" \
    alle_lig "$((efter + 1))"
ok "serveren stopper pænt (tråden afsluttes)" server_stop

echo "1..$n"
[ "$fejl" -eq 0 ]
