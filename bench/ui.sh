#!/bin/bash
# Benchmark of the web UI's pages (issue 12: "server time for any page
# under 50 ms at p99 on the 1.000.000-case database"): a release build,
# `skadesag server` with 2 workers on loopback and its access log, which
# records the server's own time per request (src/http/server.c, log_linje:
# from the request's arrival to the answer, in ms). Each page is fetched
# SKADESAG_BENCH_UI_N times (default 200) one after another with curl, as
# a logged-in caseworker (an API token with scope sager: the UI's pages
# identify a Bearer token as they do a session cookie), and the script
# prints p50, p99 and the maximum of the server's times per page as a
# Markdown table. Besides the caseworker's pages: a letter's page and PDF
# (when SKADESAG_NOEGLEFIL lets the script make a letter) and the injured
# person's pages (a borger account of one case's person). Not a test:
# tests do not time things.
#
#   bench/ui.sh                     on a copy of $SKADESAG_BENCH_UI_KILDE
#                                   (default /tmp/bench1m.db, the 1.000.000-
#                                   case portfolio; never written to)
#   SKADESAG_BENCH_UI_KILDE=x.db bench/ui.sh
#   SKADESAG_BENCH_UI_SAGER_PR_AAR=2000 bench/ui.sh   a small demodata
#                                   portfolio instead (a trial run)
#
# The copy is at $SKADESAG_BENCH_UI_DB (default /tmp/skadesag-ui-bench.db)
# and kept for the next run. $SKADESAG names another build to measure;
# SKADESAG_BENCH_UI_TEAM the team (default "Team 07").
set -eu
cd "$(dirname "$0")/.."
N=${SKADESAG_BENCH_UI_N:-200}
KILDE=${SKADESAG_BENCH_UI_KILDE:-/tmp/bench1m.db}
DB=${SKADESAG_BENCH_UI_DB:-/tmp/skadesag-ui-bench.db}
TEAM=${SKADESAG_BENCH_UI_TEAM:-Team 07}
if [ -z "${SKADESAG:-}" ]; then
    if [ ! -d build-bench ]; then
        meson setup build-bench --buildtype=release -Dtests=false >/dev/null
    fi
    ninja -C build-bench skadesag >/dev/null
fi
S=${SKADESAG:-./build-bench/skadesag}

if [ ! -f "$DB" ]; then
    if [ -n "${SKADESAG_BENCH_UI_SAGER_PR_AAR:-}" ]; then
        echo "bench/ui.sh: laver en portefølje i $DB ..." >&2
        $S demodata --db "$DB" --sager-pr-aar "$SKADESAG_BENCH_UI_SAGER_PR_AAR" \
            >"$DB.demodata"
    elif [ -f "$KILDE" ]; then
        echo "bench/ui.sh: kopierer $KILDE til $DB ..." >&2
        sqlite3 "$KILDE" ".backup '$DB'"
    else
        echo "bench/ui.sh: $KILDE findes ikke (sæt SKADESAG_BENCH_UI_KILDE" \
            "eller SKADESAG_BENCH_UI_SAGER_PR_AAR)" >&2
        exit 1
    fi
fi
if ! $S bruger --db "$DB" liste | grep -q '^benchui '; then
    echo 'bench-kodeord-der-er-langt-nok' | $S bruger --db "$DB" opret benchui \
        --rolle sagsbehandler --team "$TEAM" --uden-totp >/dev/null 2>&1
fi
NOEGLE=$($S bruger --db "$DB" noegle benchui --scope sager \
    --beskrivelse "bench/ui.sh" 2>/dev/null)
alle=$(sqlite3 "$DB" 'SELECT count(*) FROM sager')
# Cases of the team to open (the newest open one and an older closed one).
SAG1=$(sqlite3 "$DB" "SELECT id FROM sager WHERE team = '$TEAM' AND \
    status = 'aaben' ORDER BY id DESC LIMIT 1")
SAG2=$(sqlite3 "$DB" "SELECT id FROM sager WHERE team = '$TEAM' AND \
    status = 'lukket' ORDER BY id LIMIT 1")

