# Tiny TAP helpers for the command-line tests. Source from a test script;
# $SKADESAG is the binary under test (scripts/test sets it).
n=0
fejl=0
SKADESAG=${SKADESAG:-build/skadesag}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# The tests' fixed key file (docs/sikkerhed.md), mode 0600, unless the caller
# named one; checkpoints go beside it.
if [ -z "${SKADESAG_NOEGLEFIL-}" ]; then
    install -m 600 "$(dirname "${BASH_SOURCE[0]}")/../noegler/test.noegler" \
        "$TMP/noegler"
    export SKADESAG_NOEGLEFIL=$TMP/noegler
fi

ok() { # ok BESKRIVELSE KOMMANDO...
    local navn=$1
    shift
    n=$((n + 1))
    if "$@" >/dev/null 2>&1; then
        echo "ok $n - $navn"
    else
        fejl=$((fejl + 1))
        echo "not ok $n - $navn"
    fi
}

# afvist BESKRIVELSE MØNSTER KOMMANDO...: the command is refused (exit 1)
# and its output names the reason.
afvist() {
    local navn=$1 moenster=$2 out rc
    shift 2
    n=$((n + 1))
    out=$("$@" 2>&1)
    rc=$?
    if [ "$rc" -eq 1 ] && grep -q -- "$moenster" <<<"$out"; then
        echo "ok $n - $navn"
    else
        fejl=$((fejl + 1))
        echo "not ok $n - $navn (exit $rc)"
    fi
}

slut() {
    echo "1..$n"
    [ "$fejl" -eq 0 ]
}
