The tamper suite (issue 16, items 1-2; docs/sikkerhed.md): attacks made with
sqlite3 directly on a real database, as someone who can write the database
file but does not hold the key file. verificer must refuse each one by exit
code 1 and a Danish message naming what failed. Each attack works on a copy
(cp) of the intact database t.db, so one attack never hides another. (Forging
a decision event through 'sag haendelse' and importing a forged record are in
the bad-input corpus of issue 16, items 3-8.)

./s is skadesag sag on ${DB:-t.db} as caseworker sb9; the key file is the
tests' fixed one, installed by the runner at the default path
$HOME/.config/skadesag/noegler (mode 0600).
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

A case with recognition and a loss decision through the engine (E2, 30 %), a
second case, and a read of the first; then an explicit checkpoint (the CLI
also writes one after every command that wrote events).
  $ ./s opret sag.json
  AES-2025-000001
  $ ./s afgoer AES-2025-000001 --fase anerkendelse --resultat anerkendt --dato 2025-04-01 --begrundelse 'Ulykke i arbejdstiden'
  AES-2025-000001-A1
  $ ./s afgoer AES-2025-000001 --fase erhvervsevnetab --beregning $ROD/examples/toemrer_2025.json --dato 2026-03-02 --begrundelse 'Tab fastsat'
  AES-2025-000001-E2: erhvervsevnetab 30 %
  $ ./s opret sag.json 2>/dev/null
  AES-2025-000002
  $ ./s vis AES-2025-000001 --grund 'kontrol' >/dev/null
  $ ./s kontrolpunkt | cut -c1-24
  skadesag-kontrolpunkt/1 
  $ ./s verificer
  ok: 4 hændelser, hashkæden og alle afgørelser er intakte

Every event and anchor is keyed (hashversion 3 and 2, key number 1), and the
checkpoint file beside the key file holds signed lines for this database.
  $ sqlite3 t.db "SELECT DISTINCT hashversion, noegle FROM haendelser; SELECT DISTINCT hashversion, noegle FROM ankre"
  3|1
  2|1
  $ grep -c "db=$(sqlite3 t.db 'SELECT id FROM databasen') " $HOME/.config/skadesag/noegler.kontrolpunkter
  6

Attack 1: change the loss decision event's reason and recompute the event's
hash the only way one can without the key, as the unkeyed SHA-256 chain of
schema 5-11 (hashversion 2) computed it.
  $ cat >plain <<'EOF'
  > #!/bin/bash
  > # The unkeyed hash (hashversion 2) of the event with seq $2 in database $1.
  > sqlite3 -separator $'\x1f' "$1" "SELECT sag_id, nr, type, dato, registreret, bruger, begrundelse, data, forrige_hash FROM haendelser WHERE seq = $2" |
  > { IFS=$'\x1f' read -r sag nr type dato reg bruger begr data forrige
  >   { printf '%s\0' skadesag-haendelse/2 "$sag"; printf '%s\n' "$nr"
  >     printf '%s\0' "$type" "$dato" "$reg" "$bruger" "$begr" "$data" "$forrige"; } |
  >   sha256sum | cut -c1-64; }
  > EOF
  $ chmod +x plain
  $ cp t.db a1.db && sqlite3 a1.db "UPDATE haendelser SET begrundelse = 'Tab fastsat til 100 %' WHERE seq = 3"
  $ sqlite3 a1.db "UPDATE haendelser SET hash = '$(./plain a1.db 3)', hashversion = 2 WHERE seq = 3"
  $ DB=a1.db ./s verificer
  skadesag: hændelse nr. 3 i sag AES-2025-000001 er ikke kædet med nøglen (hashversion 2): hashkæden brydes
  [1]

... and the same hash left under the keyed version number.
  $ sqlite3 a1.db "UPDATE haendelser SET hashversion = 3 WHERE seq = 3"
  $ DB=a1.db ./s verificer
  skadesag: hændelse nr. 3 i sag AES-2025-000001 er ændret: hashkæden brydes
  [1]

Attack 2: change the decision record's capital sum and recompute its hash
(SHA-256 over its fields): the keyed event names the old hash.
  $ cp t.db a2.db && sqlite3 a2.db "UPDATE afgoerelser SET resultat = json_set(resultat, '\$.kapitalbeloeb_oere', 999999999999) WHERE id = 'AES-2025-000001-E2'"
  $ sqlite3 a2.db "SELECT json_extract(resultat, '\$.kapitalbeloeb_oere') FROM afgoerelser WHERE id = 'AES-2025-000001-E2'"
  999999999999
  $ h=$(for f in id sag_id fase dato input resultat satser_checksum motor_version registreret; do sqlite3 a2.db "SELECT $f FROM afgoerelser WHERE id = 'AES-2025-000001-E2'" | head -c -1; printf '\0'; done | sha256sum | cut -c1-64) && sqlite3 a2.db "UPDATE afgoerelser SET hash = '$h' WHERE id = 'AES-2025-000001-E2'"
  $ DB=a2.db ./s verificer
  skadesag: afgørelse AES-2025-000001-E2 er ikke registreret i hændelsesloggen
  [1]

