#!/bin/bash
# A synthetic portfolio of running awards for the monthly run's tests and
# benchmark (docs/udbetaling.md): a new SQLite database (the schema from
# `skadesag demodata`, a few demo cases), then N cases "B-2025-NNNNNNN"
# each with one final running award from 1.1.2025 at the 2024 base level
# (series serie_fra_2024, decided in 2025), written straight into the tables with sqlite3
# in one transaction — the decisions that would create them are not what
# is measured. Every fourth award is AES's (an occupational disease), the
# others are split over three insurers; every tenth is shared 1/2.
#
#   tests/udbetaling/portefolje.sh DB N
set -eu
db=$1 n=$2
: "${SKADESAG:=build/skadesag}"
rm -f "$db" "$db-wal" "$db-shm"
"$SKADESAG" demodata --db "$db" --aar 1 --sager-pr-aar 10 \
    --slut 2025-12-31 >/dev/null
# 20089 = 1.1.2025 as days since 1.1.1970.
sqlite3 "$db" >/dev/null <<SQL
PRAGMA journal_mode=WAL;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $n)
INSERT INTO sager(id, type, generation, status, cpr, skadedato,
    anmeldelsesdato, modtaget_dato, oprettet, team, sagsbehandler,
    anerkendelse, men, erhvervsevnetab, fristregime, venter,
    antal_haendelser)
SELECT printf('B-2025-%07d', i), 'ulykke', 'foerstegang', 'aaben',
    printf('%02d%02d80-%04d', 1 + i % 28, 1 + i % 12, i % 10000),
    '2025-02-10', '2025-02-14', '2025-02-14', '2025-02-14T10:00:00Z', 'T1',
    'sb1', '', '', '', '', 0, 0 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $n)
INSERT INTO ydelser(id, sag_id, afgoerelse_id, art, fra, til, beloeb_oere,
    regulering, niveau_aar, betalertype, betaler, andel_taeller, andel_naevner,
    skattepligtig, erstattet_fra, erstattet_af, slut, registreret)
SELECT printf('B-2025-%07d-E1-Y1', i), printf('B-2025-%07d', i),
    printf('B-2025-%07d-E1', i), 2, 20089, NULL,
    1000000 + (i * 7919) % 50000000, 2, 2025,
    CASE WHEN i % 4 = 0 THEN 2 ELSE 1 END,
    CASE i % 4 WHEN 0 THEN 'AES' WHEN 1 THEN 'Tryg' WHEN 2 THEN 'Codan'
        ELSE 'Topdanmark' END,
    1, CASE WHEN i % 10 = 0 THEN 2 ELSE 1 END, 1, NULL, NULL, NULL,
    '2025-12-01T10:00:00Z' FROM n;
COMMIT;
SQL
