#!/bin/bash
# POST /api/beregn alone (docs/performance.md, "After the streaming reader"):
# the release build (build-release), 2 workers, wrk -t2 -c64 with
# bench/wrk_beregn.lua, with and without the trace, on a small demo database
# (the calculation reads no case data). SEK seconds per run (default 20),
# RUNS the run labels (default "1 2 3"). Not a test: tests do not time things.
#
# Knobs for the quiet-window measurements (defaults as before):
#   SKADESAG=...       another build (default build-release/skadesag)
#   ARBEJDERE=N        server worker processes (default 2)
#   WRK_T=N WRK_C=N    wrk threads and connections (default 2 and 64)
#   PIN=1              server pinned to CPU 0 and wrk to CPU 1 (taskset), so
#                      they do not take turns on the same core; with
#                      ARBEJDERE=1 WRK_T=1 that is one core each
# Each run line also gives the server's CPU time per request (user + sys of
# every worker, from /proc, divided by wrk's request count): on a shared
# machine that is the figure to compare between builds, not requests/s.
set -eu
cd "$(dirname "$0")/.."
S=${SKADESAG:-$PWD/build-release/skadesag}
ARB=${ARBEJDERE:-2}
WT=${WRK_T:-2}
WC=${WRK_C:-64}
SRV_PIN=()
WRK_PIN=()
if [ -n "${PIN:-}" ]; then
    SRV_PIN=(taskset -c 0)
    WRK_PIN=(taskset -c 1)
fi
D=$(mktemp -d "${TMPDIR:-/tmp}/sb.XXXXXX")
$S sag --db $D/b.db --bruger demo demo >/dev/null 2>&1 || true
echo 'bench-kodeord-der-er-langt-nok' | $S bruger --db $D/b.db opret bench --rolle sagsbehandler --team T1 --uden-totp >/dev/null 2>&1
export SKADESAG_NOEGLE=$($S bruger --db $D/b.db noegle bench --scope beregn,sager --beskrivelse bench 2>/dev/null) SKADESAG_KROP=examples/toemrer_2025.json
"${SRV_PIN[@]}" $S server --db $D/b.db --port 0 --arbejdere "$ARB" > $D/server.log 2>&1 &
sp=$!
for _ in $(seq 1 100); do port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)$|\1|p' $D/server.log); [ -n "$port" ] && break; sleep 0.1; done
# user + sys clock ticks of the server's processes (the parent and its workers)
ticks() {
    local t=0 p
    for p in $sp $(pgrep -P $sp); do
        t=$((t + $(awk '{ print $14 + $15 }' /proc/$p/stat 2>/dev/null || echo 0)))
    done
    echo $t
}
HZ=$(getconf CLK_TCK)
echo "server $S, $ARB arbejdere, wrk -t$WT -c$WC${PIN:+, taskset: server CPU 0, wrk CPU 1}"
for sti in /api/beregn "/api/beregn?spor=nej"; do
  "${WRK_PIN[@]}" wrk -t$WT -c$WC -d3s -s bench/wrk_beregn.lua "http://127.0.0.1:$port$sti" >/dev/null
  for i in ${RUNS:-1 2 3}; do
    t0=$(ticks)
    "${WRK_PIN[@]}" wrk -t$WT -c$WC -d${SEK:-20}s --latency -s bench/wrk_beregn.lua "http://127.0.0.1:$port$sti" > $D/wrk.$i
    t1=$(ticks)
    n=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' $D/wrk.$i)
    us=$(awk -v t=$((t1 - t0)) -v hz=$HZ -v n=$n 'BEGIN { printf "%.1f", n ? t / hz * 1e6 / n : 0 }')
    echo "$sti run $i: $(grep -E '^RESULTAT|Requests/sec|Non-2xx|Socket errors' $D/wrk.$i | tr '\n' ' ') server-CPU/forespørgsel ${us} us"
  done
done
kill -TERM $sp; wait $sp || true
rm -rf "$D"
