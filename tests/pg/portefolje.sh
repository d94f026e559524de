#!/bin/bash
# The 5-year demo portfolio SQLite → PostgreSQL → SQLite, lossless
# (issue 13, "How we will know"; docs/postgresql.md):
#
#   tests/pg/portefolje.sh BYGGEMAPPE [SAGER_PR_AAR]
#
# `skadesag demodata` (5 years to 31.12.2025, seed $PORTEFOLJE_SEED or 1; cases a year as
# given, default the command's own default: the full demo portfolio, about
# 255.000 cases), then `db kopier` to an empty PostgreSQL database and on
# to a new SQLite file. Checks: each copy verifies (db kopier runs
# verificer on it) and `sag verificer` passes on all three; the first and
# last SQLite files hold the same rows (sorted .dump); the export of every
# case (tests/pg/eksport_alle: the bytes of `skadesag sag eksport`) is
# byte-identical in all three. Prints TAP and the seconds each step took.
#
# PG_URL names an empty database to use; without it a throwaway cluster
# (tests/pg/klynge, fsync off) is started and removed. A scratch directory
# under ${TMPDIR:-/tmp} holds about 2 GB at full size.
set -u
ROD=$(cd "$(dirname "$0")/../.." && pwd -P)
BYG=$(cd "${1:?brug: tests/pg/portefolje.sh BYGGEMAPPE [SAGER_PR_AAR]}" && pwd -P)
S=$BYG/skadesag
E=$BYG/tests/eksport_alle
T=$(mktemp -d "${TMPDIR:-/tmp}/skadesag-portefolje.XXXXXX")
chmod 755 "$T"
if [ -z "${PG_URL-}" ]; then
    trap '"$ROD/tests/pg/klynge" stop "$T/k"; rm -rf "$T"' EXIT
    "$ROD/tests/pg/klynge" start "$T/k" >/dev/null || exit 1
    PG_URL=$("$ROD/tests/pg/klynge" opret "$T/k" portefolje)
else
    trap 'rm -rf "$T"' EXIT
fi
cd "$T" || exit 1
n=0
fejl=0
tjek() { # tjek RC BESKRIVELSE
    n=$((n + 1))
    if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fejl=1; fi
}
t0=$SECONDS
tid() { # the seconds since the previous call (not in a subshell)
    sek="$((SECONDS - t0)) s"
    t0=$SECONDS
}
export SKADESAG_BRUGER=kopi SKADESAG_ROLLE=ledelse
sek=

# shellcheck disable=SC2086
nice "$S" demodata --db a.db --aar 5 --seed "${PORTEFOLJE_SEED:-1}" \
    ${2:+--sager-pr-aar "$2"} >demodata.ud 2>&1
rc=$?; tid
tjek $rc "demodata ($sek): $(head -1 demodata.ud)"

nice "$S" db kopier a.db "$PG_URL" >k1.ud 2>&1
rc=$?; tid
tjek $rc "db kopier SQLite → PostgreSQL, kopien verificeret ($sek): $(cat k1.ud)"
nice "$S" db kopier "$PG_URL" b.db >k2.ud 2>&1
rc=$?; tid
tjek $rc "db kopier PostgreSQL → SQLite, kopien verificeret ($sek): $(cat k2.ud)"

for db in a.db "$PG_URL" b.db; do
    nice "$S" sag --db "$db" verificer >v.ud 2>&1
    rc=$?; tid
    tjek $rc "verificer $([ "$db" = "$PG_URL" ] && echo PostgreSQL || echo "$db") ($sek): $(tail -1 v.ud)"
done

# Before the exports, which add to the read log.
# Each database has an id of its own (table databasen: the checkpoints
# name it, docs/sikkerhed.md); every other row must be the same.
sqlite3 a.db .dump | grep -v '^INSERT INTO databasen ' | sort >a.sql
sqlite3 b.db .dump | grep -v '^INSERT INTO databasen ' | sort >b.sql
grep -q '^INSERT INTO sager ' a.sql && cmp -s a.sql b.sql
rc=$?; tid
tjek $rc "a.db og b.db har de samme rækker (sorteret .dump, $(wc -l <a.sql) linjer; $sek)"
rm -f a.sql b.sql

sqlite3 a.db "SELECT id FROM sager ORDER BY id" >ider
nice "$E" "sqlite:$T/a.db" <ider >ea 2>ea.fejl &&
    nice "$E" "$PG_URL" <ider >ep 2>ep.fejl &&
    nice "$E" "sqlite:$T/b.db" <ider >eb 2>eb.fejl
rc=$?; tid
tjek $rc "eksport af hver sag i alle tre ($sek): $(cat ea.fejl ep.fejl eb.fejl | tr '\n' ' ')"
[ -s ea ] && [ "$(wc -l <ea)" -eq "$(wc -l <ider)" ] && cmp -s ea ep && cmp -s ea eb
tjek $? "eksporten af hver sag er byte-identisk i a.db, PostgreSQL og b.db ($(wc -l <ea) sager, SHA-256 pr. sag)"

echo "1..$n"
exit $fejl
