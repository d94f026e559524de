#!/bin/bash
# The server under concurrent load, stopped gracefully: the crash test's
# writers (tests/crash/klienter.bash) and a reader (a case folder, a team's
# worklist, the calculation) against 2 workers with the access log on, for
# SKADESAG_BELASTNING_SEK seconds (default 8); then SIGTERM. Every write
# acknowledged is there, every answer was 2xx, the server exits 0, and
# `verificer` passes. scripts/test runs it on the ThreadSanitizer build and
# reads the sanitizer's reports from the server's log (TSAN_OPTIONS).
# $SKADESAG is the command under test.
cd "$(dirname "$0")/../.."
. tests/cli/lib.bash
. tests/crash/klienter.bash
SEK=${SKADESAG_BELASTNING_SEK:-8}
export SKADESAG_BRUGER=belastning SKADESAG_ROLLE=sagsbehandler
db=$TMP/belastning.db
KL_DIR=$TMP/klienter
mkdir -p "$KL_DIR"
trap 'server_draeb; klienter_stop; rm -rf "$TMP"' EXIT

sager=
for i in 1 2 3; do
    id=$("$SKADESAG" sag --db "$db" opret - <<<'{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-06-01","anmeldelsesdato":"2025-07-01","cpr":"0101809011","team":"T1","sagsbehandler":"nb1"}' \
        | grep -o 'AES-[0-9]*-[0-9]*' | head -1)
    sager="$sager $id"
done
echo 'belastning-kodeord-der-er-langt-nok' \
    | "$SKADESAG" bruger --db "$db" opret nb1 --rolle sagsbehandler --team T1 \
        --uden-totp >/dev/null 2>&1
KL_NOEGLE=$("$SKADESAG" bruger --db "$db" noegle nb1 --scope sager,beregn 2>/dev/null)
ok "tre sager og en API-nøgle" [ "$(wc -w <<<"$sager")" -eq 3 -a ${#KL_NOEGLE} -eq 64 ]

# læser NAVN SAG: read a case, the team's worklist and a calculation in
# turn until $KL_DIR/stop; HTTP codes to $KL_DIR/koder.NAVN.
laeser() {
    local navn=$1 sag=$2 i=0 kode
    while [ ! -e "$KL_DIR/stop" ]; do
        i=$((i + 1))
        case $((i % 3)) in
        0) kode=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 \
            -H "Authorization: Bearer $KL_NOEGLE" \
            "$SERVER_URL/api/sager/$sag?grund=belastning") ;;
        1) kode=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 \
            -H "Authorization: Bearer $KL_NOEGLE" \
            "$SERVER_URL/api/arbejdsliste?team=T1") ;;
        2) kode=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 \
            -H "Authorization: Bearer $KL_NOEGLE" \
            -H 'Content-Type: application/json' \
            --data-binary @examples/toemrer_2025.json \
            "$SERVER_URL/api/beregn") ;;
        esac
        echo "$kode" >>"$KL_DIR/koder.$navn"
    done
}

ok "serveren starter med 2 arbejdere" \
    server_start "$db" "$TMP/server.log" --arbejdere 2 \
    --adgangslog "$TMP/adgang.log"
# shellcheck disable=SC2086
klienter_start 1 4 T1 $sager
# shellcheck disable=SC2086
laeser laeser1 $(echo $sager | cut -d" " -f1) &
KL_PIDS="$KL_PIDS $!"
sleep "$SEK"
klienter_stop
ok "serveren stopper pænt (SIGTERM, exit 0)" server_stop

cat "$KL_DIR"/kvitteret.* | sort -u >"$TMP/kvitteret"
i_databasen() {
    local s
    for s in $sager; do
        "$SKADESAG" sag --db "$db" --json vis "$s" \
            | grep -oE '"begrundelse":"r[0-9]+-k[0-9]+-[0-9]+"' | cut -d'"' -f4 \
            | sed "s|^|$s |"
    done
    "$SKADESAG" sag --db "$db" --json liste | grep -o '"id":"[^"]*"' \
        | cut -d'"' -f4 | sed 's|^|ny |'
}
i_databasen | sort -u >"$TMP/findes"
ok "$(wc -l <"$TMP/kvitteret") kvitterede skrivninger findes" \
    bash -c "[ -s $TMP/kvitteret ] && [ -z \"\$(comm -23 $TMP/kvitteret $TMP/findes)\" ]"
cat "$KL_DIR"/koder.* | grep -v '^2[0-9][0-9]$' | sort | uniq -c >"$TMP/andre"
ok "alle $(cat "$KL_DIR"/koder.* | wc -l) svar var 2xx" [ ! -s "$TMP/andre" ]
[ -s "$TMP/andre" ] && sed 's/^/# svar: /' "$TMP/andre"
ok "adgangsloggen har en linje pr. svar" \
    [ "$(wc -l <"$TMP/adgang.log")" -ge "$(cat "$KL_DIR"/koder.* | wc -l)" ]
ok "skadesag sag verificer" \
    bash -c "\"$SKADESAG\" sag --db $db verificer | grep -q '^ok: '"
slut
