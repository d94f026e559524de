The case's journal (issue 10, item 2): notes and documents on the case's
timeline, documents stored content-addressed by SHA-256 and never
changed, and a document received as the reply to an information request.

  $ cat >s <<'EOF2'
  > #!/bin/sh
  > export SKADESAG_BRUGER=sb9 SKADESAG_ROLLE=sagsbehandler
  > exec "$SKADESAG" sag --db t.db "$@"
  > EOF2
  $ chmod +x s
  $ cat >sag.json <<'EOF2'
  > {"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-02-10",
  >  "anmeldelsesdato":"2025-02-14","cpr":"0101809011","team":"T1",
  >  "sagsbehandler":"sb9","dato":"2025-02-14"}
  > EOF2
  $ ./s opret sag.json
  AES-2025-000001

An information request to the doctor (reply deadline by the rules).
  $ printf '{"type":"oplysninger_anmodet","dato":"2025-02-20","begrundelse":"Lægeerklæring","anmodning_id":"A1","part":"laege"}' | ./s haendelse AES-2025-000001 -

A PDF (a minimal file made here) received from the doctor as the reply to
A1: the printed id is the file's SHA-256, as sha256sum computes it.
  $ printf '%%PDF-1.4\n%% lægeerklæring\n%%%%EOF\n' >erklaering.pdf
  $ ./s dokument AES-2025-000001 --fil erklaering.pdf --titel Lægeerklæring --retning modtaget --part laege --svar-paa A1 --dato 03.03.2025 >id
  $ sha256sum erklaering.pdf | cut -d' ' -f1 | cmp - id && echo samme
  samme

A note.
  $ ./s notat AES-2025-000001 --tekst 'Ringet til lægen; erklæringen er modtaget' --dato 2025-03-03

The folder: the request answered (no reply task), the document and the
note on the timeline.
  $ ./s vis AES-2025-000001 --idag 2025-03-04
  Sag AES-2025-000001 (ulykke, førstegang) — åben
  Tilskadekomne: 010180-9011   Team: T1   Sagsbehandler: sb9
  Skadedato: 10.02.2025   Anmeldt: 14.02.2025   Fristregler: fra 1.7.2024 (reform)
  Anerkendelse: uafgjort   Mén: uafgjort   Erhvervsevnetab: uafgjort
  
  Frister:
    ✓ svarfrist                                          06.03.2025  opfyldt     A1
  
  Opgaver:
    14.09.2025  Behandl sagen (servicemål, ingen lovbestemt frist)
  
  Dokumenter:
    03.03.2025  modtaget  Lægeerklæring — laege  9a5bf2229e36…
  
  Historik:
      1  14.02.2025  oprettet                 sb9: Sagen er modtaget
      2  20.02.2025  oplysninger anmodet      sb9: Lægeerklæring
      3  03.03.2025  dokument                 sb9: Lægeerklæring
      4  03.03.2025  notat                    sb9: Ringet til lægen; erklæringen er modtaget
  

The same bytes again are the same document (one row), another title on
the timeline; a file that is neither PDF nor image is refused.
  $ ./s dokument AES-2025-000001 --fil erklaering.pdf --titel 'Kopi' --retning sendt --part tilskadekomne --dato 2025-03-04
  9a5bf2229e36fcc058cdfee9eae4a77e6840d45ae48b8fac2cb6f0ff16d4e167
  $ sqlite3 t.db 'SELECT count(*), sum(stoerrelse) FROM dokumenter'
  1|33
  $ echo 'ikke et dokument' >x.txt
  $ ./s dokument AES-2025-000001 --fil x.txt --titel x --retning modtaget --dato 2025-03-04
  skadesag: /indhold: skal være en PDF eller et billede (PNG, JPEG)
  [1]

A document is fetched by its hash, byte for byte, and the read is logged.
  $ ./s hent AES-2025-000001 "$(cat id)" --ud hentet.pdf --grund 'klagebehandling'
  application/pdf (33 bytes)
  $ cmp erklaering.pdf hentet.pdf && echo identisk
  identisk
  $ ./s laesninger AES-2025-000001 | cut -c23-
  sb9              sagsbehandler  sagsbehandling
  sb9              sagsbehandler  klagebehandling

A document never changes: the database refuses to alter or delete it ...
  $ sqlite3 t.db "UPDATE dokumenter SET indhold = x'00'" 2>&1 | grep -o 'et dokument ændres aldrig'; true
  et dokument ændres aldrig
  $ sqlite3 t.db "DELETE FROM dokumenter" 2>&1 | grep -o 'et dokument slettes aldrig'; true
  et dokument slettes aldrig

... and bytes changed behind its back (triggers dropped) are caught on
reading.
  $ sqlite3 t.db "DROP TRIGGER dokumenter_uforanderlig_opdater; UPDATE dokumenter SET indhold = CAST('%PDF-forfalsket' AS BLOB)"
  $ ./s hent AES-2025-000001 "$(cat id)" --ud igen.pdf
  skadesag: /dokument: dokumentets indhold svarer ikke til dets SHA-256
  [3]
