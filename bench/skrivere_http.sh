#!/bin/bash
# Durable writes per second over HTTP with 1, 2 and 4 server processes at
# once, SQLite against PostgreSQL (issue 13; docs/performance.md, "Writers
# over HTTP"). `skadesag server --arbejdere N` runs N worker processes on
# one port, each with its own database connection; wrk (2 threads, WRK_C
# connections, default 32) appends the event "parter_orienteret" to 64
# cases in turn with an API token (bench/wrk_haendelse.lua): every request
# is one use case in one transaction, committed durably (SQLite:
# synchronous=FULL in WAL mode; PostgreSQL: a cluster of its own with fsync
# on, tests/pg/klynge). Each line: requests/s, p50/p99, errors, and the CPU
# the server's workers and PostgreSQL's processes used per second.
#
#   bench/skrivere_http.sh [BYGGEMAPPE]     (default build-bench)
#
# SEK seconds per line (default 20). Not a test: tests do not time things.
set -eu
ROD=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$ROD"
BYG=${1:-build-bench}
S=$ROD/$BYG/skadesag
SEK=${SEK:-20}
C=${WRK_C:-32}
T=$(mktemp -d /tmp/skadesag-hskriv.XXXXXX)
chmod 755 "$T"
SP=
stop_server() {
    [ -z "$SP" ] || { kill -TERM "$SP" 2>/dev/null; wait "$SP" 2>/dev/null || true; }
    SP=
}
trap 'stop_server; "$ROD/tests/pg/klynge" stop "$T/k" >/dev/null 2>&1; rm -rf "$T"' EXIT
install -m 600 tests/noegler/test.noegler "$T/noegler"
export SKADESAG_NOEGLEFIL=$T/noegler SKADESAG_BRUGER=bench SKADESAG_ROLLE=sagsbehandler
KLYNGE_FSYNC=on "$ROD/tests/pg/klynge" start "$T/k" >/dev/null

# 64 new cases, each able to take any number of parter_orienteret events.
for i in $(seq 1 64); do
    "$S" sag --db "$T/s.db" opret - >/dev/null <<<"{\"sagstype\":\"ulykke\",\"generation\":\"foerstegang\",\"skadedato\":\"2025-06-01\",\"anmeldelsesdato\":\"2025-07-01\",\"cpr\":\"0101809011\",\"team\":\"T1\",\"sagsbehandler\":\"sb1\"}" 2>/dev/null
done
echo 'bench-kodeord-der-er-langt-nok' | "$S" bruger --db "$T/s.db" opret bench \
    --rolle sagsbehandler --team T1 --uden-totp >/dev/null 2>&1
url=$("$ROD/tests/pg/klynge" opret "$T/k" skrivere)
"$S" db kopier "$T/s.db" "$url" >/dev/null
SKADESAG_SAGER=$(sqlite3 "$T/s.db" "SELECT id FROM sager ORDER BY id" | paste -sd' ')
export SKADESAG_SAGER
pgpid=$(head -1 "$T/k/data/postmaster.pid" 2>/dev/null || head -1 "$T/k/postmaster.pid")

ticks() { # user + sys ticks of the given processes and their children
    local t=0 p
    for p in "$@"; do
        t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
    done
    echo "$t"
}
HZ=$(getconf CLK_TCK)

echo "| lager | serverprocesser | skrivninger/s | p50 (ms) | p99 (ms) | fejl | server (kerner) | PostgreSQL (kerner) | load |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
for lager in sqlite postgresql; do
    db=$T/s.db
    [ "$lager" = sqlite ] || db=$url
    SKADESAG_NOEGLE=$("$S" bruger --db "$db" noegle bench --scope sager 2>/dev/null)
    export SKADESAG_NOEGLE
    for w in 1 2 4; do
        rm -f "$T/adgang.log"
        "$S" server --db "$db" --port 0 --arbejdere "$w" \
            --adgangslog "$T/adgang.log" >"$T/server.log" 2>&1 &
        SP=$!
        port=
        for _ in $(seq 1 100); do
            port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)$|\1|p' "$T/server.log")
            [ -n "$port" ] && break
            sleep 0.1
        done
        wrk -t2 -c"$C" -d2s -s bench/wrk_haendelse.lua "http://127.0.0.1:$port/" >/dev/null
        arb=$(pgrep -P "$SP" | paste -sd' ')
        pgp=$(pgrep -P "$pgpid" | paste -sd' ')
        # shellcheck disable=SC2086
        a0=$(ticks $arb) p0=$(ticks $pgp)
        wrk -t2 -c"$C" -d"${SEK}s" --latency -s bench/wrk_haendelse.lua \
            "http://127.0.0.1:$port/" >"$T/wrk"
        # shellcheck disable=SC2086
        a1=$(ticks $arb) p1=$(ticks $pgp)
        read -r _ r p50 p99 fejl < <(grep '^RESULTAT' "$T/wrk")
        stop_server
        # The refused requests by status (from the server's access log).
        koder=$(awk '$5 >= 400 { print $5 }' "$T/adgang.log" | sort | uniq -c |
            awk '{ printf "%s%s×%s", (NR > 1 ? ", " : ""), $1, $2 }')
        printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$lager" "$w" "$r" \
            "$(awk "BEGIN{printf \"%.1f\", $p50/1000}")" \
            "$(awk "BEGIN{printf \"%.1f\", $p99/1000}")" "$fejl${koder:+ ($koder)}" \
            "$(awk "BEGIN{printf \"%.2f\", ($a1-$a0)/$HZ/$SEK}")" \
            "$(if [ "$lager" = sqlite ]; then echo -; else awk "BEGIN{printf \"%.2f\", ($p1-$p0)/$HZ/$SEK}"; fi)" \
            "$(cut -d' ' -f1 /proc/loadavg)"
    done
done
