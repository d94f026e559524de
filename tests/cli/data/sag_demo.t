skadesag sag on the demo database: synthetic cases, worklists, the schema
migration from version 1 and a refused newer schema (formerly the last
part of tests/cli/sag.sh).

./s is skadesag sag on demo.db as caseworker sb9 (role sagsbehandler);
DB=... picks another database.
  $ cat >s <<'EOF'
  > #!/bin/sh
  > export SKADESAG_BRUGER=sb9 SKADESAG_ROLLE=sagsbehandler
  > exec "$SKADESAG" sag --db "${DB:-demo.db}" "$@"
  > EOF
  $ chmod +x s

demo creates synthetic cases ("Demosager oprettet") ...
  $ ./s demo
  Demosager oprettet (syntetiske data).

... at least 10 of them: the list (JSON) counts the "id" members ...
  $ ./s liste --idag 2026-11-23 --json | grep -o '"id"' | wc -l
  12

... and the list as text.
  $ ./s liste --idag 2026-11-23
  Sag              Type                     Generation  Status Team       Behandler  Anerkendelse  Næste frist
  AES-2026-000001  ulykke                   førstegang  åben   Team Nord  sb102      uafgjort      21.04.2027  (venter)
  AES-2026-000002  veteran                  førstegang  åben   Team Nord  sb101      uafgjort      02.10.2026  (venter)
  AES-2025-000001  ulykke                   andengang   åben   Team Nord  sb102      anerkendt     01.04.2026
  AES-2025-000002  privat (mén)             førstegang  åben   Team Syd   sb202      ikke relevant 10.01.2026
  AES-2024-000001  ulykke                   førstegang  lukket Team Nord  sb101      anerkendt     -
  AES-2023-000001  ulykke                   førstegang  åben   Team Nord  sb101      anerkendt     01.12.2026
  AES-2023-000002  ulykke                   hjemvisning åben   Team Syd   sb201      uafgjort      14.09.2023
  AES-2022-000001  ulykke                   førstegang  åben   Team Syd   sb201      afvist        -
  AES-2021-000001  ulykke                   førstegang  lukket Team Nord  sb102      anerkendt     -
  AES-2020-000001  erhvervssygdom           førstegang  åben   Team Syd   sb202      uafgjort      18.06.2020  (venter)
  AES-2019-000001  erhvervssygdom           førstegang  åben   Team Syd   sb201      uafgjort      30.06.2020
  AES-2019-000002  ulykke                   førstegang  lukket Team Syd   sb201      afvist        -
  12 sager

The worklist for a team, soonest due first, with the overdue marked: "  !
02.10.2026  AES-2026-000002" is there ...
  $ ./s arbejdsliste --team 'Team Nord' --idag 2026-11-23
  Til behandling (først forfaldne først):
    ! 01.04.2026  AES-2025-000001  sb102      Behandl sagen (servicemål, ingen lovbestemt frist)
    ! 02.10.2026  AES-2026-000002  sb101      Behandl sagen (servicemål, ingen lovbestemt frist)
    ! 16.11.2026  AES-2026-000001  sb102      Afventer svar fra forsikringsselskabet; ryk ved fristens udløb
      01.12.2026  AES-2023-000001  sb101      Revider den midlertidige afgørelse
      21.04.2027  AES-2026-000001  sb102      Behandl sagen (servicemål, ingen lovbestemt frist)
  
  Venter på andre:
      10.03.2026  AES-2026-000002  sb101      Afventer en ekstern part
  

... and the dates under "Til behandling" (at least 3) are in order.
  $ ./s arbejdsliste --team 'Team Nord' --idag 2026-11-23 >al
  $ sed -n '/^Til behandling/,/^$/p' al | grep -oE '[0-9]{2}\.[0-9]{2}\.[0-9]{4}' | awk -F. '{print $3$2$1}' >dd && wc -l <dd && sort -c dd && echo sorteret
  5
  sorteret

