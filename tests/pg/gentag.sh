#!/bin/bash
# Retry on serialization failure and deadlock (docs/postgresql.md): a
# writing use case whose transaction PostgreSQL aborts with SQLSTATE 40001
# or 40P01 is run again (bounded, with a random pause) by the application
# layer instead of reporting "prøv igen".
#
# 24 processes append an event to the same case at once, while a trigger
# on haendelser makes PostgreSQL itself abort 30 % of the inserts with
# serialization_failure or deadlock_detected (half each; a sequence, which
# a rollback does not undo, counts them). Every one of the 24 must land,
# the case must hold 1 + 24 events and verify. Then a trigger that aborts
# every insert: the use case gives up after SAG_STORE_FORSOEG (10) runs
# with the "prøv igen" message, and nothing is stored.
#
# Environment: SKADESAG (the binary), PG_URL (an empty database). TAP.
set -u
S=$(realpath "${SKADESAG:?}")
U=${PG_URL:?}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
n=0
fejl=0
tjek() { # tjek RC BESKRIVELSE
    n=$((n + 1))
    if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fejl=1; fi
}
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 -d "$U" -c "$1"; }
# The share of inserts the trigger aborts, for the connections opened after.
andel() {
    sql "DO \$\$ BEGIN EXECUTE format('ALTER DATABASE %I SET gentag.andel = %L',
        current_database(), '$1'); END \$\$"
}
export SKADESAG_BRUGER=sb1 SKADESAG_ROLLE=sagsbehandler

cat >sag.json <<'EOF'
{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-01-06",
 "anmeldelsesdato":"2025-01-10","cpr":"0101901234","team":"T1",
 "sagsbehandler":"sb1","dato":"2025-01-10"}
EOF
id=$("$S" sag --db "$U" opret sag.json 2>opret.fejl)
tjek $? "en sag at skrive til: $id $(cat opret.fejl)"

sql "CREATE SEQUENCE provokeret;
CREATE FUNCTION provoker() RETURNS trigger LANGUAGE plpgsql AS \$\$
BEGIN
    IF random() < current_setting('gentag.andel')::float THEN
        PERFORM nextval('provokeret');
        IF random() < 0.5 THEN
            RAISE EXCEPTION 'provokeret' USING ERRCODE = 'serialization_failure';
        END IF;
        RAISE EXCEPTION 'provokeret' USING ERRCODE = 'deadlock_detected';
    END IF;
    RETURN NEW;
END \$\$;
CREATE TRIGGER provoker BEFORE INSERT ON haendelser
    FOR EACH ROW EXECUTE FUNCTION provoker();" >/dev/null && andel 0.3
tjek $? "en trigger lader PostgreSQL afbryde 30 % af indsættelserne (40001/40P01)"

# 24 writers of one case at once, each its own process and connection.
for i in $(seq 1 24); do
    printf '{"type":"oplysninger_anmodet","dato":"2025-02-20","begrundelse":"Anmodning %s","anmodning_id":"A%s","part":"laege"}' "$i" "$i" |
        "$S" sag --db "$U" haendelse "$id" - >"ud.$i" 2>"fejl.$i" &
done
ok=0
for i in $(seq 1 24); do
    wait -n && ok=$((ok + 1))
done
[ "$ok" -eq 24 ]
tjek $? "alle 24 samtidige hændelser på samme sag lykkes ($ok): $(cat fejl.* | sort | uniq -c | head -3)"
p=$(sql "SELECT last_value FROM provokeret")
[ "${p:-0}" -gt 0 ]
tjek $? "PostgreSQL afbrød $p forsøg undervejs, og de blev kørt igen"
h=$(sql "SELECT count(*) FROM haendelser WHERE sag_id = '$id'")
[ "$h" = 25 ]
tjek $? "sagen har 1 + 24 hændelser ($h)"
"$S" sag --db "$U" verificer >verificer.ud 2>&1
tjek $? "verificer: $(tail -1 verificer.ud)"

# Every insert aborted: bounded, then the message, nothing stored.
andel 1.1
foer=$(sql "SELECT last_value FROM provokeret")
printf '{"type":"oplysninger_anmodet","dato":"2025-02-21","begrundelse":"Altid afbrudt","anmodning_id":"B1","part":"laege"}' |
    "$S" sag --db "$U" haendelse "$id" - >ud.b 2>fejl.b
rc=$?
efter=$(sql "SELECT last_value FROM provokeret")
[ "$rc" -ne 0 ] && grep -q 'prøv igen' fejl.b
tjek $? "afbrudt hver gang: fejl med 'prøv igen' (rc $rc: $(cat fejl.b))"
[ $((efter - foer)) -eq 10 ]
tjek $? "kørt højst 10 gange ($((efter - foer)))"
h=$(sql "SELECT count(*) FROM haendelser WHERE sag_id = '$id'")
[ "$h" = 25 ]
tjek $? "intet gemt ($h hændelser)"

echo "1..$n"
exit $fejl