# The injured person's pages: an account of role borger for the person of
# SAG2 (the CPR number read from the copy; never printed), with its own API
# key, and a letter on SAG2 for the letter pages when the key file the
# portfolio was made with is given (SKADESAG_NOEGLEFIL: the letter is an
# event in the case's keyed chain). Without it the letter pages are left out.
CPR=$(sqlite3 "$DB" "SELECT cpr FROM sager WHERE id = '$SAG2'")
if ! $S bruger --db "$DB" liste | grep -q '^benchborger '; then
    echo 'bench-kodeord-der-er-langt-nok' | $S bruger --db "$DB" opret \
        benchborger --rolle borger --cpr "$CPR" --uden-totp >/dev/null 2>&1
fi
unset CPR
BNOEGLE=$($S bruger --db "$DB" noegle benchborger --scope sager \
    --beskrivelse "bench/ui.sh" 2>/dev/null)
# Management (role ledelse, no team: the whole portfolio's figures).
if ! $S bruger --db "$DB" liste | grep -q '^benchledelse '; then
    echo 'bench-kodeord-der-er-langt-nok' | $S bruger --db "$DB" opret \
        benchledelse --rolle ledelse --uden-totp >/dev/null 2>&1
fi
LNOEGLE=$($S bruger --db "$DB" noegle benchledelse --scope sager \
    --beskrivelse "bench/ui.sh" 2>/dev/null)
BREV=$(sqlite3 "$DB" "SELECT id FROM breve WHERE sag_id = '$SAG2' LIMIT 1")
if [ -z "$BREV" ] && [ -n "${SKADESAG_NOEGLEFIL:-}" ]; then
    SKADESAG_BRUGER=benchui SKADESAG_ROLLE=sagsbehandler $S brev --db "$DB" \
        dan "$SAG2" --type anerkendelse >/dev/null 2>&1 || true
    BREV=$(sqlite3 "$DB" "SELECT id FROM breve WHERE sag_id = '$SAG2' LIMIT 1")
fi

# Search by name (the search page's use case, sag_tj_soeg_navn, through
# POST /api/soegning with the same key): 200 of the team's open cases get
# an injured person named "<one of 20 first names> Jensen" (written once, with
# SKADESAG_NOEGLEFIL), so "Karen Jensen" finds 10 cases and "jensen" 200.
if [ -n "${SKADESAG_NOEGLEFIL:-}" ] &&
    [ "$(sqlite3 "$DB" "SELECT count(*) FROM parter WHERE ord = 'jensen'" \
        2>/dev/null || echo 0)" = 0 ]; then
    fornavne=(Karen Anne Hans Peter Mette Lars Jens Inge Ole Birgit
        Niels Lene Erik Susanne Poul Hanne Jørgen Kirsten Søren Bente)
    i=0
    for sag in $(sqlite3 "$DB" "SELECT id FROM sager WHERE team = '$TEAM' \
        AND status = 'aaben' ORDER BY id LIMIT 200"); do
        printf '{"type":"part_tilfoejet","dato":"2026-01-05","begrundelse":"bench","part":"tilskadekomne","navn":"%s Jensen"}' \
            "${fornavne[$((i % 20))]}" |
            SKADESAG_BRUGER=benchui SKADESAG_ROLLE=sagsbehandler \
                $S sag --db "$DB" haendelse "$sag" - >/dev/null
        i=$((i + 1))
    done
fi

LOG=$(mktemp)
UD=$(mktemp)
$S server --db "sqlite:$DB" --port 0 --arbejdere 2 --adgangslog "$LOG" \
    >"$UD" 2>&1 &
PID=$!
trap 'kill -TERM $PID 2>/dev/null; wait $PID 2>/dev/null; rm -f "$LOG" "$UD"' EXIT
URL=
for ((i = 0; i < 300; i++)); do
    URL=$(sed -n 's/^skadesag server lytter på //p' "$UD")
    [ -z "$URL" ] || break
    sleep 0.1
done
[ -n "$URL" ] || { cat "$UD" >&2; exit 1; }

# With the report cache (SKADESAG_RAPPORT_SEK, docs/server.md) the
# management page is measured as users get it once the server has warmed
# its cache: wait until 8 pages in a row (both workers) say when their
# figures were computed.
if [ "${SKADESAG_RAPPORT_SEK:-0}" -gt 0 ]; then
    for ((i = 0; i < 600; i++)); do
        varme=0
        for ((j = 0; j < 8; j++)); do
            for n in "$NOEGLE" "$LNOEGLE"; do
                curl -s -H "Authorization: Bearer $n" "$URL/ui/rapport" |
                    grep -q 'id="opgjort"' && varme=$((varme + 1))
            done
        done
        [ "$varme" = 16 ] && break
        sleep 1
    done
