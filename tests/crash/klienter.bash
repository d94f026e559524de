# Concurrent HTTP clients for the server tests (tests/crash/server.sh kills
# the server under them; scripts/test's TSan job only loads it). Source from
# a test script after tests/cli/lib.bash; needs curl and $SKADESAG.
#
# Each client writes one line per attempt to $KL_DIR/forsoeg.NAVN before the
# request ("SAG ID" for an event, "ny NAVN-N" for a case) and, only when the
# answer was 2xx, to $KL_DIR/kvitteret.NAVN ("SAG ID", or "ny SAG-ID" with
# the id the server returned). Every answer's HTTP code goes to
# $KL_DIR/koder.NAVN (000: no answer, e.g. the server was killed).

# server_start DB LOG [tilvalg ...]: start `skadesag server` on a free port in
# the background; sets SERVER_PID and SERVER_URL, false if it did not say it
# listens within 20 s.
server_start() {
    local db=$1 log=$2 port i
    shift 2
    "$SKADESAG" server --db "$db" --port 0 --data data "$@" \
        >"$log.ud" 2>"$log" &
    SERVER_PID=$!
    SERVER_URL=
    for i in $(seq 1 200); do
        port=$(sed -n 's|^skadesag server lytter på http://127.0.0.1:\([0-9]*\)$|\1|p' \
            "$log.ud")
        if [ -n "$port" ]; then
            SERVER_URL=http://127.0.0.1:$port
            return 0
        fi
        kill -0 "$SERVER_PID" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# Is the process gone (or a zombie that holds nothing)?
doed() {
    [ ! -e "/proc/$1" ] || [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" = Z ]
}

# server_draeb: SIGKILL the parent and its workers, at once and with no
# chance to respawn: the parent is stopped first, then its children are
# killed by its id, then the parent. Waits until all are gone.
server_draeb() {
    local arb p i
    [ -n "${SERVER_PID:-}" ] || return 0
    kill -STOP "$SERVER_PID" 2>/dev/null
    arb=$(pgrep -P "$SERVER_PID")
    pkill -9 -P "$SERVER_PID"
    kill -9 "$SERVER_PID" 2>/dev/null
    wait "$SERVER_PID" 2>/dev/null
    SERVER_PID=
    for p in $arb; do
        for i in $(seq 1 100); do
            doed "$p" && break
            sleep 0.05
        done
    done
}

# server_stop: SIGTERM (graceful) and wait; false if it did not exit 0.
server_stop() {
    local rc
    kill -TERM "$SERVER_PID" 2>/dev/null
    wait "$SERVER_PID"
    rc=$?
    SERVER_PID=
    return $rc
}

# klient NAVN SAG...: append events to the cases in turn until $KL_DIR/stop,
# each with a unique reason NAVN-1, NAVN-2, … that names it. The event is
# "parter_orienteret", which a case accepts any number of times (a case
# takes at most 32 information requests, so those would soon be refused).
klient() {
    local navn=$1 i=0 id sag kode
    shift
    local sager=("$@")
    while [ ! -e "$KL_DIR/stop" ]; do
        i=$((i + 1))
        id=$navn-$i
        sag=${sager[i % ${#sager[@]}]}
        echo "$sag $id" >>"$KL_DIR/forsoeg.$navn"
        kode=$(curl -s -o "$KL_DIR/svar.$navn" -w '%{http_code}' --max-time 20 \
            -H "Authorization: Bearer $KL_NOEGLE" \
            -H 'Content-Type: application/json' \
            -d "{\"type\":\"parter_orienteret\",\"dato\":\"2026-01-05\",\"begrundelse\":\"$id\",\"frist\":\"anerkendelse\"}" \
            "$SERVER_URL/api/sager/$sag/haendelser")
        echo "$kode" >>"$KL_DIR/koder.$navn"
        case $kode in
        2??) echo "$sag $id" >>"$KL_DIR/kvitteret.$navn" ;;
        000) ;;
        *) { echo "$kode $sag $id"; cat "$KL_DIR/svar.$navn"; echo; } >>"$KL_DIR/fejl.$navn" ;;
        esac
    done
}

# opretter NAVN TEAM: create cases until $KL_DIR/stop; the id each 201
# names is recorded (the answer may also carry "advarsler": every case is
# for the same person and injury date, a duplicate warning).
opretter() {
    local navn=$1 team=$2 i=0 svar kode id
    while [ ! -e "$KL_DIR/stop" ]; do
        i=$((i + 1))
        echo "ny $navn-$i" >>"$KL_DIR/forsoeg.$navn"
        svar=$(curl -s -w ' %{http_code}' --max-time 20 \
            -H "Authorization: Bearer $KL_NOEGLE" \
            -H 'Content-Type: application/json' \
            -d "{\"sagstype\":\"ulykke\",\"generation\":\"foerstegang\",\"skadedato\":\"2025-06-01\",\"anmeldelsesdato\":\"2025-07-01\",\"cpr\":\"0101809011\",\"team\":\"$team\",\"sagsbehandler\":\"$navn\",\"begrundelse\":\"$navn-$i\"}" \
            "$SERVER_URL/api/sager")
        kode=${svar##* }
        echo "$kode" >>"$KL_DIR/koder.$navn"
        id=$(sed -n 's/^{"id":"\([A-Z0-9-]*\)".*/\1/p' <<<"$svar")
        case $kode in 2??) echo "ny $id" >>"$KL_DIR/kvitteret.$navn" ;; esac
    done
}

# klienter_start RUNDE N TEAM SAG...: N-1 event clients and one case creator
# (names rRUNDE-kK) in the background; klienter_stop stops and waits.
klienter_start() {
    local runde=$1 n=$2 team=$3 k
    shift 3
    rm -f "$KL_DIR/stop"
    KL_PIDS=
    for k in $(seq 1 $((n - 1))); do
        klient "r$runde-k$k" "$@" &
        KL_PIDS="$KL_PIDS $!"
    done
    opretter "r$runde-k$n" "$team" &
    KL_PIDS="$KL_PIDS $!"
}

klienter_stop() {
    local p
    [ -d "$KL_DIR" ] && touch "$KL_DIR/stop"
    for p in ${KL_PIDS:-}; do
        wait "$p"
    done
    KL_PIDS=
}
