#!/bin/bash
# openapi.sh: docs/api.yaml is true of the server (docs/server.md).
#
#   SKADESAG=build/skadesag bash tests/api/openapi.sh
#
# 1. Every route of the server (skadesag server --ruter, from the routing
#    table) is documented in api.yaml with its method, and every documented
#    path and method is a route: the two lists, with api.yaml's {name}
#    written as the table's {}, are the same.
# 2. Every documented path and method, called on a running server (on the
#    test database of tests/api/lib.bash) as a logged-in jurist with the
#    path parameters filled with ids of the demo cases and an empty JSON
#    object as the body of a POST, reaches a handler: not 404 without a
#    detail (the router's "no such route"), not 405, not 401 (logout is
#    called last), not 500.
# The paths and methods are read from api.yaml's "paths:" section with awk
# (a path is a two-space-indented key beginning with "/", a method a
# four-space-indented get/post/put/patch/delete key below it). Output is
# TAP.
set -u
ROD=$(cd "$(dirname "$0")/../.." && pwd -P)
. "$ROD/tests/api/lib.bash"

YAML=${OPENAPI_YAML:-$ROD/docs/api.yaml}
D=$(mktemp -d "${TMPDIR:-/tmp}/openapi.XXXXXX")
SERVER_PID=
trap '[ -z "$SERVER_PID" ] || kill -TERM "$SERVER_PID" 2>/dev/null; rm -rf "$D"' EXIT

# METHOD PATH per line, as documented.
awk '
    /^paths:/ { p = 1; next }
    p && /^[^ #]/ { p = 0 }
    p && /^  [^ ]/ {
        sti = $1; sub(/:$/, "", sti); gsub(/["\047]/, "", sti)
        next
    }
    p && /^    (get|post|put|patch|delete|head|options):/ {
        m = $1; sub(/:$/, "", m); print toupper(m), sti
    }
' "$YAML" >"$D/dokumenteret"
sed 's/{[^}]*}/{}/g' "$D/dokumenteret" | sort >"$D/dok.sort"
"$SKADESAG" server --ruter | sort >"$D/ruter.sort"

tap "$([ -s "$D/dokumenteret" ] && [ -s "$D/ruter.sort" ]; echo $?)" \
    "api.yaml har stier ($(wc -l <"$D/dokumenteret")), serveren ruter ($(wc -l <"$D/ruter.sort"))"
comm -23 "$D/ruter.sort" "$D/dok.sort" >"$D/udok"
tap "$([ ! -s "$D/udok" ]; echo $?)" "hver rute i serveren er dokumenteret i docs/api.yaml" ||
    sed 's/^/# ikke i api.yaml: /' "$D/udok"
comm -13 "$D/ruter.sort" "$D/dok.sort" >"$D/ukendt"
tap "$([ ! -s "$D/ukendt" ]; echo $?)" "hver sti i docs/api.yaml er en rute i serveren" ||
    sed 's/^/# ikke en rute: /' "$D/ukendt"

# A server on the test database, and the jurist's session.
api_skabelon "$D/api.db" || { tap 1 "testdatabasen"; tap_vis "$D/api.db.log"; }
if ! api_start "$D/server.ud" --db "$D/api.db" --arbejdere 1; then
    tap 1 "serveren starter"
    echo "1..$tap_nr"
    exit 1
fi
export URL=$SERVER_URL API=$D
mkdir "$D/trin"
cd "$D/trin" || exit 1

# A demo id for each documented path parameter.
udfyld() {
    sed -e 's/{sag_id}/AES-2022-000001/g' \
        -e 's/{klage_id}/AES-2022-000001-K1/g' \
        -e 's/{afgoerelse_id}/AES-2024-000001-E3/g' \
        -e 's/{koersel}/hoejesteret-2025/g' \
        -e 's/{koersel_id}/UDB-2026-01-K1/g' \
        -e 's/{brev_id}/AES-2022-000001-B1/g' \
        -e 's/{sha256}/0000000000000000000000000000000000000000000000000000000000000000/g' \
        -e 's/{[^}]*}/UKENDT-PARAMETER/g'
}

# Logout last: it ends the session the other calls use.
{ grep -v ' /api/logout$' "$D/dokumenteret"; grep ' /api/logout$' "$D/dokumenteret"; } |
    while read -r metode sti; do
        url=$(udfyld <<<"$sti")
        krop=()
        [ "$metode" = GET ] || krop=('{}')
        ud=$("$ROD/tests/api/api" jur1 "$metode" "$url" "${krop[@]}" 2>&1)
        status=$(sed -n '1s/^HTTP //p' <<<"$ud")
        fejl=
        case $status in
        404) grep -q '"detail"' <<<"$ud" || fejl="404: ingen sådan rute" ;;
        405) fejl="405: metoden findes ikke" ;;
        401) fejl="401: ikke logget ind" ;;
        5?? | '') fejl="${status:-intet svar}" ;;
        esac
        if [ "$url" != "${url/UKENDT-PARAMETER/}" ]; then
            fejl="en stiparameter uden demo-id i openapi.sh"
        fi
        if [ -z "$fejl" ]; then
            echo "ok - $metode $sti: $status"
        else
            echo "not ok - $metode $sti: $fejl"
            sed 's/^/# /' <<<"$ud"
        fi
    done >"$D/kald"
while IFS= read -r linje; do
    case $linje in
    'ok - '*) tap 0 "${linje#ok - }" ;;
    'not ok - '*) tap 1 "${linje#not ok - }" ;;
    *) echo "$linje" ;;
    esac
done <"$D/kald"
tap "$([ "$(grep -c '^\(not \)\{0,1\}ok' "$D/kald")" -eq "$(wc -l <"$D/dokumenteret")" ]; echo $?)" \
    "hver dokumenteret sti og metode er kaldt"

cd "$D" || exit 1
api_stop "$D/server.ud" "$SERVER_PID"
tap $? "serveren stopper pænt på SIGTERM"
SERVER_PID=

echo "1..$tap_nr"
[ "$tap_fejl" -eq 0 ]