fi

TEAM_Q=$(printf '%s' "$TEAM" | sed 's/ /%20/g')
# The management page for another period than the default and the
# drill-downs to the facts behind its figures (the bench user's team: an
# account with a team sees its own team's figures).
IDAG=$(date -u +%F)
AAR=$(date -u +%Y)
sider=(
    "/ui/arbejdsliste"
    "/ui/arbejdsliste?team=1"
    "/ui/sager/$SAG1"
    "/ui/sager/$SAG2"
    "/ui/sager/$SAG1/afgoerelse?fase=erhvervsevnetab"
    "/ui/soeg"
    "/ui/sagsliste?status=aaben&team=$TEAM_Q"
    "/ui/rapport"
    "/ui/rapport?fra=2024-01-01&til=2024-12-31"
    "/ui/rapport/sager?tal=verserende.0&fra=$AAR-01-01&til=$IDAG"
    "/ui/rapport/sager?tal=frist-i-alt.1&fra=2024-01-01&til=2024-12-31"
    "/ui/rapport/sager?tal=klager.2024&fra=2024-01-01&til=2024-12-31"
    "/ui/ny-sag"
)
# Management's (the whole portfolio, and one team picked).
sider+=("ledelse:/ui/rapport" "ledelse:/ui/rapport?team=$TEAM_Q"
    "ledelse:/ui/rapport?fra=2024-01-01&til=2024-12-31"
    "ledelse:/ui/rapport/sager?tal=frist-i-alt.1&fra=2024-01-01&til=2024-12-31"
    "ledelse:/ui/rapport/sager?tal=klager.2024&fra=2024-01-01&til=2024-12-31")
[ -z "$BREV" ] || sider+=("/ui/breve/$BREV" "/ui/breve/$BREV/pdf")
# The injured person's (with their own key: "borger:" is not in the URL).
sider+=("borger:/ui/mine-sager" "borger:/ui/sager/$SAG2")
# Search by name (POST: the name is never in a URL).
sider+=('post:/api/soegning:{"navn":"Karen Jensen"}' 'post:/api/soegning:{"navn":"jensen"}')
echo "## The web UI's pages (bench/ui.sh)"
echo
echo "$(date -u +%d.%m.%Y) on $(nproc) cores, $alle cases, team $TEAM, $N requests per page one at a time;"
echo "the server's own time per request from its access log (ms); report cache: SKADESAG_RAPPORT_SEK=${SKADESAG_RAPPORT_SEK:-0}."
echo
echo "| page | status | p50 | p99 | max |"
echo "|---|---|---|---|---|"
for side in "${sider[@]}"; do
    foer=$(wc -l <"$LOG")
    hvem=$NOEGLE
    krop=
    case $side in
    borger:*) side=${side#borger:} hvem=$BNOEGLE ;;
    ledelse:*) side=${side#ledelse:} hvem=$LNOEGLE ;;
    post:*) side=${side#post:} krop=${side#*:} side=${side%%:*} ;;
    esac
    for ((i = 0; i < N; i++)); do
        if [ -n "$krop" ]; then
            curl -s -o /dev/null -H "Authorization: Bearer $hvem" \
                -H 'Content-Type: application/json' -d "$krop" "$URL$side"
        else
            curl -s -o /dev/null -H "Authorization: Bearer $hvem" "$URL$side"
        fi
    done
    [ -z "$krop" ] || side="POST $side $krop"
    [ "$hvem" != "$LNOEGLE" ] || side="$side (ledelse)"
    [ "$hvem" != "$BNOEGLE" ] || side="$side (borger)"
    sleep 0.2
    tail -n +"$((foer + 1))" "$LOG" | awk '{print $7, $5}' | sort -n |
        awk -v side="$side" '
            { t[NR] = $1; s[$2]++ }
            END {
                p50 = t[int((NR - 1) * 0.50) + 1]; p99 = t[int((NR - 1) * 0.99) + 1]
                st = ""; for (k in s) st = st (st == "" ? "" : ",") k
                printf "| `%s` | %s | %s | %s | %s |\n", side, st, p50, p99, t[NR]
            }'
done
