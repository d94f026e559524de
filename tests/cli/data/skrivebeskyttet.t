A read-only database (issue 16, item 8, last clause; docs/sikkerhed.md, "A
read-only database"): opened with --skrivebeskyttet, or because the program
cannot write the file or its directory, it still lists cases, gives
worklists and verifies, but nothing is written: and so no case is shown,
because every read of a case must be in the read log (fail closed). The
tests run as root, whom file modes do not stop: --skrivebeskyttet is what
they exercise (SQLite's mode=ro, immutable without a write-ahead log).

./s is skadesag sag on ${DB:-t.db} as caseworker sb9.
  $ cat >s <<'EOF'
  > #!/bin/sh
  > export SKADESAG_BRUGER=sb9 SKADESAG_ROLLE=sagsbehandler
  > exec "$SKADESAG" sag --db "${DB:-t.db}" "$@"
  > EOF
  $ chmod +x s
  $ cat >sag.json <<'EOF'
  > {"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-02-10",
  >  "anmeldelsesdato":"2025-02-14","cpr":"0506799011","team":"T1",
  >  "sagsbehandler":"sb9","dato":"2025-02-14"}
  > EOF
  $ ./s opret sag.json
  AES-2025-000001
  $ ./s vis AES-2025-000001 --grund kontrol >/dev/null
  $ ./s laesninger AES-2025-000001 | wc -l
  1
  $ mkdir ro && cp t.db ro/t.db && chmod 444 ro/t.db && chmod 555 ro

Listing, a worklist, the read log itself and verification work:
  $ DB=ro/t.db ./s --skrivebeskyttet liste --idag 2025-03-01
  Sag              Type                     Generation  Status Team       Behandler  Anerkendelse  Næste frist
  AES-2025-000001  ulykke                   førstegang  åben   T1         sb9        uafgjort      14.09.2025
  1 sag
  $ DB=ro/t.db ./s --skrivebeskyttet arbejdsliste --team T1 --idag 2025-03-01
  Til behandling (først forfaldne først):
      14.09.2025  AES-2025-000001  sb9        Behandl sagen (servicemål, ingen lovbestemt frist)
  
  Venter på andre:
  
  $ DB=ro/t.db ./s --skrivebeskyttet laesninger AES-2025-000001 | wc -l
  1
  $ DB=ro/t.db ./s --skrivebeskyttet verificer
  ok: 1 hændelser, hashkæden og alle afgørelser er intakte

Showing a case is refused, as is a search by CPR number (both are reads of
case data that must be logged), and every write:
  $ DB=ro/t.db ./s --skrivebeskyttet vis AES-2025-000001 --grund kontrol
  skadesag: /db: databasen er åbnet skrivebeskyttet: intet kan gemmes, og en sag vises ikke, for læsningen kan ikke logges
  [1]
  $ echo 0506799011 | DB=ro/t.db ./s --skrivebeskyttet liste --cpr -
  skadesag: /db: databasen er åbnet skrivebeskyttet: intet kan gemmes, og en sag vises ikke, for læsningen kan ikke logges
  [1]
  $ DB=ro/t.db ./s --skrivebeskyttet opret sag.json
  skadesag: /db: databasen er åbnet skrivebeskyttet: intet kan gemmes, og en sag vises ikke, for læsningen kan ikke logges
  [1]
  $ DB=ro/t.db ./s --skrivebeskyttet kontrolpunkt
  skadesag: /db: databasen er åbnet skrivebeskyttet: intet kan gemmes, og en sag vises ikke, for læsningen kan ikke logges
  [1]

The option may also follow the subcommand:
  $ DB=ro/t.db ./s vis AES-2025-000001 --grund kontrol --skrivebeskyttet
  skadesag: /db: databasen er åbnet skrivebeskyttet: intet kan gemmes, og en sag vises ikke, for læsningen kan ikke logges
  [1]

Nothing was written: the same one read-log row, and no write-ahead log or
shared-memory file beside the database.
  $ sqlite3 ro/t.db "SELECT count(*) FROM laesninger"
  1
  $ ls -A ro
  t.db

A database at an older schema is not migrated through a read-only handle:
  $ cp t.db gl.db && sqlite3 gl.db "PRAGMA user_version = 13"
  $ DB=gl.db ./s --skrivebeskyttet liste
  skadesag: /db: databasen gl.db er skrivebeskyttet og har skemaversion 13, men programmet bruger 18; åbn den skrivbart én gang for at migrere den
  [1]
  $ sqlite3 gl.db "PRAGMA user_version"
  13
  $ chmod 755 ro
