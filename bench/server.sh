#!/bin/bash
# Benchmark of the HTTP server (docs/performance.md, "The server"): a
# release build, `skadesag server` with 2 workers on loopback, and wrk
# (Debian's 4.1) on the same machine:
#
#   - POST /api/beregn with examples/toemrer_2025.json, with the trace and
#     without (?spor=nej), API token with scope beregn;
#   - GET /api/arbejdsliste?team=… (a team's worklist, first 50) with 200
#     connections on a portfolio of about 1.000.000 cases.
#
# Each run is SKADESAG_BENCH_SEK seconds (default 60) at full load; it
# reports requests/s, p50/p99 latency, errors, and how much of the two
# cores the server's workers and wrk used. Prints a Markdown section on
# stdout (scripts/bench appends it to docs/performance.md); progress on
# stderr. Not a test: tests do not time things.
#
# The portfolio is made once with `skadesag demodata` (5 years at 209.000
# cases a year: about 1.000.000 cases; some 10 minutes) and kept at
# $SKADESAG_BENCH_SERVER_DB (default /tmp/skadesag-server-bench.db) for the
# next run. An account "bench" and a new API token are added to it.
# SKADESAG_BENCH_SEK, _SERVER_DB and _TEAM change the defaults; $SKADESAG
# names another build of the command to measure.
set -eu
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
    echo "bench/server.sh: wrk mangler (apt-get install wrk)" >&2
    exit 1
fi
SEK=${SKADESAG_BENCH_SEK:-60}
DB=${SKADESAG_BENCH_SERVER_DB:-/tmp/skadesag-server-bench.db}
TEAM=${SKADESAG_BENCH_TEAM:-Team 07}
KROP=examples/toemrer_2025.json
# $SKADESAG measures another build (e.g. the commit before a change).
if [ -z "${SKADESAG:-}" ]; then
    if [ ! -d build-bench ]; then
        meson setup build-bench --buildtype=release -Dtests=false >/dev/null
    fi
    ninja -C build-bench skadesag >/dev/null
fi
S=${SKADESAG:-./build-bench/skadesag}

if [ ! -f "$DB" ]; then
    echo "bench/server.sh: laver porteføljen i $DB (minutter) ..." >&2
    rm -f "$DB.ny" "$DB.ny-wal" "$DB.ny-shm"
    $S demodata --db "$DB.ny" --sager-pr-aar 209000 >"$DB.demodata"
    mv "$DB.ny" "$DB"
fi
if ! $S bruger --db "$DB" liste | grep -q '^bench '; then
    echo 'bench-kodeord-der-er-langt-nok' | $S bruger --db "$DB" opret bench \
        --rolle sagsbehandler --team "$TEAM" --uden-totp >/dev/null 2>&1
fi
NOEGLE=$($S bruger --db "$DB" noegle bench --scope beregn,sager \
    --beskrivelse "bench/server.sh" 2>/dev/null)
export SKADESAG_NOEGLE=$NOEGLE SKADESAG_KROP=$KROP
# The portfolio's size, read directly (a count is no use case of the CLI).
alle=$(sqlite3 "$DB" 'SELECT count(*) FROM sager')
sager=$(sqlite3 "$DB" "SELECT count(*) FROM sager WHERE status = 'aaben'")
team=$(sqlite3 "$DB" "SELECT count(*) FROM sager WHERE status = 'aaben' \
    AND team = '$TEAM'")

# CPU ticks (user + system) a process has used.
ticks() {
    awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0
}

# CPU ticks the whole machine has been busy (all but idle and iowait).
travl() {
    awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat
}

HZ=$(getconf CLK_TCK)

# The machine is shared: wait (up to SKADESAG_BENCH_VENT seconds, default
# 900) until it has been nearly idle (under 0,1 core busy) for 3 s.
vent_paa_ro() {
    local t0=$SECONDS m0 m1
    while [ $((SECONDS - t0)) -lt "${SKADESAG_BENCH_VENT:-900}" ]; do
        m0=$(travl)
        sleep 3
        m1=$(travl)
        [ $(((m1 - m0) * 10 / HZ / 3)) -lt 1 ] && return 0
        sleep 5
    done
    echo "bench/server.sh: maskinen blev ikke stille; måler alligevel" >&2
}

