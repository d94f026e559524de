skadesag sag: issue 10, item 7 (small things): filter values are checked,
an overdue reply moves from "waiting" to "to do" and the worklist names the
party waited on, vis names who appealed, and every subcommand prints its
own help. Dated with --idag/--dato, so nothing depends on today.

./s is skadesag sag on t.db as caseworker sb9.
  $ cat >s <<'EOF'
  > #!/bin/sh
  > export SKADESAG_BRUGER=sb9 SKADESAG_ROLLE=sagsbehandler
  > exec "$SKADESAG" sag --db t.db "$@"
  > EOF
  $ chmod +x s
  $ cat >sag.json <<'EOF'
  > {"sagstype":"ulykke","generation":"foerstegang","skadedato":"2023-02-10",
  >  "anmeldelsesdato":"2023-02-14","cpr":"0101809011","team":"T1",
  >  "sagsbehandler":"sb9","dato":"2023-02-14"}
  > EOF
  $ ./s opret sag.json
  AES-2023-000001

A request to the doctor on 01.03.2023 with the reply due 29.03.2023.
  $ cat >anm.json <<'EOF'
  > {"type":"oplysninger_anmodet","dato":"2023-03-01","begrundelse":"Journal",
  >  "anmodning_id":"A1","part":"laege","svarfrist":"2023-03-29"}
  > EOF
  $ ./s haendelse AES-2023-000001 anm.json >/dev/null && echo ok
  ok

Before the reply deadline the reply waits on others, and the line names the
party ("Afventer svar fra lægen").
  $ ./s arbejdsliste --sagsbehandler sb9 --idag 2023-03-20 | sed -n '/^Venter/,$p'
  Venter på andre:
      29.03.2023  AES-2023-000001  sb9        Afventer svar fra lægen; ryk ved fristens udløb
  

The day after the deadline (30.03.2023) chasing it is AES's to do: the line
is under "Til behandling", marked overdue ("!"), and no longer under
"Venter på andre".
  $ ./s arbejdsliste --sagsbehandler sb9 --idag 2023-03-30 >al
  $ sed -n '/^Til behandling/,/^$/p' al | grep -c '! 29.03.2023  AES-2023-000001  sb9        Afventer svar fra lægen'
  1
  $ sed -n '/^Venter/,$p' al | grep -c 'lægen'
  0
  [1]

Filter values that can match nothing are refused, naming the field (exit 1):
a status must be aaben or lukket (not "åben"), a type a known case type, a
team or caseworker not empty.
  $ ./s liste --status åben
  skadesag: /status: skal være aaben eller lukket
  [1]
  $ ./s liste --type ulykker
  skadesag: /type: ukendt sagstype
  [1]
  $ ./s liste --team ''
  skadesag: /team: må ikke være tom
  [1]
  $ ./s liste --sagsbehandler ''
  skadesag: /sagsbehandler: må ikke være tom
  [1]
  $ ./s arbejdsliste --team ''
  skadesag: /team: må ikke være tom
  [1]
  $ ./s arbejdsliste --sagsbehandler ''
  skadesag: /sagsbehandler: må ikke være tom
  [1]
  $ ./s liste --status aaben | tail -1
  1 sag

vis names the appealing party of an appeal with one appellant ("klager:
arbejdsgiver").
  $ ./s afgoer AES-2023-000001 --fase anerkendelse --resultat anerkendt --dato 2023-04-03 --begrundelse Anerkendt
  AES-2023-000001-A1
  $ ./s klage AES-2023-000001 --afgoerelse AES-2023-000001-A1 --part arbejdsgiver --dato 2023-04-20 --begrundelse Klage >/dev/null && echo ok
  ok
  $ ./s vis AES-2023-000001 --idag 2023-04-21 | sed -n '/^Klager:/,/^$/p'
  Klager:
    AES-2023-000001-K1  over AES-2023-000001-A1  modtaget 20.04.2023  modtaget
        klager: arbejdsgiver
  

Every subcommand prints its own usage on --help (first line names it) and
exits 0.
  $ for k in opret haendelse vis liste arbejdsliste afgoer notat dokument hent klage tilslut genvurder ankestyrelsen genoptag revision genberegn verificer laesninger eksport import demo genopbyg; do "$SKADESAG" sag $k --help | head -1 | grep -q "\] $k \.\.\.\$" || echo "$k: forkert"; done; echo færdig
  færdig

The other commands' subcommands print their command's usage (which lists
the subcommand) on --help, on standard output, exit 0 (not a usage error).
  $ for k in 'rapport portefolje' 'rapport kvalitet' 'rapport konsekvens' 'brev dan' 'brev vis' 'brev liste' 'dato vis' 'dato helligdage' 'dato arbejdsdage' 'dato alder' 'satser tjek' 'satser sats' 'satser folkepensionsalder' 'satser faktor'; do "$SKADESAG" $k --help 2>/dev/null | head -1 | grep -q "^Brug: skadesag ${k%% *} " || echo "$k: forkert"; done; echo færdig
  færdig
