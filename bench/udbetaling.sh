#!/bin/bash
# Benchmark of the monthly payment run (docs/performance.md, "The monthly
# payment run"): `skadesag udbetaling koer --maaned 2026-01` over N running
# awards (default 1.000.000) on SQLite, then the re-run of the same month,
# then writing the payment files. The portfolio is made once by
# tests/udbetaling/portefolje.sh and copied fresh before each first run.
# Each line is the median of 3 runs by wall clock with that run's CPU time
# (user + sys): on a shared machine CPU seconds tell the code from the
# neighbours. Prints a Markdown table on stdout, progress on stderr. Needs
# a release build (meson setup build-rel --buildtype=release); $SKADESAG
# names another. Not a test: tests do not time things.
set -eu
cd "$(dirname "$0")/.."
N=${1:-1000000}
S=${SKADESAG:-./build-rel/skadesag}
T=${TMPDIR:-/tmp}
REN=$T/skadesag-udb-ren.db
DB=$T/skadesag-udb.db
U="--rolle teamleder --bruger tl1"
if [ ! -f "$REN" ] || [ "$(sqlite3 "$REN" 'SELECT count(*) FROM ydelser' 2>/dev/null)" != "$((N + 0))" ]; then
    echo "bench/udbetaling.sh: laver $N ydelser i $REN" >&2
    SKADESAG=$S tests/udbetaling/portefolje.sh "$REN" "$N"
fi

koer() { # "wall cpu" of one command, output discarded
    local t
    TIMEFORMAT='%R %U %S'
    t=$( { time "$@" >/dev/null 2>&1; } 2>&1 ) || true
    echo "$t" | awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }'
}
median() { sort -n | sed -n 2p; }
frisk() { rm -f "$DB" "$DB-wal" "$DB-shm"; cp "$REN" "$DB"; }

# shellcheck disable=SC2086
foerste=$(for i in 1 2 3; do frisk; koer "$S" udbetaling --db "$DB" $U koer --maaned 2026-01; done | median)
# The database of the last first run stays for the re-run and the files.
# shellcheck disable=SC2086
igen=$(for i in 1 2 3; do koer "$S" udbetaling --db "$DB" $U koer --maaned 2026-01; done | median)
mkdir -p "$T/skadesag-udb-filer"
# shellcheck disable=SC2086
filer=$(for i in 1 2 3; do koer "$S" udbetaling --db "$DB" $U filer UDB-2026-01-K1 --mappe "$T/skadesag-udb-filer" --afsender-iban DK5000400440116243; done | median)
ordrer=$(sqlite3 "$DB" "SELECT count(*) FROM udbetaling_ordrer")
echo "| step | wall (s) | CPU user+sys (s) |"
echo "|---|---:|---:|"
echo "| first run, $N awards → $ordrer orders | ${foerste% *} | ${foerste#* } |"
echo "| re-run of the same month (adds nothing) | ${igen% *} | ${igen#* } |"
echo "| payment files (pain.001 + CSV/JSON) | ${filer% *} | ${filer#* } |"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