Attack 3: delete the tail: the newest event (the second case's) and the
newest anchor, which named it.
  $ cp t.db a3.db && sqlite3 a3.db "DELETE FROM anker_hoveder WHERE anker_nr = (SELECT max(nr) FROM ankre); DELETE FROM ankre WHERE nr = (SELECT max(nr) FROM ankre); DELETE FROM sager WHERE id = 'AES-2025-000002'; DELETE FROM opgaver WHERE sag_id = 'AES-2025-000002'; DELETE FROM rapport_frister WHERE sag_id = 'AES-2025-000002'; DELETE FROM haendelser WHERE sag_id = 'AES-2025-000002'"
  $ DB=a3.db ./s verificer
  skadesag: databasen har 3 hændelser, men kontrolpunktet fra [0-9T:Z-]+ har 4: hændelser er slettet (re)
  [1]

... and the newest event of a case (with its decision record): the anchor that
named the case's head catches it (so would the case list, which still says
decided).
  $ cp t.db a3b.db && sqlite3 a3b.db "DELETE FROM afgoerelser WHERE id = 'AES-2025-000001-E2'; DELETE FROM rapport_afgoerelser WHERE id = 'AES-2025-000001-E2'; DELETE FROM haendelser WHERE sag_id = 'AES-2025-000001' AND nr = 3"
  $ DB=a3b.db ./s verificer
  skadesag: hændelse nr. 3 i sag AES-2025-000001 er forankret i anker nr. 3, men findes ikke: sagen er afkortet eller slettet
  [1]

Attack 4: delete the decision record.
  $ cp t.db a4.db && sqlite3 a4.db "DELETE FROM afgoerelser WHERE id = 'AES-2025-000001-E2'"
  $ DB=a4.db ./s verificer
  skadesag: afgørelsen, som hændelse nr. 3 i sag AES-2025-000001 registrerede, mangler eller er ændret
  [1]

Attack 5: delete read-log rows (those the checkpoint counted).
  $ cp t.db a5.db && sqlite3 a5.db "DELETE FROM laesninger"
  $ DB=a5.db ./s verificer
  skadesag: læseloggen har 0 rækker, men kontrolpunktet fra [0-9T:Z-]+ har 2: læsninger er slettet (re)
  [1]

Attack 6: edit the case list (the projection the worklists and reports read):
the status, then the team.
  $ cp t.db a6.db && sqlite3 a6.db "UPDATE sager SET status = 'lukket' WHERE id = 'AES-2025-000001'"
  $ DB=a6.db ./s verificer
  skadesag: sagslisten er ændret: sag AES-2025-000001 har status 'lukket', men hændelserne giver 'aaben'
  [1]
  $ cp t.db a6b.db && sqlite3 a6b.db "UPDATE sager SET team = 'T9' WHERE id = 'AES-2025-000002'"
  $ DB=a6b.db ./s verificer
  skadesag: sagslisten er ændret: sag AES-2025-000002 har team 'T9', men hændelserne giver 'T1'
  [1]

Attack 7: change the database's id, so that its checkpoints no longer apply.
  $ cp t.db a7.db && sqlite3 a7.db "UPDATE databasen SET id = '00000000000000000000000000000000'"
  $ DB=a7.db ./s verificer
  skadesag: intet kontrolpunkt for databasen i $TMP/.config/skadesag/noegler.kontrolpunkter; skriv et med 'skadesag sag kontrolpunkt'
  [1]

Attack 8: a forged checkpoint line (the attacker cannot write the key's
directory here, but if they could): a count changed, signature kept.
  $ cp $HOME/.config/skadesag/noegler.kontrolpunkter kp.bak
  $ tail -1 kp.bak | sed 's/ haendelser=4 / haendelser=3 /' >>$HOME/.config/skadesag/noegler.kontrolpunkter
  $ ./s verificer
  skadesag: kontrolpunktet i linje 7 af $TMP/.config/skadesag/noegler.kontrolpunkter er ikke signeret med nøglefilens nøgle 1
  [1]
  $ cp kp.bak $HOME/.config/skadesag/noegler.kontrolpunkter

