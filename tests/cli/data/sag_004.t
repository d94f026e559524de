Source 004 (Ankestyrelsen, principmeddelelse 19-21, KEN nr 9733 af
29/09/2021) entered through `skadesag sag`, as issue 10 asks: AES decided
the loss on 1.4.2019, 90 % final from 11.05.2018; the insurer and the
injured person's lawyer appealed; Ankestyrelsen confirmed the 90 % from
11.05.2018, did not review the årsløn ("Ingen af parterne i sagen havde
klaget over … fastsættelse af årsløn. Ankestyrelsen fandt ikke grundlag for
at tage stilling til årslønnen") and told AES to decide a temporary loss
before 11.05.2018 ("Arbejdsmarkedets Erhvervssikring skal tage stilling
til, om du har ret til midlertidig erstatning for tab af erhvervsevne før
den 11. maj 2018").

What the source does not say is made up and marked so: the injury date
(2015, the year whose maximum årsløn is 498.000 kr., data/satser.tsv), the
birth date, the CPR number, the appeal dates, Ankestyrelsen's date (taken
as the KEN's date, 29.09.2021), and the temporary loss AES then decides
(65 %, a synthetic figure). Dates are typed both ways (31.12.2024 and
2024-12-31).

  $ cat >s <<'EOF2'
  > #!/bin/sh
  > export SKADESAG_BRUGER=sb4 SKADESAG_ROLLE=sagsbehandler
  > exec "$SKADESAG" sag --db t.db "$@"
  > EOF2
  $ chmod +x s
  $ cat >sag.json <<'EOF2'
  > {"sagstype":"ulykke","generation":"foerstegang","skadedato":"2015-03-02",
  >  "anmeldelsesdato":"2015-03-10","cpr":"1506604013","team":"T4",
  >  "sagsbehandler":"sb4","dato":"2015-03-10"}
  > EOF2
  $ cat >e_endelig.json <<'EOF2'
  > {"skadetype":"ulykke","skadedato":"2015-03-02","anmeldelsesdato":"2015-03-10",
  >  "foedselsdato":"1960-06-15","afgoerelsesdato":"2019-04-01","afgoerelse":"endelig",
  >  "aarsloen_oere":49800000,
  >  "erhvervsevnetab":{"grundlag":"skoen","skoen_pct":90,"situation":"foertidspension"},
  >  "tab_paavist_dato":"2018-05-11",
  >  "vurdering":{"af":"Sagsbehandler sb4","begrundelse":"Indtægten fra virksomheden afspejler ikke en reel arbejdsindsats (kilde 004)."}}
  > EOF2
  $ sed -e 's/"2019-04-01","afgoerelse":"endelig"/"2021-11-15","afgoerelse":"midlertidig"/' \
  >     -e 's/"skoen_pct":90/"skoen_pct":65/' -e 's/"2018-05-11"/"2016-03-01"/' e_endelig.json >e_midl.json

The case; the number's year is the year it was received (2015).
  $ ./s opret sag.json
  AES-2015-000001

Recognition, typed the Danish way (10.06.2015).
  $ ./s afgoer AES-2015-000001 --fase anerkendelse --resultat anerkendt --dato 10.06.2015 --begrundelse 'Ulykke i virksomheden'
  AES-2015-000001-A1

The loss decision of 1.4.2019: 90 %, final.
  $ ./s afgoer AES-2015-000001 --fase erhvervsevnetab --beregning e_endelig.json --dato 01.04.2019 --begrundelse 'Tab af erhvervsevne fastsat'
  AES-2015-000001-E2: erhvervsevnetab 90 %

An appeal dated in the future is refused, naming the field, and stores
nothing (issue 10 item 5: "An appeal dated five years in the future was
accepted").
  $ ./s klage AES-2015-000001 --afgoerelse AES-2015-000001-E2 --part forsikringsselskab --dato 2099-04-15 --begrundelse Klage
  skadesag: /dato: ligger efter dags dato
  [1]

A date that does not exist is refused in either form.
  $ ./s klage AES-2015-000001 --afgoerelse AES-2015-000001-E2 --part forsikringsselskab --dato 31.04.2019 --begrundelse Klage
  skadesag: --dato: '31.04.2019' er ikke en dato (DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD)
  [2]

The insurer appeals: K1.
  $ ./s klage AES-2015-000001 --afgoerelse AES-2015-000001-E2 --part forsikringsselskab --dato 15.04.2019 --begrundelse 'Forsikringsselskabet klager'
  AES-2015-000001-K1

The lawyer appeals the same decision: they join K1 (one appeal, two
appellants), not a second chain.
  $ ./s tilslut AES-2015-000001 --klage AES-2015-000001-K1 --part repraesentant --dato 2019-04-25 --begrundelse 'Advokaten klager'
  Klage AES-2015-000001-K1: repræsentant klager også

Reassessed and kept; sent to Ankestyrelsen.
  $ ./s genvurder AES-2015-000001 --klage AES-2015-000001-K1 --udfald fastholdt --dato 10.05.2019 --begrundelse Fastholdt
  Klage AES-2015-000001-K1 genvurderet: fastholdt
  $ ./s ankestyrelsen AES-2015-000001 --klage AES-2015-000001-K1 --send --dato 13.05.2019 --begrundelse Sendt
  Klage AES-2015-000001-K1 sendt til Ankestyrelsen

Ankestyrelsen, per point. The loss: confirmed, with the instruction as a
task due 27.10.2021 (a due date of our choosing: the source gives none).
  $ ./s ankestyrelsen AES-2015-000001 --klage AES-2015-000001-K1 --punkt erhvervsevnetab --udfald stadfaestet --paalaeg 'Tag stilling til midlertidigt erhvervsevnetab før 11.05.2018' --paalaeg-frist 27.10.2021 --dato 29.09.2021 --begrundelse 'Ankestyrelsen stadfæster 90 % fra 11.05.2018'
  Klage AES-2015-000001-K1: erhvervsevnetab stadfæstet

The årsløn: not reviewed, on the same decision date.
  $ ./s ankestyrelsen AES-2015-000001 --klage AES-2015-000001-K1 --punkt aarsloen --udfald ikke_behandlet --dato 29.09.2021 --begrundelse 'Ingen klage over årslønnen'
  Klage AES-2015-000001-K1: årsløn ikke behandlet

A point that is not a point of the appealed decision is refused.
  $ ./s ankestyrelsen AES-2015-000001 --klage AES-2015-000001-K1 --punkt men --udfald stadfaestet --dato 29.09.2021 --begrundelse x
  skadesag: /punkt: punktet hører ikke til den påklagede afgørelse
  [1]

The case file: the final 90 % from 11.05.2018 (Afgørelser: E2 "90 %  fra
11.05.2018"), the appeal with both
appellants and an outcome per point (erhvervsevnetab: stadfæstet, årsløn:
ikke behandlet), and the task to decide the temporary loss.
  $ ./s vis AES-2015-000001 --idag 01.10.2021
  Sag AES-2015-000001 (ulykke, førstegang) — åben
  Tilskadekomne: 150660-4013   Team: T4   Sagsbehandler: sb4
  Skadedato: 02.03.2015   Anmeldt: 10.03.2015   Fristregler: før 1.1.2020
  Anerkendelse: anerkendt   Mén: uafgjort   Erhvervsevnetab: afgjort
  
  Frister:
    – 3 måneders frist for anerkendelse eller afvisning  10.06.2015  bortfaldet
    ! 1 års frist for afgørelse                          10.03.2016  overskrides
    – klagefrist (4 uger)                                09.07.2015  udløbet     AES-2015-000001-A1
    ✓ klagefrist (4 uger)                                30.04.2019  opfyldt     AES-2015-000001-E2
      5 års grænse for genoptagelse                      01.04.2024  åben
  
  Opgaver:
    27.10.2021  Tag stilling til midlertidigt erhvervsevnetab før 11.05.2018
    10.03.2016  Træf afgørelse i sagen
  
  Klager:
    AES-2015-000001-K1  over AES-2015-000001-E2  modtaget 15.04.2019  afgjort: stadfæstet
        klagere: forsikringsselskab, repraesentant
        erhvervsevnetab: stadfæstet
        årsløn: ikke behandlet
  
  Historik:
      1  10.03.2015  oprettet                 sb4: Sagen er modtaget
      2  10.06.2015  anerkendt                sb4: Ulykke i virksomheden
      3  01.04.2019  erhvervsevnetab afgjort  sb4: Tab af erhvervsevne fastsat
      4  15.04.2019  klage modtaget           sb4: Forsikringsselskabet klager
      5  25.04.2019  klager tilsluttet        sb4: Advokaten klager
      6  10.05.2019  genvurderet              sb4: Fastholdt
      7  13.05.2019  sendt til Ankestyrelsen  sb4: Sendt
      8  29.09.2021  Ankestyrelsen har afgjort sb4: Ankestyrelsen stadfæster 90 % fra 11.05.2018
      9  29.09.2021  Ankestyrelsen har afgjort sb4: Ingen klage over årslønnen
  
  Afgørelser:
    AES-2015-000001-A1   anerkendelse    10.06.2015  anerkendt
    AES-2015-000001-E2   erhvervsevnetab 01.04.2019  90 %  fra 11.05.2018  beregning gemt (satser e0f6c52cb9cf…)
        erstatning pr. år 370.512,00 kr.  pr. måned 30.876,00 kr.
  
  Ydelser:
    AES-2015-000001-E2-Y1  løbende erstatning, endelig
        fra 11.05.2018 til og med 30.06.2027; grundydelse 252.217,08 kr. om året (grundniveau 2003, reguleres 1. januar)
        betaler: forsikringsselskab ikke oplyst (forsikringsselskab); skattepligtig
  

The worklist carries the instruction with its due date.
  $ ./s arbejdsliste --sagsbehandler sb4 --idag 2021-10-01
  Til behandling (først forfaldne først):
    ! 10.03.2016  AES-2015-000001  sb4        Træf afgørelse i sagen
      27.10.2021  AES-2015-000001  sb4        Tag stilling til midlertidigt erhvervsevnetab før 11.05.2018
  
  Venter på andre:
  

AES decides the temporary loss for the period before the final award. A
period that runs into the final award (to 11.05.2018) is refused ...
  $ ./s afgoer AES-2015-000001 --fase erhvervsevnetab --beregning e_midl.json --til 11.05.2018 --dato 15.11.2021 --begrundelse 'Midlertidigt tab før den endelige erstatning'
  skadesag: /til: perioden overlapper afgørelse AES-2015-000001-E2
  [1]

... ending the day before, it is decided.
  $ ./s afgoer AES-2015-000001 --fase erhvervsevnetab --beregning e_midl.json --til 10.05.2018 --dato 15.11.2021 --begrundelse 'Midlertidigt tab før den endelige erstatning'
  AES-2015-000001-E3: erhvervsevnetab 65 %

Both awards side by side without overlap (issue 14: also as the awards
E3-Y1 and E2-Y1 under "Ydelser", the final one unchanged) (E3 65 % from 01.03.2016 to
10.05.2018, E2 90 % from 11.05.2018), the final 90 % still the case's loss
and the instruction's task gone from Opgaver. ("Træf afgørelse i sagen"
stays: under the old law the case is not finished without a mén decision,
which source 004 does not mention.)
  $ ./s vis AES-2015-000001 --idag 2021-11-15
  Sag AES-2015-000001 (ulykke, førstegang) — åben
  Tilskadekomne: 150660-4013   Team: T4   Sagsbehandler: sb4
  Skadedato: 02.03.2015   Anmeldt: 10.03.2015   Fristregler: før 1.1.2020
  Anerkendelse: anerkendt   Mén: uafgjort   Erhvervsevnetab: afgjort
  
  Frister:
    – 3 måneders frist for anerkendelse eller afvisning  10.06.2015  bortfaldet
    ! 1 års frist for afgørelse                          10.03.2016  overskrides
    – klagefrist (4 uger)                                09.07.2015  udløbet     AES-2015-000001-A1
    ✓ klagefrist (4 uger)                                30.04.2019  opfyldt     AES-2015-000001-E2
      klagefrist (4 uger)                                14.12.2021  åben        AES-2015-000001-E3
      5 års grænse for genoptagelse                      01.04.2024  åben
  
  Opgaver:
    10.03.2016  Træf afgørelse i sagen
  
  Klager:
    AES-2015-000001-K1  over AES-2015-000001-E2  modtaget 15.04.2019  afgjort: stadfæstet
        klagere: forsikringsselskab, repraesentant
        erhvervsevnetab: stadfæstet
        årsløn: ikke behandlet
  
  Historik:
      1  10.03.2015  oprettet                 sb4: Sagen er modtaget
      2  10.06.2015  anerkendt                sb4: Ulykke i virksomheden
      3  01.04.2019  erhvervsevnetab afgjort  sb4: Tab af erhvervsevne fastsat
      4  15.04.2019  klage modtaget           sb4: Forsikringsselskabet klager
      5  25.04.2019  klager tilsluttet        sb4: Advokaten klager
      6  10.05.2019  genvurderet              sb4: Fastholdt
      7  13.05.2019  sendt til Ankestyrelsen  sb4: Sendt
      8  29.09.2021  Ankestyrelsen har afgjort sb4: Ankestyrelsen stadfæster 90 % fra 11.05.2018
      9  29.09.2021  Ankestyrelsen har afgjort sb4: Ingen klage over årslønnen
     10  15.11.2021  erhvervsevnetab afgjort  sb4: Midlertidigt tab før den endelige erstatning
  
  Afgørelser:
    AES-2015-000001-A1   anerkendelse    10.06.2015  anerkendt
    AES-2015-000001-E2   erhvervsevnetab 01.04.2019  90 %  fra 11.05.2018  beregning gemt (satser e0f6c52cb9cf…)
        erstatning pr. år 370.512,00 kr.  pr. måned 30.876,00 kr.
    AES-2015-000001-E3   erhvervsevnetab 15.11.2021  65 % (midlertidig)  fra 01.03.2016 til 10.05.2018  beregning gemt (satser e0f6c52cb9cf…)
        erstatning pr. år 279.804,00 kr.  pr. måned 23.317,00 kr.
  
  Ydelser:
    AES-2015-000001-E3-Y1  løbende erstatning, midlertidig
        fra 01.03.2016 til og med 10.05.2018; grundydelse 182.156,78 kr. om året (grundniveau 2003, reguleres 1. januar)
        betaler: forsikringsselskab ikke oplyst (forsikringsselskab); skattepligtig
    AES-2015-000001-E2-Y1  løbende erstatning, endelig
        fra 11.05.2018 til og med 30.06.2027; grundydelse 252.217,08 kr. om året (grundniveau 2003, reguleres 1. januar)
        betaler: forsikringsselskab ikke oplyst (forsikringsselskab); skattepligtig
  
  $ ./s vis AES-2015-000001 --idag 2021-11-15 --json | sed 's/,"/,\n"/g' | sed -n '/^"paalaeg":\[/,/"opfyldt_af"/p'
  "paalaeg":[{"klage_id":"AES-2015-000001-K1",
  "fase":"erhvervsevnetab",
  "dato":"2021-09-29",
  "frist":"2021-10-27",
  "tekst":"Tag stilling til midlertidigt erhvervsevnetab før 11.05.2018",
  "opfyldt":true,
  "opfyldt_af":"AES-2015-000001-E3"}],

Persons (issue 10, item 1). A second case for the same person and injury
date is created, with a warning naming the first.
  $ sed 's/"dato":"2015-03-10"/"dato":"2015-04-01"/' sag.json >sag2.json
  $ ./s opret sag2.json
  skadesag: advarsel: sag AES-2015-000001 har samme tilskadekomne og skadedato
  AES-2015-000002

The person's cases by CPR number, read from standard input (never on the
command line), newest first ...
  $ echo 150660-4013 | ./s liste --cpr -
  Sag              Type                     Generation  Status Team       Behandler  Anerkendelse  Næste frist
  AES-2015-000002  ulykke                   førstegang  åben   T4         sb4        uafgjort      10.06.2015
  AES-2015-000001  ulykke                   førstegang  åben   T4         sb4        anerkendt     10.03.2016
  2 sager

... each hit logged as a read ("soegning paa CPR-nummer"): the first case
(after its three reads by vis) twice, by the duplicate check and by this
search.
  $ ./s laesninger AES-2015-000001
  [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z  sb4              sagsbehandler  sagsbehandling (re)
  [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z  sb4              sagsbehandler  sagsbehandling (re)
  [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z  sb4              sagsbehandler  sagsbehandling (re)
  [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z  sb4              sagsbehandler  soegning paa CPR-nummer (re)
  [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z  sb4              sagsbehandler  soegning paa CPR-nummer (re)

Management, who see masked CPR numbers, may not search by one; a number
on the command line is refused without being used.
  $ echo 1506604013 | ./s --rolle ledelse liste --cpr -
  skadesag: /cpr: rollen må ikke søge på CPR-nummer
  [1]
  $ ./s liste --cpr 1506604013
  skadesag: --cpr: skriv --cpr - og CPR-nummeret på standardinput
  [2]

Parties (issue 10, item 1): the injured person with address and Digital
Post, the insurer by CVR, the lawyer with a power of attorney — events
on the case, added as JSON (a CPR number never on the command line).
  $ printf '{"type":"part_tilfoejet","dato":"2015-03-10","begrundelse":"Anmeldelsen","part":"tilskadekomne","navn":"Tilskadekomne (syntetisk)","part_cpr":"1506604013","adresse":"Eksempelvej 1, 9999 Eksempelby","digital_post":true}' | ./s haendelse AES-2015-000001 -
  $ printf '{"type":"part_tilfoejet","dato":"2015-03-10","begrundelse":"Anmeldelsen","part":"forsikringsselskab","navn":"Eksempel Forsikring A/S","cvr":"12345678"}' | ./s haendelse AES-2015-000001 -
  $ printf '{"type":"part_tilfoejet","dato":"2019-04-25","begrundelse":"Fuldmagt modtaget","part":"repraesentant","navn":"Advokat (syntetisk)","fuldmagt":true}' | ./s haendelse AES-2015-000001 -

A power of attorney for anyone but a representative, and a malformed CVR
number, are refused naming the field.
  $ printf '{"type":"part_tilfoejet","dato":"2019-04-25","begrundelse":"x","part":"kommune","navn":"Kommunen","fuldmagt":true}' | ./s haendelse AES-2015-000001 -
  skadesag: /fuldmagt: kun en repræsentant har fuldmagt
  [1]
  $ printf '{"type":"part_tilfoejet","dato":"2019-04-25","begrundelse":"x","part":"arbejdsgiver","navn":"Firma","cvr":"1234"}' | ./s haendelse AES-2015-000001 -
  skadesag: /cvr: skal være 8 cifre
  [1]

The caseworker sees the parties in full ...
  $ ./s vis AES-2015-000001 --idag 2021-11-15 | sed -n '/^Parter:/,/^$/p'
  Parter:
    tilskadekomne        Tilskadekomne (syntetisk)  CPR 150660-4013  Eksempelvej 1, 9999 Eksempelby  (Digital Post)
    forsikringsselskab   Eksempel Forsikring A/S  CVR 12345678
    repræsentant         Advokat (syntetisk)  (fuldmagt)
  

... management sees the party's CPR number masked, and nowhere in the
JSON (the events' payloads are left out as for "oprettet").
  $ ./s --rolle ledelse vis AES-2015-000001 --grund statistik --idag 2021-11-15 | sed -n '/^Parter:/,/^$/p'
  Parter:
    tilskadekomne        Tilskadekomne (syntetisk)  CPR 150660-XXXX  Eksempelvej 1, 9999 Eksempelby  (Digital Post)
    forsikringsselskab   Eksempel Forsikring A/S  CVR 12345678
    repræsentant         Advokat (syntetisk)  (fuldmagt)
  
  $ ./s --rolle ledelse vis AES-2015-000001 --grund statistik --idag 2021-11-15 --json | grep -c 4013
  0
  [1]

Awards (issue 14). The two loss decisions became awards with periods: the
temporary 65 % (E3-Y1) for the closed period 01.03.2016-10.05.2018 beside
the final 90 % (E2-Y1) from 11.05.2018, which stays final and still ends at
the pension age (born 15.06.1960: 67 years, 30.06.2027) — the reported
bug was the later temporary decision overwriting it. The insurer is not on
the case, so the payer says so. In May 2018 each pays its part of the
month: E3 10 of 31 days, E2 21 of 31. The 2019 month of E2 (30.876,00) is
the engine's monthly amount for the decision of 01.04.2019; the temporary
award's months before 2021 are at the level of its decision year 2021
(BEK 1232/2018 § 3).
  $ SKADESAG_BRUGER=sb4 SKADESAG_ROLLE=sagsbehandler "$SKADESAG" ydelser plan AES-2015-000001 --db t.db --idag 2021-12-01 --fra 2018-04 --til 2019-01
  Ydelser i sag AES-2015-000001
  
  AES-2015-000001-E3-Y1  løbende erstatning, midlertidig
      fra 01.03.2016 til og med 10.05.2018; grundydelse 182.156,78 kr. om året (grundniveau 2003, reguleres 1. januar)
      betaler: forsikringsselskab ikke oplyst (forsikringsselskab); skattepligtig
  AES-2015-000001-E2-Y1  løbende erstatning, endelig
      fra 11.05.2018 til og med 30.06.2027; grundydelse 252.217,08 kr. om året (grundniveau 2003, reguleres 1. januar)
      betaler: forsikringsselskab ikke oplyst (forsikringsselskab); skattepligtig
  
  Udbetalingsplan april 2018 til januar 2019
  
  Måned           Ydelse                         Forfalden         Betalt     Difference
  april 2018      AES-2015-000001-E3-Y1           23.317,00           0,00      23.317,00
  maj 2018        AES-2015-000001-E3-Y1            7.521,61           0,00       7.521,61
  maj 2018        AES-2015-000001-E2-Y1           20.916,00           0,00      20.916,00
  juni 2018       AES-2015-000001-E2-Y1           30.876,00           0,00      30.876,00
  juli 2018       AES-2015-000001-E2-Y1           30.876,00           0,00      30.876,00
  august 2018     AES-2015-000001-E2-Y1           30.876,00           0,00      30.876,00
  september 2018  AES-2015-000001-E2-Y1           30.876,00           0,00      30.876,00
  oktober 2018    AES-2015-000001-E2-Y1           30.876,00           0,00      30.876,00
  november 2018   AES-2015-000001-E2-Y1           30.876,00           0,00      30.876,00
  december 2018   AES-2015-000001-E2-Y1           30.876,00           0,00      30.876,00
  januar 2019     AES-2015-000001-E2-Y1           30.876,00           0,00      30.876,00
  I alt                                          298.762,61           0,00     298.762,61
  En positiv difference for en forløbet måned er efterbetaling.
  

A death (hypothetical here, to pin the rule; guidance 2.16, Q-62) is an event
with the day of death as its date and its source as the reason. It ends the
running awards in the same transaction: the final award E2-Y1 is paid for
March 2021, the month of death, in full (the same 2021 amount as February)
and is superseded from 01.04.2021 ("dødsfald 10.03.2021"): nothing from
April. The temporary award E3-Y1 (closed 10.05.2018) is untouched.
  $ printf '{"type":"doedsfald","dato":"2021-03-10","begrundelse":"Dødsfald oplyst af CPR-registeret"}' | ./s haendelse AES-2015-000001 -
  $ SKADESAG_BRUGER=sb4 SKADESAG_ROLLE=sagsbehandler "$SKADESAG" ydelser plan AES-2015-000001 --db t.db --idag 2021-12-01 --fra 2021-02 --til 2021-05
  Ydelser i sag AES-2015-000001
  
  AES-2015-000001-E3-Y1  løbende erstatning, midlertidig
      fra 01.03.2016 til og med 10.05.2018; grundydelse 182.156,78 kr. om året (grundniveau 2003, reguleres 1. januar)
      betaler: forsikringsselskab ikke oplyst (forsikringsselskab); skattepligtig
  AES-2015-000001-E2-Y1  løbende erstatning, endelig
      fra 11.05.2018 til og med 30.06.2027; grundydelse 252.217,08 kr. om året (grundniveau 2003, reguleres 1. januar)
      betaler: forsikringsselskab ikke oplyst (forsikringsselskab); skattepligtig
      erstattet fra 01.04.2021 af dødsfald 10.03.2021
  
  Udbetalingsplan februar 2021 til maj 2021
  
  Måned           Ydelse                         Forfalden         Betalt     Difference
  februar 2021    AES-2015-000001-E2-Y1           32.284,00           0,00      32.284,00
  marts 2021      AES-2015-000001-E2-Y1           32.284,00           0,00      32.284,00
  I alt                                           64.568,00           0,00      64.568,00
  En positiv difference for en forløbet måned er efterbetaling.
  
