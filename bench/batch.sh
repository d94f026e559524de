#!/bin/bash
# Benchmark of `skadesag beregn --batch` end to end, file in -> file out,
# beside the engine alone (bench_beregning), in the same run
# (docs/performance.md, "The batch").
#
#   bench/batch.sh [ANTAL]        (default 300000 cases)
#
# The input is made by bench/lav_batch.py (realistic cases, 1 % refused)
# into $TMPDIR; each line of the table is the median of 3 runs (by wall
# clock), with the CPU time (user + sys) of that run: on a shared machine
# "cases per CPU second" tells the code from the neighbours. The output file
# is written on the same file system as the input and compared with the
# first run's (the same bytes with --jobs 2 as with one thread). Prints a
# Markdown section on stdout; progress on stderr. Needs a release build in
# build-bench (scripts/bench makes it); $SKADESAG and $BENCH_BEREGNING name
# other builds. Not a test: tests do not time things.
set -eu
cd "$(dirname "$0")/.."
ANTAL=${1:-300000}
S=${SKADESAG:-./build-bench/skadesag}
B=${BENCH_BEREGNING:-./build-bench/bench/bench_beregning}
T=${TMPDIR:-/tmp}
IND=$T/skadesag-batch-ind.jsonl
UD=$T/skadesag-batch-ud.jsonl
REF=$T/skadesag-batch-ref.jsonl
echo "bench/batch.sh: laver $ANTAL sager i $IND" >&2
python3 bench/lav_batch.py "$ANTAL" 1 >"$IND"
STR=$(du -m "$IND" | cut -f1)

# One run: "wall cpu" in seconds (bash's own clock; no /usr/bin/time).
koer() {
    local t
    TIMEFORMAT='%R %U %S'
    t=$( { time "$@" >"$UD" 2>/dev/null; } 2>&1 ) || true
    echo "$t" | awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }'
}
# Median of 3 by wall clock: "wall cpu".
median() {
    for i in 1 2 3; do koer "$@"; done | sort -n | sed -n 2p
}
raekke() { # raekke NAVN MÅL KOMMANDO...
    local navn=$1 maal=$2 r w c
    shift 2
    echo "bench/batch.sh: $navn" >&2
    r=$(median "$@")
    w=${r% *}
    c=${r#* }
    echo "| $navn | $(awk -v n="$ANTAL" -v w="$w" 'BEGIN { printf "%.0f", n / w }') | $w | $c | $(awk -v n="$ANTAL" -v c="$c" 'BEGIN { printf "%.0f", n / c }') | $maal |"
}
motor() { # motor uden|med: the engine alone, median of 3
    for i in 1 2 3; do
        "$B" data 2000000 "$1" | sed -n 's/.* = \([0-9]*\) pr. sekund/\1/p'
    done | sort -n | sed -n 2p
}

echo "## The batch (bench/batch.sh)"
echo
echo "\`skadesag beregn --batch\` on $ANTAL generated cases (\`bench/lav_batch.py\`: skøn, income"
echo "comparison and § 17 a; årsløn given or as income years; Danish text in the"
echo "assessments; 1 % refused), ${STR} MB of JSON Lines, read from a file and written to a"
echo "file on the same disk ($(df -T "$T" | awk 'NR == 2 { print $2 }')). Median of 3 runs by wall clock; \"CPU\" is user + sys"
echo "of that run, and cases per CPU second is what the code does on one core"
echo "whatever else the shared machine runs. The engine alone (bench_beregning,"
echo "no JSON, 2.000.000 decisions, median of 3) in the same run: $(motor uden) per"
echo "second without the trace, $(motor med) with."
echo
echo "| måling | sager/s (væg) | væg (s) | CPU (s) | sager pr. CPU-sekund | mål (én kerne) |"
echo "|---|---:|---:|---:|---:|---|"
raekke "batch med spor, 1 tråd" "≥ 100.000" "$S" beregn --batch "$IND"
cp "$UD" "$REF.med"
raekke "batch med spor, --jobs 2" "" "$S" beregn --jobs 2 --batch "$IND"
cmp -s "$UD" "$REF.med" || echo "bench/batch.sh: --jobs 2 gav andre bytes!" >&2
UDSTR=$(du -m "$UD" | cut -f1)
raekke "batch uden spor, 1 tråd" "≥ 300.000" "$S" beregn --uden-spor --batch "$IND"
cp "$UD" "$REF"
raekke "batch uden spor, --jobs 2" "" "$S" beregn --uden-spor --jobs 2 --batch "$IND"
cmp -s "$UD" "$REF" || echo "bench/batch.sh: --jobs 2 gav andre bytes!" >&2
raekke "kun at skrive uddata med spor: cat af de ${UDSTR} MB til en fil" "" cat "$REF.med"
echo
echo "Output: ${UDSTR} MB with the trace. The same bytes with --jobs 2 as with one thread (compared)."
rm -f "$IND" "$UD" "$REF" "$REF.med"
echo
echo "What bounds it (callgrind and perf on this machine, 2026-12-07). Without the"
echo "trace a case is about 580 bytes in and 930 bytes out and about 25.600"
echo "instructions: reading the JSON about 12.000 (src/codec/beregning_strom.c:"
echo "straight into the request struct, no tree; jansson only for what it declines,"
echo "so every refusal is jansson's as before), writing the result about 7.000,"
echo "the engine about 6.000; the system time is reading 165 MB and writing 266 MB."
echo "With the trace the output is about 5,3 KB a case and the user time about"
echo "68.600 instructions, two thirds of it the trace: formatting some 30 Danish"
echo "sentences and values (sag_spor_tekst and friends) and writing them as JSON"
echo "(sag_spor_json, which must scan every string for characters to escape); the"
echo "system time is the kernel's copy of 1,6 GB per 300.000 cases into the page"
echo "cache, which varies with the load and the state of the page cache (in perf"
echo "the kernel's copy, copy_folio_from_iter_atomic, was 5 % of the process's"
echo "samples in one run and 39 % in another, writing to memory the virtual"
echo "machine had not touched since it started; the cat line above is the same"
echo "copy without any computing). So with the trace one core is bounded by the"
echo "size of the output. Of the user time, strlen and memcpy are a fifth (every"
echo "string of the trace is measured again when it is formatted and written)."
echo "The results are written with write(2) every 64 KiB, while they are still in"
echo "the cache, in pieces that end on a page boundary of the file (the kernel"
echo "copies whole pages). --jobs N computes portions of about 256 KiB of input on"
echo "N threads while the main thread reads and writes; on two cores it overlaps"
echo "the computation with the kernel's I/O."
