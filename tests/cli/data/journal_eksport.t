The journal's documents in export/import and verificer (issue 10, item 2):
an export carries each document's bytes (base64) with its SHA-256, an
import checks the bytes against it, and verificer checks that every
document a "dokument" event names is stored with those bytes.

  $ cat >s <<'EOF2'
  > #!/bin/sh
  > export SKADESAG_BRUGER=sb9 SKADESAG_ROLLE=sagsbehandler
  > exec "$SKADESAG" sag --db "${DB:-t.db}" "$@"
  > EOF2
  $ chmod +x s
  $ cat >sag.json <<'EOF2'
  > {"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-02-10",
  >  "anmeldelsesdato":"2025-02-14","cpr":"0101809011","team":"T1",
  >  "sagsbehandler":"sb9","dato":"2025-02-14"}
  > EOF2
  $ ./s opret sag.json
  AES-2025-000001
  $ printf '%%PDF-1.4\n%% lægeerklæring\n%%%%EOF\n' >erklaering.pdf
  $ ./s dokument AES-2025-000001 --fil erklaering.pdf --titel Lægeerklæring --retning modtaget --part laege --dato 03.03.2025 >id
  $ ./s verificer
  ok: 2 hændelser, hashkæden og alle afgørelser er intakte

The export holds the document once: its SHA-256 (as sha256sum computes it),
its type, and its bytes in base64 (decoded by base64 -d: the same file).
  $ ./s eksport AES-2025-000001 >e.json
  $ jq -r '.dokumenter | length' e.json
  1
  $ jq -r '.dokumenter[0].sha256' e.json | cmp - id && echo samme
  samme
  $ jq -r '.dokumenter[0].mime' e.json
  application/pdf
  $ jq -r '.dokumenter[0].indhold' e.json | base64 -d | cmp - erklaering.pdf && echo identisk
  identisk

Imported into another database, the document can be fetched byte for byte,
the re-export is byte-identical and the new database verifies.
  $ DB=u.db ./s import e.json
  AES-2025-000001
  $ DB=u.db ./s hent AES-2025-000001 "$(cat id)" --ud hentet.pdf
  application/pdf (33 bytes)
  $ cmp erklaering.pdf hentet.pdf && echo identisk
  identisk
  $ DB=u.db ./s eksport AES-2025-000001 | cmp - e.json && echo identisk
  identisk
  $ DB=u.db ./s verificer
  ok: 2 hændelser, hashkæden og alle afgørelser er intakte

Bytes that do not have the SHA-256 they claim are refused, and nothing is
stored (another PDF under the first one's hash).
  $ printf '%%PDF-1.4\n%% forfalsket\n%%%%EOF\n' | base64 -w0 >b64
  $ jq --rawfile b b64 '.dokumenter[0].indhold = ($b | rtrimstr("\n"))' e.json >falsk.json
  $ DB=v.db ./s import falsk.json
  skadesag: /dokumenter: dokument nr. 1 stemmer ikke med sin SHA-256
  [1]
  $ DB=v.db ./s liste | tail -1
  0 sager

An export without the bytes of a document an event names is refused.
  $ jq 'del(.dokumenter)' e.json >uden.json
  $ DB=w.db ./s import uden.json
  skadesag: /dokumenter: hændelse nr. 2 nævner et dokument, som eksporten ikke indeholder
  [1]

verificer finds a document whose bytes were changed behind the database's
back (its trigger dropped) ...
  $ sqlite3 u.db "DROP TRIGGER dokumenter_uforanderlig_opdater; UPDATE dokumenter SET indhold = CAST('%PDF-forfalsket' AS BLOB)"
  $ DB=u.db ./s verificer
  skadesag: dokument 9a5bf2229e36… i sag AES-2025-000001 er ændret
  [1]

... and a document that is gone.
  $ sqlite3 t.db "DROP TRIGGER dokumenter_uforanderlig_slet; DELETE FROM dokumenter"
  $ ./s verificer
  skadesag: dokument 9a5bf2229e36… i sag AES-2025-000001 mangler
  [1]
