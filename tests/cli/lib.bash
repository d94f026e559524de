# Tiny TAP helpers for the command-line tests. Source from a test script;
# $SKADESAG is the binary under test (scripts/test sets it).
n=0
fejl=0
SKADESAG=${SKADESAG:-build/skadesag}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

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

slut() {
    echo "1..$n"
    [ "$fejl" -eq 0 ]
}
