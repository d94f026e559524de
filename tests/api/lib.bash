# Shared by the API tests (koer-api, openapi.sh, tls.sh): the test
# database with its accounts and tokens, starting and stopping a server,
# and TAP lines. Source it; SKADESAG is the binary under test.

SKADESAG=${SKADESAG:-$ROD/build/skadesag}
case $SKADESAG in /*) ;; *) SKADESAG=$PWD/$SKADESAG ;; esac

tap_nr=0
tap_fejl=0

# tap RC BESKRIVELSE: one TAP line from an exit code; returns 1 when it
# is "not ok" (so that "tap … || tap_vis FIL" shows why).
tap() {
    tap_nr=$((tap_nr + 1))
    if [ "$1" -eq 0 ]; then
        echo "ok $tap_nr - $2"
    else
        tap_fejl=$((tap_fejl + 1))
        echo "not ok $tap_nr - $2"
        return 1
    fi
}

# tap_vis FIL: a file's lines as TAP comments (after a failed step).
tap_vis() {
    sed 's/^/# /' "$1"
}

# api_skabelon DB: the test database: the synthetic demo cases (skadesag
# sag demo), one account per role, and two API tokens. Every account's
# password is "test-kodeord-for-NAVN" (tests/api/api logs in with it); none
# has a second factor, so a user can log in again within one TOTP step
# (the second factor is tested with an account of its own in login.t).
# The tokens are written beside the database as noegle.beregn and
# noegle.sager. Output goes to DB.log.
api_skabelon() {
    local db=$1 dir
    dir=$(dirname "$db")
    {
        "$SKADESAG" sag --db "$db" --bruger demo demo &&
            konto sb101 sagsbehandler --team "Team Nord" &&
            konto sb201 sagsbehandler --team "Team Syd" &&
            konto jur1 jurist &&
            konto tl1 teamleder --team "Team Nord" &&
            konto led1 ledelse &&
            konto borger1 borger --cpr 120380-9011 &&
            konto fs1 forsikring --forsikring "Demo Forsikring A/S" &&
            "$SKADESAG" bruger --db "$db" noegle fs1 --scope beregn \
                --beskrivelse "test: beregning" >"$dir/noegle.beregn" &&
            "$SKADESAG" bruger --db "$db" noegle sb101 --scope sager \
                --beskrivelse "test: sager" >"$dir/noegle.sager"
    } >"$db.log" 2>&1
}

# konto NAVN ROLLE [tilvalg...] (inside api_skabelon: uses $db).
konto() {
    local navn=$1
    shift
    echo "test-kodeord-for-$navn" |
        "$SKADESAG" bruger --db "$db" opret "$navn" --uden-totp --rolle "$@"
}

# api_start UD [server options...]: start a server in the background,
# its output in the file UD; wait until it listens. Sets SERVER_URL and
# SERVER_PID (a child of the calling shell, so api_stop can wait for it).
# 1 if it did not start.
api_start() {
    local ud=$1 i
    shift
    "$SKADESAG" server --port 0 "$@" >"$ud" 2>&1 &
    SERVER_PID=$!
    for ((i = 0; i < 300; i++)); do
        SERVER_URL=$(sed -n 's/^skadesag server lytter på //p' "$ud")
        [ -z "$SERVER_URL" ] || return 0
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.1
    done
    tap_vis "$ud"
    return 1
}

# api_stop UD PID: SIGTERM, then the server must exit 0 (graceful) and
# have printed nothing but its "lytter på" line (no worker that died, no
# sanitizer report). 1 otherwise, with its exit code and output as TAP
# comments.
api_stop() {
    local ud=$1 pid=$2 rc
    kill -TERM "$pid" 2>/dev/null
    wait "$pid"
    rc=$?
    # Besides that line, only the signed checkpoints a worker writes at
    # shutdown (docs/sikkerhed.md).
    if [ "$rc" -ne 0 ] ||
        grep -qvE '^(skadesag server lytter på |kontrolpunkt: skadesag-kontrolpunkt/1 )' "$ud"; then
        echo "# ${ud##*/}: exit $rc"
        tap_vis "$ud"
        return 1
    fi
}