The same worklist as JSON, as the API's GET /api/arbejdsliste answers it
(the same wire format, src/wire/mappe_json.c): "til_behandling" and
"venter_paa_andre", each line with "overskredet".
  $ ./s --json arbejdsliste --team 'Team Nord' --idag 2026-11-23
  {"til_behandling":[{"sag_id":"AES-2025-000001","art":"servicemaal","forfald":"2026-04-01","tekst":"Behandl sagen (servicemål, ingen lovbestemt frist)","sagsbehandler":"sb102","overskredet":true},{"sag_id":"AES-2026-000002","art":"servicemaal","forfald":"2026-10-02","tekst":"Behandl sagen (servicemål, ingen lovbestemt frist)","sagsbehandler":"sb101","overskredet":true},{"sag_id":"AES-2026-000001","art":"svar","forfald":"2026-11-16","tekst":"Afventer svar fra forsikringsselskabet; ryk ved fristens udløb","sagsbehandler":"sb102","overskredet":true},{"sag_id":"AES-2023-000001","art":"revision","forfald":"2026-12-01","tekst":"Revider den midlertidige afgørelse","sagsbehandler":"sb101","overskredet":false},{"sag_id":"AES-2026-000001","art":"servicemaal","forfald":"2027-04-21","tekst":"Behandl sagen (servicemål, ingen lovbestemt frist)","sagsbehandler":"sb102","overskredet":false}],"venter_paa_andre":[{"sag_id":"AES-2026-000002","art":"afventer","forfald":"2026-03-10","tekst":"Afventer en ekstern part","sagsbehandler":"sb101","overskredet":false}]}

