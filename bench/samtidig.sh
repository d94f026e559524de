#!/bin/bash
# Durable single-event writes per second with 1, 2 and 4 writers at once,
# SQLite against PostgreSQL (docs/performance.md). Each writer is a thread
# with its own connection (tests/crash/skriver parallel: its own case, one
# event per transaction, synchronous=FULL / fsync on), which is what a
# server worker process is to the database.
#
#   bench/samtidig.sh BYGGEMAPPE [HÆNDELSER_PR_SKRIVER]
#
# Starts its own PostgreSQL cluster with fsync on (tests/pg/klynge).
set -eu
ROD=$(cd "$(dirname "$0")/.." && pwd -P)
BYG=${1:?brug: bench/samtidig.sh BYGGEMAPPE [N]}
N=${2:-300}
SKRIVER=$BYG/tests/crash_skriver
T=$(mktemp -d /tmp/skadesag-samtidig.XXXXXX)
chmod 755 "$T"
trap '"$ROD/tests/pg/klynge" stop "$T/k"; rm -rf "$T"' EXIT
KLYNGE_FSYNC=on "$ROD/tests/pg/klynge" start "$T/k" >/dev/null

echo "| skrivere | SQLite (hændelser/s) | PostgreSQL (hændelser/s) |"
echo "|---:|---:|---:|"
for w in 1 2 4; do
    s0=$(date +%s.%N)
    "$SKRIVER" "$T/s$w.db" parallel "$w" "$N" >/dev/null
    s1=$(date +%s.%N)
    url=$("$ROD/tests/pg/klynge" opret "$T/k" "p$w")
    p0=$(date +%s.%N)
    "$SKRIVER" "$url" parallel "$w" "$N" >/dev/null
    p1=$(date +%s.%N)
    awk -v w="$w" -v n="$N" -v s0="$s0" -v s1="$s1" -v p0="$p0" -v p1="$p1" \
        'BEGIN { printf "| %d | %.0f | %.0f |\n", w, w * (n + 1) / (s1 - s0),
                 w * (n + 1) / (p1 - p0) }'
done
