#!/bin/bash
# Growing past one machine with PostgreSQL's own means (docs/postgresql.md):
# a primary and a streaming-replication hot standby on this machine, two
# `skadesag server` processes writing to the primary and reading the board
# report from the standby (--rapport-db). With the standby's replay paused,
# a case written through one server is in the primary and not in the
# report either server gives, which is the standby's; resumed, the report
# catches up. The standby refuses writes; both databases verify.
#
# Environment: SKADESAG (the binary), KLYNGE (the primary's cluster
# directory, tests/pg/klynge). TAP output.
set -u
ROD=$(cd "$(dirname "$0")/../.." && pwd -P)
S=${SKADESAG:?}
export SKADESAG=$S
. "$ROD/tests/api/lib.bash"
K=${KLYNGE:?}
T=$(mktemp -d /tmp/skadesag-standby.XXXXXX)
chmod 755 "$T"
pids=()
trap 'for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null; done
      "$ROD/tests/pg/klynge" stop "$T/s"; [ -n "${BEHOLD-}" ] || rm -rf "$T"' EXIT
n=0
fejl=0
tjek() { # tjek RC BESKRIVELSE
    n=$((n + 1))
    if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fejl=1; fi
}
psql_i() { # psql_i KLYNGEMAPPE SQL
    /usr/lib/postgresql/15/bin/psql -h "$1" -p "$(cat "$1/port")" \
        -U postgres -d drift -qAt -c "$2"
}

rapport() { # rapport URL-ELLER-SERVER: the 2025 board report as CSV
    "$S" rapport --db "$1" --bruger led1 --rolle ledelse portefolje \
        --fra 2025-01-01 --til 2025-12-31 --format csv
}
indhentet() { # wait until the standby has replayed what the primary wrote
    local lsn
    lsn=$(psql_i "$K" "SELECT pg_current_wal_lsn()")
    for _ in $(seq 1 100); do
        [ "$(psql_i "$T/s" "SELECT pg_last_wal_replay_lsn() >= '$lsn'")" = t ] &&
            return 0
        sleep 0.1
    done
    return 1
}

P=$("$ROD/tests/pg/klynge" opret "$K" drift)
{
    "$S" sag --db "$P" --bruger demo demo &&
        echo "test-kodeord-for-sb101" | "$S" bruger --db "$P" opret sb101 \
            --uden-totp --rolle sagsbehandler --team "Team Nord" &&
        echo "test-kodeord-for-led1" | "$S" bruger --db "$P" opret led1 \
            --uden-totp --rolle ledelse
} >"$T/skabelon.log" 2>&1
tjek $? "primæren: demosager og to konti"

SB=$("$ROD/tests/pg/klynge" standby "$K" "$T/s" 2>"$T/standby.log")
SB=${SB%/postgres*}
SB="postgresql:///drift?host=$T/s&port=$(cat "$T/s/port")&user=postgres"
[ "$(psql_i "$T/s" "SELECT pg_is_in_recovery()")" = t ]
tjek $? "en hot standby med streaming-replikering (pg_basebackup -R)"
indhentet
tjek $? "standbyen har indhentet primæren"

api_start "$T/s1.ud" --db "$P" --rapport-db "$SB" --arbejdere 1
tjek $? "server 1 på primæren, rapporter fra standbyen"
pids+=("$SERVER_PID") pid1=$SERVER_PID URL1=$SERVER_URL
api_start "$T/s2.ud" --db "$P" --rapport-db "$SB" --arbejdere 1
tjek $? "server 2 på primæren, rapporter fra standbyen"
pids+=("$SERVER_PID") pid2=$SERVER_PID URL2=$SERVER_URL

mkdir -p "$T/w" && cd "$T/w" && ln -s "$ROD/tests/api/api" api || exit 1
export API=$T
sag='{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-02-10","anmeldelsesdato":"2025-02-14","cpr":"0101809011","team":"Team Nord","sagsbehandler":"sb101","dato":"2025-02-14"}'
URL=$URL1 ./api sb101 POST /api/sager "$sag" >a1 && grep -q '^HTTP 201' a1
tjek $? "server 1 opretter en sag på primæren"
URL=$URL2 ./api sb101 POST /api/sager "$sag" >a2 && grep -q '^HTTP 201' a2
tjek $? "server 2 opretter en sag på primæren"
grep -q AES-2025-000003 a1 a2 && grep -q AES-2025-000004 a1 a2
tjek $? "de to servere fik hvert sit sagsnummer (AES-2025-000003 og -000004)"

indhentet && rapport "$P" >r.p && rapport "$SB" >r.s && cmp -s r.p r.s
tjek $? "indhentet: rapporten er den samme fra primæren og standbyen"

psql_i "$T/s" "SELECT pg_wal_replay_pause()" >/dev/null
URL=$URL1 ./api sb101 POST /api/sager "$sag" >a3 && grep -q '^HTTP 201' a3
tjek $? "med standbyens genafspilning sat på pause: en sag til"
rapport "$P" >r.p2
URL=$URL2 ./api led1 GET '/api/rapporter/portefolje?fra=2025-01-01&til=2025-12-31&format=csv' |
    sed 1,2d >r.api
cmp -s r.api <(sed 1d r.s) # without "HTTP 200" and the title line
tjek $? "serverens rapport er standbyens (uden den nye sag) ..."
! cmp -s r.p r.p2
tjek $? "... og primærens rapport har den nye sag"
psql_i "$T/s" "SELECT pg_wal_replay_resume()" >/dev/null
indhentet && URL=$URL1 ./api led1 GET \
    '/api/rapporter/portefolje?fra=2025-01-01&til=2025-12-31&format=csv' |
    sed 1,2d >r.api2 && ! cmp -s r.api r.api2
tjek $? "genoptaget: serverens rapport har den nye sag"

echo '{}' | "$S" sag --db "$SB" --bruger sb101 --rolle sagsbehandler \
    opret /dev/stdin >w.ud 2>&1
[ $? -ne 0 ]
tjek $? "standbyen afviser at skrive ($(head -c 80 w.ud))"
"$S" sag --db "$P" --bruger led1 --rolle ledelse verificer | grep -q '^ok: ' &&
    "$S" sag --db "$SB" --bruger led1 --rolle ledelse verificer | grep -q '^ok: '
tjek $? "verificer på primæren og på standbyen"

api_stop "$T/s1.ud" "$pid1"
tjek $? "server 1 stopper pænt"
api_stop "$T/s2.ud" "$pid2"
tjek $? "server 2 stopper pænt"
pids=()
echo "1..$n"
exit $fejl
