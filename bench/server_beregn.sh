#!/bin/bash
# POST /api/beregn alone (docs/performance.md, "After the streaming reader"):
# the release build (build-release), 2 workers, wrk -t2 -c64 with
# bench/wrk_beregn.lua, with and without the trace, on a small demo database
# (the calculation reads no case data). SEK seconds per run (default 20),
# RUNS the run labels (default "1 2 3"). Not a test: tests do not time things.
set -eu
cd "$(dirname "$0")/.."
S=$PWD/build-release/skadesag
D=/tmp/sb; rm -rf $D; mkdir -p $D
$S sag --db $D/b.db --bruger demo demo >/dev/null 2>&1 || true
echo 'bench-kodeord-der-er-langt-nok' | $S bruger --db $D/b.db opret bench --rolle sagsbehandler --team T1 --uden-totp >/dev/null 2>&1
export SKADESAG_NOEGLE=$($S bruger --db $D/b.db noegle bench --scope beregn,sager --beskrivelse bench 2>/dev/null) SKADESAG_KROP=examples/toemrer_2025.json
$S server --db $D/b.db --port 0 --arbejdere 2 > $D/server.log 2>&1 &
sp=$!
for _ in $(seq 1 100); do port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)$|\1|p' $D/server.log); [ -n "$port" ] && break; sleep 0.1; done
for sti in /api/beregn "/api/beregn?spor=nej"; do
  wrk -t2 -c64 -d3s -s bench/wrk_beregn.lua "http://127.0.0.1:$port$sti" >/dev/null
  for i in ${RUNS:-1 2 3}; do
    wrk -t2 -c64 -d${SEK:-20}s --latency -s bench/wrk_beregn.lua "http://127.0.0.1:$port$sti" > $D/wrk.$i
    echo "$sti run $i: $(grep -E '^RESULTAT|Requests/sec|Non-2xx|Socket errors' $D/wrk.$i | tr '\n' ' ')"
  done
done
kill -TERM $sp; wait $sp || true
