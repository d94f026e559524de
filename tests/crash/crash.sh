#!/bin/bash
# Crash safety: kill -9 a writer at random moments, many times, against the
# same database; after each kill everything reported as committed must be
# there, no transaction may be half-applied, and the store must verify
# (PRAGMA integrity_check, hash chain, decision hashes, every case replays).
# $SKRIVER is tests/crash/skriver; $SKADESAG the command (for verificer).
# SKADESAG_NEDBRUD sets the number of kills (default 40). NEDBRUD_DB and
# NEDBRUD_DB2 (store URLs, e.g. postgresql://…) run it against other stores
# than the default SQLite files (tests/pg/koer); integrity_check is
# SQLite's.
cd "$(dirname "$0")/../.."
. tests/cli/lib.bash
SKRIVER=${SKRIVER:-build/tests/crash_skriver}
GANGE=${SKADESAG_NEDBRUD:-40}
db=${NEDBRUD_DB:-$TMP/nedbrud.db}
db2=${NEDBRUD_DB2:-$TMP/parallel.db}
forrige=0 # events per case known committed after the previous round

for i in $(seq 1 "$GANGE"); do
    ud=$TMP/ud.$i
    "$SKRIVER" "$db" skriv >"$ud" 2>"$TMP/err.$i" &
    pid=$!
    # 5-300 ms: sometimes during creation/migration, mostly mid-loop.
    sleep "0.$(printf '%03d' $((5 + RANDOM % 295)))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    # The last complete line is the last commit the writer saw succeed.
    # Killed before its first line: what was stored before this round holds.
    sidste=$(grep -E '^ok [0-9]+$' "$ud" | tail -1 | cut -d' ' -f2)
    sidste=${sidste:-$forrige}
    ok "drab $i: bekræftet $sidste hændelser findes, ingen halv transaktion" \
        bash -c "[ ! -s $TMP/err.$i ] && \"$SKRIVER\" \"$db\" tjek $sidste >$TMP/basis"
    forrige=$(cat "$TMP/basis" 2>/dev/null || echo "$forrige")
done
ok "forfatteren nåede at skrive (${forrige} hændelser pr. sag)" [ "$forrige" -gt "$GANGE" ]
ok "skadesag sag verificer efter $GANGE drab" \
    bash -c "$SKADESAG sag --db \"$db\" --bruger nedbrud --rolle sagsbehandler verificer | grep -q '^ok: '"
if [ -z "${NEDBRUD_DB-}" ]; then
    ok "integrity_check efter $GANGE drab" \
        bash -c "[ \"\$(sqlite3 $db 'PRAGMA integrity_check')\" = ok ]"
fi
ok "4 tråde med hver sin forbindelse skriver samtidig: intet tabt, kæden holder" \
    "$SKRIVER" "$db2" parallel 4 200
slut
