Search by name (issue 10, item 1): the cases with a party whose name, as
the part_tilfoejet events recorded it, contains the text (at least 2
characters, ASCII letters in any case); only for roles that see personal
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

"østergaard" (lower-case ø: non-ASCII letters must match as written) finds
nothing; "Østergaard" finds both cases, the injured person's and the
employer's name, newest first; ASCII letters ignore case ("SøREN" finds
Søren), others do not ("sØren" finds nothing).
  $ printf 'østergaard\n' | ./s liste --navn - | tail -1
  0 sager
  $ printf 'Østergaard\n' | ./s liste --navn - | cut -c1-16
  Sag             
  AES-2025-000002 
  AES-2025-000001 
  2 sager
  $ printf 'SøREN\n' | ./s liste --navn - | cut -c1-16
  Sag             
  AES-2025-000001 
  1 sag
  $ printf 'sØren\n' | ./s liste --navn - | tail -1
  0 sager
  $ printf 'anna berg\n' | ./s liste --navn - | cut -c1-16
  Sag             
  AES-2025-000002 
  1 sag

Each hit is logged as a read of that case ("soegning paa navn"): case 2 was
found twice (Østergaard, anna berg), case 1 twice (Østergaard, SøREN); the
searches that did not find a case logged nothing for it.
  $ ./s laesninger AES-2025-000002 | grep -c 'soegning paa navn'
  2
  $ ./s laesninger AES-2025-000001 | grep -c 'soegning paa navn'
  2

Refusals name the field and never echo the name: a team lead (who does not
see personal data) may not search (exit 1); one character is too little;
the name on the command line is refused (exit 2).
  $ printf 'Anna\n' | ROLLE=teamleder ./s liste --navn -
  skadesag: /navn: rollen må ikke søge på navn
  [1]
  $ printf 'A\n' | ./s liste --navn -
  skadesag: /navn: skriv mindst 2 tegn af navnet
  [1]
  $ ./s liste --navn Anna
  skadesag: --navn: skriv --navn - og navnet på standardinput
  [2]