# koer NAVN MÅL FORBINDELSER STI LUA: one wrk run against a fresh server;
# one Markdown table row.
koer() {
    local navn=$1 maal=$2 c=$3 sti=$4 lua=$5 ud=/tmp/skadesag-bench-wrk
    local sp port arb w0 w1 wp k0 k1 m0 m1 v0 v1 l0 r p50 p99 fejl hz=$HZ
    vent_paa_ro
    $S server --db "$DB" --port 0 --arbejdere 2 >"$ud.server" 2>&1 &
    sp=$!
    for _ in $(seq 1 100); do
        port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)$|\1|p' "$ud.server")
        [ -n "$port" ] && break
        sleep 0.1
    done
    arb=$(pgrep -P "$sp")
    # Warm up (caches, the token, SQLite's pages), then measure.
    wrk -t2 -c"$c" -d3s -s "$lua" "http://127.0.0.1:$port$sti" >/dev/null
    l0=$(cut -d' ' -f1 /proc/loadavg)
    w0=0
    for p in $arb; do w0=$((w0 + $(ticks "$p"))); done
    wrk -t2 -c"$c" -d"${SEK}s" --latency -s "$lua" \
        "http://127.0.0.1:$port$sti" >"$ud" &
    wp=$!
    sleep 1
    k0=$(ticks "$wp")
    m0=$(travl)
    v0=0
    for p in $arb; do v0=$((v0 + $(ticks "$p"))); done
    sleep $((SEK - 2))
    k1=$(ticks "$wp")
    m1=$(travl)
    v1=0
    for p in $arb; do v1=$((v1 + $(ticks "$p"))); done
    wait "$wp"
    w1=0
    for p in $arb; do w1=$((w1 + $(ticks "$p"))); done
    kill -TERM "$sp"
    wait "$sp" || true
    read -r _ r p50 p99 fejl < <(grep '^RESULTAT' "$ud")
    echo "bench/server.sh: $navn: $r/s, p50 $p50 µs, p99 $p99 µs, $fejl fejl" >&2
    sed 's/^/    /' "$ud" >>/tmp/skadesag-bench-wrk.alle
    # The server's share over the whole run; wrk's, the machine's and the
    # rest (other processes, interrupts) over all but wrk's first and last
    # second, sampled while it ran.
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$navn" \
        "$c" "$r" "$(awk "BEGIN{printf \"%.1f\", $p50/1000}")" \
        "$(awk "BEGIN{printf \"%.1f\", $p99/1000}")" "$fejl" \
        "$(awk "BEGIN{printf \"%.2f\", ($w1-$w0)/$hz/$SEK}")" \
        "$(awk "BEGIN{printf \"%.2f\", ($k1-$k0)/$hz/($SEK-2)}")" \
        "$(awk "BEGIN{printf \"%.2f\", (($m1-$m0)-($k1-$k0)-($v1-$v0))/$hz/($SEK-2)}")" \
        "$maal $l0"
}

rm -f /tmp/skadesag-bench-wrk.alle
cat <<TEKST
## The server (bench/server.sh)

\`skadesag server\` (release build) with 2 worker processes on loopback,
driven by wrk $(wrk --version 2>&1 | sed -n 's/^wrk \([^ ]*\).*/\1/p') (2 threads) on the same
$(nproc)-core machine, $SEK s at full load per line after 3 s of warm-up; every
request with an API token (\`Authorization: Bearer\`, checked on every request).
The database is a \`skadesag demodata\` portfolio of $alle cases ($sager open,
$team of them in $TEAM's), $(du -h "$DB" | cut -f1). "Cores" is CPU time per second of wall clock:
the server's two workers, wrk, and the rest of the machine's busy time
(other processes and interrupts; the machine is shared, and what else runs
takes CPU from both). The last column ends with the load average (1 min)
after the warm-up, which counts the benchmark itself; "resten" is what
tells whether anything else ran.

| måling | forbindelser | forespørgsler/s | p50 (ms) | p99 (ms) | fejl | server (kerner) | wrk (kerner) | resten (kerner) | mål; load |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---|
TEKST
koer "GET /api/sundhed (intet login, intet indhold)" "(loftet);" 64 \
    /api/sundhed bench/wrk_liste.lua
koer "POST /api/beregn med spor" "≥ 30.000/s;" 64 /api/beregn bench/wrk_beregn.lua
koer "POST /api/beregn uden spor (?spor=nej)" "≥ 60.000/s;" 64 \
    "/api/beregn?spor=nej" bench/wrk_beregn.lua
koer "GET /api/arbejdsliste?team=$TEAM" "p99 < 20 ms;" 200 \
    "/api/arbejdsliste?team=${TEAM// /%20}" bench/wrk_liste.lua
cat <<'TEKST'

What limits each figure. Every line shares the two cores with wrk, which
takes about a third of them (half for /api/sundhed, whose answers are
tiny); the server's workers use the rest.
GET /api/sundhed is the ceiling of the HTTP stack alone on this machine
(no login, a 15-byte answer): libmicrohttpd's epoll loop and the kernel's
loopback TCP, whose send (delivering to wrk's socket) is the largest
single cost in a worker's profile. POST /api/beregn adds the token check
(a SHA-256 and a constant-time compare: the store's answer is reused for
up to 1 s, docs/server.md), parsing the 1 KB input with jansson (about a
third of a worker's time without the trace), the engine (a few
microseconds), and writing the answer (1,5 KB; 8 KB with the trace, whose
Danish sentences are formatted per request). No SQLite and no Argon2
(only a login hashes a password). The worklist is two index range reads
of 50 rows each in SQLite (covering indexes, migration 7) and about 20 KB
of JSON; with 200 connections wrk keeps 200 requests in flight, so its
latency is 200 divided by the throughput (Little's law), and p99 follows
the throughput.

wrk's own reports:

TEKST
cat /tmp/skadesag-bench-wrk.alle
rm -f /tmp/skadesag-bench-wrk /tmp/skadesag-bench-wrk.server /tmp/skadesag-bench-wrk.alle
