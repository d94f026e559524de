Search by name (issue 10, item 1): the cases with a party whose name, as
the part_tilfoejet events recorded it, has words starting with the words
searched for (at least 2 characters, letters in any case); only for roles that see personal
data; every hit logged as a read; the name read from standard input and
never echoed in an error.

  $ cat >s <<'EOF2'
  > #!/bin/sh
  > export SKADESAG_BRUGER=sb9 SKADESAG_ROLLE="${ROLLE:-sagsbehandler}"
  > exec "$SKADESAG" sag --db t.db "$@"
  > EOF2
  $ chmod +x s
  $ printf '{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-02-10","anmeldelsesdato":"2025-02-14","cpr":"0101809011","team":"T1","sagsbehandler":"sb9","dato":"2025-02-14"}' | ./s opret -
  AES-2025-000001
  $ printf '{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-03-10","anmeldelsesdato":"2025-03-14","cpr":"0202809012","team":"T1","sagsbehandler":"sb9","dato":"2025-03-14"}' | ./s opret -
  AES-2025-000002
  $ printf '{"type":"part_tilfoejet","dato":"2025-02-20","begrundelse":"Anmeldelsen","part":"tilskadekomne","navn":"Søren Østergaard","part_cpr":"0101809011"}' | ./s haendelse AES-2025-000001 -
  $ printf '{"type":"part_tilfoejet","dato":"2025-03-20","begrundelse":"Anmeldelsen","part":"tilskadekomne","navn":"Anna Berg"}' | ./s haendelse AES-2025-000002 -
  $ printf '{"type":"part_tilfoejet","dato":"2025-03-20","begrundelse":"Arbejdsgiveren","part":"arbejdsgiver","navn":"Østergaard Byg ApS","cvr":"12345678"}' | ./s haendelse AES-2025-000002 -

The index of names (migration 17) keeps each party's name as its words,
lower-cased (ASCII and the Danish capitals: Ø is ø), split at what is not
a letter or digit; worked by hand from the three names above:
  $ sqlite3 t.db "SELECT sag_id, nr, ord FROM parter ORDER BY sag_id, nr, ord"
  AES-2025-000001|1|søren
  AES-2025-000001|1|østergaard
  AES-2025-000002|1|anna
  AES-2025-000002|1|berg
  AES-2025-000002|2|aps
  AES-2025-000002|2|byg
  AES-2025-000002|2|østergaard

A search matches a party when every word of it starts a word of the
party's name, in any case: "østergaard" finds both cases (the injured
person's name and the employer's), newest first; "ØSTER" too (the start
of a word); "gaard" nothing (inside a word); "sØren" finds Søren;
"Østergaard Byg" only the employer's case (both words in one name).
  $ printf 'østergaard\n' | ./s liste --navn - | cut -c1-16
  Sag             
  AES-2025-000002 
  AES-2025-000001 
  2 sager
  $ printf 'ØSTER\n' | ./s liste --navn - | cut -c1-16
  Sag             
  AES-2025-000002 
  AES-2025-000001 
  2 sager
  $ printf 'gaard\n' | ./s liste --navn - | tail -1
  0 sager
  $ printf 'sØren\n' | ./s liste --navn - | cut -c1-16
  Sag             
  AES-2025-000001 
  1 sag
  $ printf 'Østergaard Byg\n' | ./s liste --navn - | cut -c1-16
  Sag             
  AES-2025-000002 
  1 sag
  $ printf 'anna berg\n' | ./s liste --navn - | cut -c1-16
  Sag             
  AES-2025-000002 
  1 sag

Each hit is logged as a read of that case ("soegning paa navn"): case 2 was
found four times (østergaard, ØSTER, Østergaard Byg, anna berg), case 1
three times (østergaard, ØSTER, sØren); the searches that did not find a
case logged nothing for it.
  $ ./s laesninger AES-2025-000002 | grep -c 'soegning paa navn'
  4
  $ ./s laesninger AES-2025-000001 | grep -c 'soegning paa navn'
  3

`verificer` compares the index with the names the events give; a word
changed in the table is named by table, case and party, never by the word
(a name is personal data).
  $ ./s verificer >/dev/null && echo intakt
  intakt
  $ sqlite3 t.db "UPDATE parter SET ord = 'hansen' WHERE sag_id = 'AES-2025-000001' AND ord = 'søren'"
  $ ./s verificer
  skadesag: tabellen parter er ændret: sag AES-2025-000001 ord i en parts navn, part nr. 1 har et andet ord, end hændelserne giver
  [1]

A database from before migration 17 gets its index from its events when
it is opened (here the table dropped and the version set back to 16):
  $ sqlite3 t.db "DROP TABLE parter; PRAGMA user_version = 16"
  $ printf 'anna\n' | ./s liste --navn - | tail -1
  1 sag
  $ sqlite3 t.db "SELECT count(*) FROM parter"
  7
  $ ./s verificer >/dev/null && echo intakt
  intakt

Refusals name the field and never echo the name: a team lead (who does not
see personal data) may not search (exit 1); one character is too little;
the name on the command line is refused (exit 2).
  $ printf 'Anna\n' | ROLLE=teamleder ./s liste --navn -
  skadesag: /navn: rollen må ikke søge på navn
  [1]
  $ printf 'A\n' | ./s liste --navn -
  skadesag: /navn: skriv mindst 2 tegn af navnet
  [1]
  $ printf -- '-- !\n' | ./s liste --navn -
  skadesag: /navn: skriv bogstaver eller tal af navnet
  [1]
  $ ./s liste --navn Anna
  skadesag: --navn: skriv --navn - og navnet på standardinput
  [2]

A name that is not well-formed UTF-8 (here the bytes FF FE) is refused at
the field, on both stores alike, without echoing it.
  $ printf '\377\376\n' | ./s liste --navn -
  skadesag: /navn: ugyldige tegn
  [1]