A worklist needs a team or a caseworker ("/team: angiv enten et team eller
en sagsbehandler", exit 1).
  $ ./s arbejdsliste
  skadesag: /team: angiv enten et team eller en sagsbehandler
  [1]


A database with schema version 1 is migrated on opening without loss.
Made from a copy of demo.db: store_skema4 (tests/contract/skema4.c) rewrites
it as schema 4 left it (one global hash chain), then migrations 2-4 are
undone by hand:
  $ cp demo.db v1.db && "$(dirname "$SKADESAG")/tests/store_skema4" v1.db && sqlite3 v1.db 'DROP INDEX sager_team_nyeste; DROP INDEX sager_behandler_nyeste; DROP INDEX sager_nyeste;
  > CREATE INDEX sager_team_status ON sager(team, status); CREATE INDEX sager_behandler_status ON sager(sagsbehandler, status);
  > DROP TABLE rapport_frister; DROP TABLE rapport_afgoerelser; DROP TABLE rapport_klager;
  > ALTER TABLE sager DROP COLUMN gruppe; ALTER TABLE sager DROP COLUMN start_dato; ALTER TABLE sager DROP COLUMN afsluttet;
  > DROP TABLE kvalitet_vurderinger; DROP TABLE kvalitet_stikproeve;
  > DELETE FROM taellere WHERE navn = "genopbyg_projektioner"; PRAGMA user_version = 1'

Opened (by verificer), it names the first award missing; back-filled, it verifies ("ok:") ...
  $ DB=v1.db ./s verificer; "$SKADESAG" ydelser genopbyg --db v1.db --bruger tl1 --rolle teamleder >/dev/null && DB=v1.db ./s verificer
  skadesag: tabellen ydelser er ændret: sag AES-2021-000001 mangler ydelse AES-2021-000001-M2-Y1, som afgørelse AES-2021-000001-M2 giver (er afgørelsen fra før ydelserne: 'skadesag ydelser genopbyg')
  ok: 35 hændelser, hashkæden og alle afgørelser er intakte

... is at schema version 17 (per-case hash chains, docs/hashkaede.md;
accounts, docs/adgang.md; the worklist's covering indexes; letters,
docs/breve.md; the journal's documents; awards and payments,
docs/udbetaling.md; the monthly payment run, migration 011; the keyed chain, 012; saved worklist
filters, 013; the read log chained row by row, 014; tax cards, 015; the case's type in the worklist's indexes, 016; the index of party names, 017; the waited-on party, 018 — the version counts the migrations) ...
  $ sqlite3 v1.db 'PRAGMA user_version'
  18

... has the new index sager_team_nyeste (and not the old ones) ...
  $ sqlite3 v1.db "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sager' ORDER BY name"
  sager_behandler_nyeste
  sager_cpr
  sager_nyeste
  sager_team_nyeste
  sqlite_autoindex_sager_1

... reads a team's and a caseworker's worklist, with the case's type, from the index alone
("COVERING INDEX", migrations 7 and 16, docs/performance.md: no look-up in sager per row) ...
  $ for k in team sagsbehandler; do sqlite3 v1.db "EXPLAIN QUERY PLAN SELECT sag_id, art, forfald, tekst, ref, sagsbehandler, venter,
  >     type FROM opgaver WHERE $k = 'x' AND venter = 0 ORDER BY forfald, sag_id LIMIT 50" | grep -v '^QUERY PLAN'; done
  `--SEARCH opgaver USING COVERING INDEX opgaver_team (team=? AND venter=?)
  `--SEARCH opgaver USING COVERING INDEX opgaver_behandler (sagsbehandler=? AND venter=?)

... and the rebuilt columns and report tables hold what demo.db holds ...
  $ for q in 'SELECT gruppe, start_dato, afsluttet FROM sager ORDER BY id' 'SELECT * FROM rapport_frister ORDER BY 1, 2' \
  >          'SELECT * FROM rapport_afgoerelser ORDER BY 1, 2' 'SELECT * FROM rapport_klager ORDER BY 1, 2'; do
  >     if [ "$(sqlite3 v1.db "$q")" = "$(sqlite3 demo.db "$q")" ]; then echo "lig: $q"; else echo "FORSKEL: $q"; fi
  > done
  lig: SELECT gruppe, start_dato, afsluttet FROM sager ORDER BY id
  lig: SELECT * FROM rapport_frister ORDER BY 1, 2
  lig: SELECT * FROM rapport_afgoerelser ORDER BY 1, 2
  lig: SELECT * FROM rapport_klager ORDER BY 1, 2

... with more than 5 decisions in rapport_afgoerelser ...
  $ sqlite3 v1.db 'SELECT count(*) FROM rapport_afgoerelser'
  11

... and the case list (JSON) is the same.
  $ DB=v1.db ./s liste --idag 2026-11-23 --json >v1.json && ./s liste --idag 2026-11-23 --json | cmp - v1.json && echo identisk
  identisk

A newer schema version is refused ("skemaversion 99").
  $ cp demo.db v9.db && sqlite3 v9.db 'PRAGMA user_version = 99'
  $ DB=v9.db ./s liste --idag 2026-11-23
  skadesag: databasen har skemaversion 99, men programmet kender kun 18
  [1]

A schema 4 database with an edited event is not migrated (the old chain is
verified first) and stays at version 4.
  $ cp demo.db v4.db && "$(dirname "$SKADESAG")/tests/store_skema4" v4.db &&
  > sqlite3 v4.db "UPDATE haendelser SET begrundelse = 'x' WHERE seq = 5"
  $ DB=v4.db ./s verificer
  skadesag: databasen migreres ikke til hashkæder pr. sag: hændelse nr. 5 (sag AES-2024-000001) er ændret: hashkæden brydes; intet er ændret
  [1]
  $ sqlite3 v4.db 'PRAGMA user_version'
  4

verificer creates no database ("findes ikke") ...
  $ DB=ingen.db ./s verificer
  skadesag: /db: databasen ingen.db findes ikke
  [1]
  $ test -e ingen.db || echo "ingen fil"
  ingen fil

... and refuses an empty file without writing to it ("er tom").
  $ : >tom.db && DB=tom.db ./s verificer
  skadesag: /db: databasen tom.db er tom (ikke oprettet af skadesag)
  [1]
  $ test -s tom.db || test -e tom.db-wal || echo "stadig tom"
  stadig tom

The demo database verifies ("ok:").
  $ ./s verificer
  ok: 35 hændelser, hashkæden og alle afgørelser er intakte