Attack 9: the read log, chained row by row within each case (issue 16;
docs/hashkaede.md, "The read log"). A database of its own for it (a new id,
so that its checkpoints do not mix with t.db's), with three more reads of
the first case; every row is keyed, and a read writes a checkpoint too.
  $ cp t.db r.db && sqlite3 r.db "UPDATE databasen SET id = '99999999999999999999999999999999'"
  $ for g in a b c; do DB=r.db ./s vis AES-2025-000001 --grund "kontrol $g" >/dev/null || break; done
  $ DB=r.db ./s verificer
  ok: 4 hændelser, hashkæden og alle afgørelser er intakte
  $ sqlite3 r.db "SELECT seq, sag_id, grund, noegle, length(hash) FROM laesninger ORDER BY seq"
  1|AES-2025-000001|soegning paa CPR-nummer|1|64
  2|AES-2025-000001|kontrol|1|64
  3|AES-2025-000001|kontrol a|1|64
  4|AES-2025-000001|kontrol b|1|64
  5|AES-2025-000001|kontrol c|1|64
  $ grep -c "db=99999999999999999999999999999999 " $HOME/.config/skadesag/noegler.kontrolpunkter
  3

Edit a row (who read it):
  $ cp r.db a9.db && sqlite3 a9.db "UPDATE laesninger SET bruger = 'sb1' WHERE seq = 3"
  $ DB=a9.db ./s verificer
  skadesag: læsning nr. 3 af sag AES-2025-000001 i læseloggen er ændret, indsat, eller en læsning før den er slettet: læseloggens hashkæde brydes
  [1]

Delete a row in the middle of the case's read chain: the chain, checked
before the checkpoint's count, catches it even where later reads have made
the count up again:
  $ cp r.db a9b.db && sqlite3 a9b.db "DELETE FROM laesninger WHERE seq = 3"
  $ DB=a9b.db ./s verificer
  skadesag: læsning nr. 3 af sag AES-2025-000001 i læseloggen er ændret, indsat, eller en læsning før den er slettet: læseloggens hashkæde brydes
  [1]

Insert a forged row (a copied hash, then none at all):
  $ cp r.db a9c.db && sqlite3 a9c.db "INSERT INTO laesninger(sag_id, bruger, rolle, grund, tidspunkt, noegle, hash) SELECT sag_id, 'sb1', rolle, 'falsk', tidspunkt, noegle, hash FROM laesninger WHERE seq = 5"
  $ DB=a9c.db ./s verificer
  skadesag: læsning nr. 6 af sag AES-2025-000001 i læseloggen er ændret, indsat, eller en læsning før den er slettet: læseloggens hashkæde brydes
  [1]
  $ cp r.db a9d.db && sqlite3 a9d.db "INSERT INTO laesninger(sag_id, bruger, rolle, grund, tidspunkt) VALUES ('AES-2025-000002', 'sb1', 'sagsbehandler', 'falsk', '2026-01-01T00:00:00Z')"
  $ DB=a9d.db ./s verificer
  skadesag: læsning nr. 1 af sag AES-2025-000002 i læseloggen er ikke kædet med nøglen: læseloggens hashkæde brydes
  [1]

... and swap two rows' order (their seq):
  $ cp r.db a9e.db && sqlite3 a9e.db "UPDATE laesninger SET seq = 100 WHERE seq = 3; UPDATE laesninger SET seq = 3 WHERE seq = 4; UPDATE laesninger SET seq = 4 WHERE seq = 100"
  $ DB=a9e.db ./s verificer
  skadesag: læsning nr. 3 af sag AES-2025-000001 i læseloggen er ændret, indsat, eller en læsning før den er slettet: læseloggens hashkæde brydes
  [1]

Attack 10: edit the tasks (opgaver, the table the worklists read) and the
report facts: each derived table is rebuilt from the events and compared, the
first differing row and column named. A task's due date, whether it waits
on others, a task deleted, a decision's percentage in the report facts:
  $ sqlite3 t.db "SELECT sag_id, nr, art, forfald, venter FROM opgaver ORDER BY sag_id, nr"
  AES-2025-000001|1|servicemaal|2026-10-14|0
  AES-2025-000002|1|servicemaal|2025-09-14|0
  $ cp t.db a10.db && sqlite3 a10.db "UPDATE opgaver SET forfald = '2099-12-31' WHERE sag_id = 'AES-2025-000002' AND nr = 1"
  $ DB=a10.db ./s verificer
  skadesag: tabellen opgaver er ændret: sag AES-2025-000002 opgave nr. 1 har forfald '2099-12-31', men hændelserne giver '2025-09-14'
  [1]
  $ cp t.db a10b.db && sqlite3 a10b.db "UPDATE opgaver SET venter = 1 WHERE sag_id = 'AES-2025-000002' AND nr = 1"
  $ DB=a10b.db ./s verificer
  skadesag: tabellen opgaver er ændret: sag AES-2025-000002 opgave nr. 1 har venter '1', men hændelserne giver '0'
  [1]
  $ cp t.db a10c.db && sqlite3 a10c.db "DELETE FROM opgaver WHERE sag_id = 'AES-2025-000002'"
  $ DB=a10c.db ./s verificer
  skadesag: tabellen opgaver er ændret: sag AES-2025-000002 opgave nr. 1 mangler
  [1]
  $ cp t.db a10d.db && sqlite3 a10d.db "UPDATE rapport_afgoerelser SET pct = 100 WHERE id = 'AES-2025-000001-E2'"
  $ DB=a10d.db ./s verificer
  skadesag: tabellen rapport_afgoerelser er ændret: sag AES-2025-000001 afgørelse AES-2025-000001-E2 har pct '100', men hændelserne giver '30'
  [1]

Attack 11: edit the awards (ydelser, issue 16 item 2). They are derived in the
application layer from the stored decisions with the rate tables, so
verificer derives them again (no writes) and compares them row by row: an
award's amount changed, an award deleted, a forged award on the second case
(which has no decision that grants money), each with the triggers that keep
awards unchanged dropped first, as an attacker who can write the file would.
  $ sqlite3 t.db "SELECT id, afgoerelse_id, art, fra, til, beloeb_oere, betaler FROM ydelser ORDER BY id"
  AES-2025-000001-E2-Y1|AES-2025-000001-E2|3|20332|20513|10946969|forsikringsselskab ikke oplyst
  AES-2025-000001-E2-Y2|AES-2025-000001-E2|4|20514||198310000|forsikringsselskab ikke oplyst
  $ cp t.db a11.db && sqlite3 a11.db "DROP TRIGGER ydelser_uforanderlig; UPDATE ydelser SET beloeb_oere = beloeb_oere + 100000 WHERE id = 'AES-2025-000001-E2-Y1'"
  $ DB=a11.db ./s verificer
  skadesag: tabellen ydelser er ændret: sag AES-2025-000001 ydelse AES-2025-000001-E2-Y1 har beløbet 11046969 øre, men afgørelserne giver 10946969 øre
  [1]
  $ cp t.db a11b.db && sqlite3 a11b.db "DROP TRIGGER ydelser_slet; DELETE FROM ydelser WHERE id = 'AES-2025-000001-E2-Y1'"
  $ DB=a11b.db ./s verificer
  skadesag: tabellen ydelser er ændret: sag AES-2025-000001 mangler ydelse AES-2025-000001-E2-Y1, som afgørelse AES-2025-000001-E2 giver
  [1]
  $ cp t.db a11c.db && sqlite3 a11c.db "INSERT INTO ydelser SELECT 'AES-2025-000002-E9-Y1', 'AES-2025-000002', 'AES-2025-000002-E9', art, fra, til, beloeb_oere, regulering, niveau_aar, betalertype, betaler, andel_taeller, andel_naevner, skattepligtig, erstattet_fra, erstattet_af, slut, registreret FROM ydelser WHERE id = 'AES-2025-000001-E2-Y1'"
  $ DB=a11c.db ./s verificer
  skadesag: tabellen ydelser er ændret: sag AES-2025-000002 ydelse AES-2025-000002-E9-Y1 har ingen afgørelse bag sig
  [1]

Without rate tables the awards cannot be derived, and verificer says so
rather than passing:
  $ ./s verificer --data $TMP/ingen-satser
  skadesag: kan ikke læse $TMP/ingen-satser/satser.tsv: No such file or directory
  [3]

Without the key file nothing is verified or written; a key file others may
read is refused (as ssh refuses such a private key).
  $ SKADESAG_NOEGLEFIL=$TMP/ingen ./s verificer
  skadesag: /noeglefil: kan ikke verificere uden nøglefilen: nøglefilen $TMP/ingen findes ikke; opret den med 'skadesag noegle ny'
  [1]
  $ SKADESAG_NOEGLEFIL=$TMP/ingen ./s opret sag.json
  skadesag: /noeglefil: nøglefilen $TMP/ingen findes ikke; opret den med 'skadesag noegle ny'
  [1]
  $ cp $HOME/.config/skadesag/noegler aaben && chmod 644 aaben && SKADESAG_NOEGLEFIL=$TMP/aaben ./s verificer
  skadesag: /noeglefil: kan ikke verificere uden nøglefilen: nøglefilen $TMP/aaben må kun kunne læses af sin ejer (tilstand 0644); kør chmod 600 $TMP/aaben
  [1]

The intact database still verifies after all this.
  $ ./s verificer
  ok: 4 hændelser, hashkæden og alle afgørelser er intakte
