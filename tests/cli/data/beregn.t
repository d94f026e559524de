skadesag beregn and the general command line, run as a user would
(formerly tests/cli/beregn.sh). Run with tests/cli/koer; the format is in
docs/tests.md. Long JSON is shown one member per line by
sed 's/,"/,\n"/g', which only inserts line breaks (a JSON string cannot
hold a raw newline, and an escaped quote is \", never ,"), so the bytes
are exactly the command's, and so are key order and repeated keys.

--version prints "skadesag" and the version number.
  $ $SKADESAG --version
  skadesag 0.1.0

--help lists the commands (beregn among them).
  $ $SKADESAG --help
  Brug: skadesag [--version] [--help] <kommando> [<argumenter>]
  
  Skadesag beregner de objektive dele af en afgørelse om erstatning for tab af
  erhvervsevne efter arbejdsskadesikringsloven, præcist og med hjemmel.
  
  Kommandoer:
    beregn     Beregn erstatning for tab af erhvervsevne for en sag (JSON)
    ydelser    Sagens ydelser og udbetalingsplan med regnskab
    satser     Vis og kontrollér satstabellerne (satser, faktorer, pensionsalder)
    sag        Sagsbehandling: sager, hændelser, frister, afgørelser og klager
    demodata   Opret en syntetisk sagsportefølje (reproducerbar, seed)
    brev       Afgørelsesbreve: dan, vis og list breve (PDF/A og HTML)
    rapport    Porteføljens nøgletal, kvalitet, prognoser og konsekvensberegninger
    server     HTTP-API'et med login (docs/api.yaml, docs/server.md)
    dato       Datoer, helligdage og arbejdsdage
    bruger     Konti: opret, roller, deaktivering, kodeord, engangskoder, API-nøgler
    db         Databasen: kopier alt mellem SQLite og PostgreSQL
    udbetaling Månedens udbetalingskørsel, betalingsfiler, afsendelse og tilbageførsel
    noegle     Nøglefilen til hashkæden og kontrolpunkterne: ny, roter, vis
  
  Skriv 'skadesag <kommando> --help' for hjælp til en kommando.

beregn --help names --batch.
  $ $SKADESAG beregn --help
  Brug: skadesag beregn [--data MAPPE] [--format json|tekst|sagsbehandler]
        [--uden-spor] FIL
        skadesag beregn [--data MAPPE] [--uden-spor] [--jobs N] --batch FIL.jsonl
  
  Beregner de objektive dele af en afgørelse om erstatning for tab af
  erhvervsevne for sagen i FIL (JSON; '-' er standard input). Felterne er
  beskrevet i docs/beregning.md.
  
    --format tekst   Dansk tekst med "Sådan har vi beregnet" i stedet for JSON,
                     som den sendes til borgeren
    --format sagsbehandler
                     Samme tekst med reglernes kilder, parametre og åbne
                     spørgsmål, til sagsbehandleren
    --uden-spor      Udelad sporet (beregningstrinnene)
    --batch          Én sag pr. linje ind, ét resultat pr. linje ud (JSON Lines)
    --jobs N         Batchen på N kerner; resultaterne i samme rækkefølge
    --data MAPPE     Mappe med satstabellerne
  
  Afslutningskode: 0 beregnet, 1 sagen afvist (fejl i input), 2 forkert brug,
  3 intern fejl.

satser --help names tjek.
  $ $SKADESAG satser --help
  Brug: skadesag satser [--data MAPPE] <underkommando> ...
  
    tjek                          Indlæs og kontrollér alle tabeller, vis checksum
    sats NAVN ÅR [BETINGELSE]     Én sats med kilde (fx maks_aarsloen 2024)
    folkepensionsalder FØDT [DATO]
                                  Folkepensionsalder efter reglerne på DATO
    faktor SKADEDATO KAPDATO FØDT ALDER [mand|kvinde]
                                  Kapitaliseringsfaktor for en hel alder
  
  MAPPE er datamappen (standard: $SKADESAG_DATA eller den indbyggede).

dato --help names helligdage.
  $ $SKADESAG dato --help
  Brug: skadesag dato <underkommando> ...
  
    vis DATO                     Datoen i ISO, dansk og lang form og ugedagen
    helligdage ÅR                Danske helligdage i året
    arbejdsdage DATO N [--lukket LISTE]
                                 N arbejdsdage efter DATO (N < 0: før)
    alder FØDSELSDATO DATO       Alder i år og måneder på DATO
  
  DATO skrives ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ. LISTE er kommasepareret blandt
  grundlovsdag, juleaften, nytaarsaften (lukkedage ud over weekend og helligdage).

Not in the old script, added so the rewrite keeps them: the help of the
other commands, and no command at all (usage on stderr, exit 2). rapport
--help prints "%%" where it means "%" (reported, not fixed here).
  $ $SKADESAG sag --help
  Brug: skadesag sag [--db STI] [--bruger B] [--rolle R] [--json] [--skrivebeskyttet] <underkommando> ...
  
    opret FIL|-                         Opret en sag (JSON, se docs/sager.md)
    haendelse SAG FIL|-                 Tilføj en hændelse (JSON)
    vis SAG [--grund G] [--idag D]      Sagen med historik, frister og afgørelser
    liste [--team T] [--sagsbehandler S] [--status aaben|lukket] [--type T]
    liste --cpr -                       En persons sager (CPR-nummeret læses fra stdin)
    liste --navn -                      Sager med en part med det navn (læses fra stdin)
    arbejdsliste (--team T | --sagsbehandler S) [--idag D] [--graense N]
    afgoer SAG --fase anerkendelse --resultat anerkendt|afvist
    afgoer SAG --fase men --pct N
    afgoer SAG --fase erhvervsevnetab --beregning FIL [--revisionsdato D] [--til D]
    notat SAG --tekst T                 Et notat i sagens journal
    dokument SAG --fil F --titel T --retning modtaget|sendt [--part P] [--svar-paa ANMODNING]
    hent SAG SHA256 --ud FIL            Et dokument fra sagens journal
    klage SAG --afgoerelse ID [--part P]
    tilslut SAG --klage K --part P      En part mere klager over samme afgørelse
    genvurder SAG --klage K --udfald fastholdt|aendret
    ankestyrelsen SAG --klage K (--send | --udfald stadfaestet|aendret|hjemvist|afvist|ikke_behandlet
        [--punkt anerkendelse|men|erhvervsevnetab|aarsloen] [--paalaeg TEKST [--paalaeg-frist D]])
    genoptag SAG --nye-oplysninger T [--saerlige-grunde]
    revision SAG
    genberegn AFGOERELSE-ID [--data MAPPE]
    verificer [--data MAPPE]            Kontrollér database, hashkæde, afgørelser og ydelser
    kontrolpunkt                        Skriv et signeret kontrolpunkt uden for databasen
    laesninger SAG                      Hvem har læst sagen og hvorfor
    eksport SAG | import FIL            Sagen som JSON
    demo                                Opret syntetiske demosager
    genopbyg                            Genopbyg oversigter og rapportfakta fra hændelserne
  
  Fælles for ændringer: --dato D (standard: i dag), --begrundelse T (påkrævet).
  --db er standard ./skadesag.db. --bruger/--rolle er standard $SKADESAG_BRUGER
  og $SKADESAG_ROLLE (sagsbehandler). Kun sagsbehandler og jurist ser fulde CPR-numre.
  --skrivebeskyttet åbner databasen uden at skrive i den: liste og verificer
  virker, men en sag vises ikke, for læsningen kan ikke logges.
  $ $SKADESAG rapport --help
  Brug: skadesag rapport [--db STI] [--bruger B] [--rolle R] <underkommando> ...
  
    portefolje --fra D --til D [--pr D] [--format tekst|csv|html] [--ud FIL]
               [--prognose ÅR] [--kvalitet] [--syntetisk] [--data MAPPE]
        Nøgletal for perioden opgjort pr. D (standard: periodens slutdato):
        sagsbehandlingstid pr. sagsgruppe, verserende sager og deres alder,
        tilgang og afslutning pr. måned, fristoverholdelse (gl. og ny lov),
        klager og Ankestyrelsens afgørelser efter år for AES' afgørelse.
  
    kvalitet udtraek --fra D --til D [--seed N] [--andel PROMILLE]
        Udtræk en reproducerbar stikprøve (standard 20 promille = 2 %) af
        periodens afgørelser til kvalitetsmåling.
    kvalitet liste --fra D --til D     Stikprøven med vurderinger
    kvalitet vurder AFGØRELSE --korrekt ja|nej --begrundelse T [--bruger B]
    kvalitet status --fra D --til D    Andel materielt korrekte mod målet 95 %
  
    konsekvens hoejesteret-2025 [--format tekst|csv] [--ud FIL] [--data MAPPE]
        § 17 a-afgørelser med et beregnet tab på 5-15 %, hvor erstatning blev
        afvist, og hvad de ville få ved 15 %.
    konsekvens folkepensionsalder [--pr D] [--format tekst|csv] [--ud FIL]
        Kapitaliserede erstatninger, hvor folkepensionsalderen efter reglerne pr.
        D (standard i dag) er en anden end ved afgørelsen (fx 70 år for årgange
        fra 1971), og faktor og kapitalbeløb ved samme alder.
  
  Datoer skrives ÅÅÅÅ-MM-DD. --db er standard ./skadesag.db. Definitionerne
  står i docs/portefolje.md.
  $ $SKADESAG demodata --help
  Brug: skadesag demodata --db STI [--aar N] [--slut ÅÅÅÅ-MM-DD] [--seed N]
                          [--sager-pr-aar N] [--data MAPPE]
  
  Opretter en syntetisk sagsportefølje med fulde hændelsesforløb (standard:
  5 års tilgang frem til 31.12.2025, ca. 53.500 sager om året, seed 1). Samme
  seed giver samme portefølje. Afgørelser om erhvervsevnetab beregnes af motoren.
  Databasen skal være ny eller tom. Se docs/portefolje.md.
  $ $SKADESAG
  Brug: skadesag [--version] [--help] <kommando> [<argumenter>]
  
  Skadesag beregner de objektive dele af en afgørelse om erstatning for tab af
  erhvervsevne efter arbejdsskadesikringsloven, præcist og med hjemmel.
  
  Kommandoer:
    beregn     Beregn erstatning for tab af erhvervsevne for en sag (JSON)
    ydelser    Sagens ydelser og udbetalingsplan med regnskab
    satser     Vis og kontrollér satstabellerne (satser, faktorer, pensionsalder)
    sag        Sagsbehandling: sager, hændelser, frister, afgørelser og klager
    demodata   Opret en syntetisk sagsportefølje (reproducerbar, seed)
    brev       Afgørelsesbreve: dan, vis og list breve (PDF/A og HTML)
    rapport    Porteføljens nøgletal, kvalitet, prognoser og konsekvensberegninger
    server     HTTP-API'et med login (docs/api.yaml, docs/server.md)
    dato       Datoer, helligdage og arbejdsdage
    bruger     Konti: opret, roller, deaktivering, kodeord, engangskoder, API-nøgler
    db         Databasen: kopier alt mellem SQLite og PostgreSQL
    udbetaling Månedens udbetalingskørsel, betalingsfiler, afsendelse og tilbageførsel
    noegle     Nøglefilen til hashkæden og kontrolpunkterne: ny, roter, vis
  
  Skriv 'skadesag <kommando> --help' for hjælp til en kommando.
  [2]

An unknown command is a usage error (exit 2).
  $ $SKADESAG findesikke
  skadesag: ukendt kommando 'findesikke' (se 'skadesag --help')
  [2]


Every example computes, as JSON ("ret_til_erstatning":true) and as text
("Sådan har vi beregnet").

beregn examples/fleksjob_2019.json (json): ret_til_erstatning true.
  $ $SKADESAG beregn $ROD/examples/fleksjob_2019.json | sed 's/,"/,\n"/g'
  {"id":"eksempel-fleksjob-2019",
  "regelsaet":{"noegledato":"2019-10-03",
  "noegledato_grundlag":"skadedato",
  "lov":"ASL 2003",
  "versioner":["lov.asl-2003",
  "p17a.fra-2006-01-01",
  "tilkendelse.alle-afgoerelser-fra-2007-07",
  "ophoer.folkepensionsalder-fra-2007-07",
  "niveau.83pct-efter-am-bidrag-fra-2011",
  "tabsgitter.5pct-foer-2024-07",
  "aarsloen.aaret-foer-skaden"],
  "satser_checksum":"e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116"},
  "afgoerelse":"endelig",
  "erhvervsevnetab_beregnet":"28.5714",
  "erhvervsevnetab_beregnet_broek":"200/7",
  "erhvervsevnetab_forslag_pct":30,
  "erhvervsevnetab_samlet_pct":30,
  "erhvervsevnetab_efter_andel":"30.0000",
  "erhvervsevnetab_fastsat_pct":30,
  "erhvervsevnetab_pct":30,
  "ret_til_erstatning":true,
  "aarsloen_oere":33100000,
  "aarsloen_reguleret_oere":38801038,
  "aarlig_erstatning_foer_afrunding_oere":8888542,
  "aarlig_erstatning_oere":8889600,
  "maanedlig_erstatning_oere":740800,
  "udbetalingsform":"kapital",
  "kapitaliseret_pct":30,
  "kapitaliseringsfaktor":"10.455",
  "kapitalbeloeb_oere":92929800,
  "loebende_indtil":"2025-04-14",
  "tilkendelsesdato":"2024-08-01",
  "spor":[{"regel":"regelsaet",
  "kilde":"ASL (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.2, 2.6, 2.8 og 2.11",
  "art":"beregnet",
  "input":{"skadetype":"ulykke"},
  "resultat":"ASL 2003",
  "tekst":"Sagen afgøres efter de regler, der gælder for en ulykke sket 03.10.2019 (skadedatoen): lov om arbejdsskadesikring (2003)."},{"regel":"tab.17a.beregning",
  "kilde":"ASL § 17 a, stk. 1-2, indsat ved lov nr. 1388 af 21. december 2005 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 8.2.1 og 8.3",
  "art":"beregnet",
  "input":{"indtaegt_uden_skade":"385.000,00 kr.",
  "indtaegt_med_skade":"275.000,00 kr."},
  "resultat":"200/7",
  "tekst":"Lønnedgangen efter § 17 a: (385.000,00 kr. − 275.000,00 kr.) / 385.000,00 kr. × 100 = 28,57 %."},{"regel":"tab.afrunding",
  "kilde":"Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.1.7 (L334-341); eksempel 2.1, 2.11, 2.19 og 8.2",
  "art":"beregnet",
  "input":{"tab":"28,57 %"},
  "afrunding":"nærmeste hele 5 %, midtpunkt op",
  "resultat":"30",
  "tekst":"28,57 % afrundes til 30 %."},{"regel":"aarsloen.oplyst",
  "kilde":"ASL § 24, stk. 1 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring)",
  "art":"oplyst",
  "resultat":"33100000",
  "tekst":"Årslønnen efter § 24, stk. 1 er oplyst til 331.000,00 kr."},{"regel":"aarsloen.grundloen-og-regulering",
  "kilde":"ASL § 24, stk. 8, og § 25, stk. 2 og 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); bekendtgørelse nr. 1232 af 2018 om regulering pr. 1. januar 2019 efter lov om arbejdsskadesikring (https://www.retsinformation.dk/eli/lta/2018/1232) §§ 2-3 og de tilsvarende årlige reguleringsakter (åbent spørgsmål Q-03)",
  "art":"beregnet",
  "input":{"aarsloen":"331.000,00 kr. (2019)"},
  "parametre":[{"navn":"maks_aarsloen",
  "vaerdi":"539.000,00 kr. (2019)",
  "kilde":"satser.tsv linje 194: BEK 1232/2018"},{"navn":"maks_aarsloen",
  "vaerdi":"367.000,00 kr. (2003)",
  "kilde":"satser.tsv linje 178"},{"navn":"reguleringsprocent_erhvervsevnetab_kumuleret",
  "vaerdi":"65,7 % (2024)",
  "kilde":"satser.tsv linje 310: VEJ 9822/2023"},{"navn":"reguleringsprocent_erhvervsevnetab_kumuleret",
  "vaerdi":"3,9 % (2025)",
  "kilde":"satser.tsv linje 312: VEJ 9915/2024"}],
  "afrunding":"til hele øre, halv op",
  "resultat":"38801038",
  "tekst":"Erstatningen beregnes, som om skaden var sket på afgørelsestidspunktet: årslønnen 331.000,00 kr. omregnes til grundløn (× 367.000,00 kr. / 539.000,00 kr., den maksimale årsløn for 2019) og reguleres med 65,7 % (2024) og 3,9 % (2025) til 388.010,38 kr."},{"regel":"erstatning.aarlig",
  "kilde":"ASL § 17, stk. 6; § 24, stk. 3 (arbejdsmarkedsbidrag); § 25, stk. 5 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring)",
  "art":"beregnet",
  "input":{"aarsloen":"388.010,38 kr.",
  "procent":"30"},
  "afrunding":"op til nærmeste med 12 delelige kronebeløb (ASL § 25, stk. 5)",
  "resultat":"8889600",
  "tekst":"Den årlige erstatning er 388.010,38 kr. × 92 % × 83 % × 30 % = 88.885,42 kr., forhøjet til 88.896,00 kr. (7.408,00 kr. om måneden)."},{"regel":"tilkendelse.tab-paavist",
  "kilde":"ASL § 17, stk. 7 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.6",
  "art":"beregnet",
  "resultat":"01.08.2024",
  "tekst":"Udgangspunktet er den dato situationen indtrådte (vejledningen 2.6, L917-953): 01.08.2024."},{"regel":"udbetaling.under-50-kapital",
  "kilde":"ASL § 27, stk. 1, 1. pkt. (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.8",
  "art":"beregnet",
  "tekst":"Endelig afgørelse under 50 %: erstatningen omsættes til et kapitalbeløb på afgørelsestidspunktet."},{"regel":"kapitalisering.faktor",
  "kilde":"ASL § 27, stk. 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om omsætning af løbende erstatning til kapitalbeløb i 2025 i sager om arbejdsskader (VEJ nr. 10029 af 6. december 2024), tabel E",
  "art":"beregnet",
  "input":{"alder":"52 år og 4 måneder",
  "folkepensionsalder":"69 år og 0 måneder"},
  "parametre":[{"navn":"tabel",
  "vaerdi":"E",
  "kilde":"VEJ 10029/2024, tabel E (kapitalisering_acts.tsv linje 73)"}],
  "afrunding":"3 decimaler, halv op",
  "resultat":"10,455",
  "tekst":"Kapitaliseringsfaktoren efter VEJ 10029/2024, tabel E, for en alder af 52 år og 4 måneder er 10,455 (lineær interpolation mellem hele år (måned for måned))."},{"regel":"kapitalisering.beloeb",
  "kilde":"ASL § 27, stk. 1 og 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring)",
  "art":"beregnet",
  "input":{"procent":"30"},
  "afrunding":"op til hele kroner",
  "resultat":"92929800",
  "tekst":"Den årlige erstatning for 30 % ganges med faktoren 10,455: kapitalbeløbet er 929.298,00 kr."},{"regel":"udbetaling.loebende-indtil-kapital",
  "kilde":"Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.8 (L1147-1150) og 2.6 (L904-907); Ankestyrelsens principafgørelse 155-10",
  "art":"beregnet",
  "tekst":"Fra 01.08.2024 til og med 14.04.2025 udbetales løbende ydelse, indtil kapitalbeløbet får virkning."}]}

beregn examples/fleksjob_2019.json (tekst): Sådan har vi beregnet.
  $ $SKADESAG beregn --format tekst $ROD/examples/fleksjob_2019.json
  Afgørelse om erstatning for tab af erhvervsevne
  
  Afgørelsen er                      endelig
  Beregnet tab                       28,57 %
  Erhvervsevnetab                    30 %
  Ret til erstatning                 ja
  Årsløn                             331.000,00 kr.
  Årlig erstatning                   88.896,00 kr.
  Månedlig erstatning                7.408,00 kr.
  Udbetaling                         kapitalbeløb
  Kapitaliseringsfaktor              10,455
  Kapitalbeløb                       929.298,00 kr.
  Tilkendelsestidspunkt              01.08.2024
  Løbende ydelse til og med          14.04.2025
  
  Sådan har vi beregnet
  
  1. Sagen afgøres efter de regler, der gælder for en ulykke sket 03.10.2019 (skadedatoen): lov om arbejdsskadesikring (2003). (ASL (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.2, 2.6, 2.8 og 2.11)
  2. Lønnedgangen efter § 17 a: (385.000,00 kr. − 275.000,00 kr.) / 385.000,00 kr. × 100 = 28,57 %. (ASL § 17 a, stk. 1-2, indsat ved lov nr. 1388 af 21. december 2005 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 8.2.1 og 8.3)
  3. 28,57 % afrundes til 30 %. (Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.1.7; eksempel 2.1, 2.11, 2.19 og 8.2)
     Afrunding: nærmeste hele 5 %, midtpunkt op
  4. Årslønnen efter § 24, stk. 1 er oplyst til 331.000,00 kr. (ASL § 24, stk. 1 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring))
  5. Erstatningen beregnes, som om skaden var sket på afgørelsestidspunktet: årslønnen 331.000,00 kr. omregnes til grundløn (× 367.000,00 kr. / 539.000,00 kr., den maksimale årsløn for 2019) og reguleres med 65,7 % (2024) og 3,9 % (2025) til 388.010,38 kr. (ASL § 24, stk. 8, og § 25, stk. 2 og 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); bekendtgørelse nr. 1232 af 2018 om regulering pr. 1. januar 2019 efter lov om arbejdsskadesikring (https://www.retsinformation.dk/eli/lta/2018/1232) §§ 2-3 og de tilsvarende årlige reguleringsakter)
     Afrunding: til hele øre, halv op
  6. Den årlige erstatning er 388.010,38 kr. × 92 % × 83 % × 30 % = 88.885,42 kr., forhøjet til 88.896,00 kr. (7.408,00 kr. om måneden). (ASL § 17, stk. 6; § 24, stk. 3 (arbejdsmarkedsbidrag); § 25, stk. 5 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring))
     Afrunding: op til nærmeste med 12 delelige kronebeløb (ASL § 25, stk. 5)
  7. Udgangspunktet er den dato situationen indtrådte (vejledningen 2.6): 01.08.2024. (ASL § 17, stk. 7 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.6)
  8. Endelig afgørelse under 50 %: erstatningen omsættes til et kapitalbeløb på afgørelsestidspunktet. (ASL § 27, stk. 1, 1. pkt. (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.8)
  9. Kapitaliseringsfaktoren efter VEJ 10029/2024, tabel E, for en alder af 52 år og 4 måneder er 10,455 (lineær interpolation mellem hele år (måned for måned)). (ASL § 27, stk. 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om omsætning af løbende erstatning til kapitalbeløb i 2025 i sager om arbejdsskader (VEJ nr. 10029 af 6. december 2024), tabel E)
     Afrunding: 3 decimaler, halv op
  10. Den årlige erstatning for 30 % ganges med faktoren 10,455: kapitalbeløbet er 929.298,00 kr. (ASL § 27, stk. 1 og 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring))
     Afrunding: op til hele kroner
  11. Fra 01.08.2024 til og med 14.04.2025 udbetales løbende ydelse, indtil kapitalbeløbet får virkning. (Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.8 og 2.6; Ankestyrelsens principafgørelse 155-10)
  
  Satstabeller (SHA-256): e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116

The same case for the caseworker (--format sagsbehandler, issue 10 item 6): the text above is the citizen's,
without source lines, parameter names or the rate tables' provenance; the caseworker's keeps them. Pinned
here: step 3 cites the guidance with its line reference (L334-341), step 5 lists the parameters (by Danish
label) with their source (satser.tsv), steps 7 and 11 line references again, step 9 the capitalisation table's file.
  $ $SKADESAG beregn --format sagsbehandler $ROD/examples/fleksjob_2019.json | grep -E 'L[0-9]|kilde:'
  3. 28,57 % afrundes til 30 %. (Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.1.7 (L334-341); eksempel 2.1, 2.11, 2.19 og 8.2)
     Årslønsmaksimum: 539.000,00 kr. (2019) (kilde: satser.tsv linje 194: BEK 1232/2018)
     Årslønsmaksimum: 367.000,00 kr. (2003) (kilde: satser.tsv linje 178)
     Regulering af erhvervsevnetabserstatning (samlet): 65,7 % (2024) (kilde: satser.tsv linje 310: VEJ 9822/2023)
     Regulering af erhvervsevnetabserstatning (samlet): 3,9 % (2025) (kilde: satser.tsv linje 312: VEJ 9915/2024)
  7. Udgangspunktet er den dato situationen indtrådte (vejledningen 2.6, L917-953): 01.08.2024. (ASL § 17, stk. 7 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.6)
     Kapitaliseringstabel: E (kilde: VEJ 10029/2024, tabel E (kapitalisering_acts.tsv linje 73))
  11. Fra 01.08.2024 til og med 14.04.2025 udbetales løbende ydelse, indtil kapitalbeløbet får virkning. (Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.8 (L1147-1150) og 2.6 (L904-907); Ankestyrelsens principafgørelse 155-10)

beregn examples/foertidspension_2023.json (json): ret_til_erstatning true.
  $ $SKADESAG beregn $ROD/examples/foertidspension_2023.json | sed 's/,"/,\n"/g'
  {"id":"eksempel-foertidspension-2023",
  "regelsaet":{"noegledato":"2023-03-01",
  "noegledato_grundlag":"anmeldelsesdato",
  "lov":"ASL 2003",
  "versioner":["lov.asl-2003",
  "p17a.fra-2006-01-01",
  "tilkendelse.alle-afgoerelser-fra-2007-07",
  "ophoer.folkepensionsalder-fra-2007-07",
  "niveau.83pct-efter-am-bidrag-fra-2011",
  "tabsgitter.5pct-foer-2024-07",
  "aarsloen.aaret-foer-skaden"],
  "satser_checksum":"e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116"},
  "afgoerelse":"endelig",
  "erhvervsevnetab_samlet_pct":80,
  "erhvervsevnetab_efter_andel":"60.0000",
  "erhvervsevnetab_fastsat_pct":60,
  "erhvervsevnetab_pct":60,
  "ret_til_erstatning":true,
  "aarsloen_oere":39800000,
  "aarsloen_reguleret_oere":42767106,
  "aarlig_erstatning_foer_afrunding_oere":19594177,
  "aarlig_erstatning_oere":19594800,
  "maanedlig_erstatning_oere":1632900,
  "udbetalingsform":"delvis_kapital",
  "kapitaliseret_pct":50,
  "kapitaliseringsfaktor":"5.589",
  "kapitalbeloeb_oere":91259900,
  "tilkendelsesdato":"2024-06-01",
  "ophoersdato":"2034-08-31",
  "spor":[{"regel":"regelsaet",
  "kilde":"ASL (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.2, 2.6, 2.8 og 2.11",
  "art":"beregnet",
  "input":{"skadetype":"erhvervssygdom"},
  "resultat":"ASL 2003",
  "tekst":"Sagen afgøres efter de regler, der gælder for en erhvervssygdom anmeldt 01.03.2023 (anmeldelsesdatoen): lov om arbejdsskadesikring (2003)."},{"regel":"tab.skoen",
  "kilde":"ASL § 17, stk. 2 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.1.7",
  "art":"vurderet",
  "resultat":"80",
  "tekst":"Erhvervsevnetabet er skønsmæssigt fastsat til 80 %.",
  "vurderet_af":"Sagsbehandler 2210",
  "begrundelse":"Kommunen har tilkendt førtidspension; ingen realistisk mulighed for at vende tilbage til arbejdsmarkedet."},{"regel":"tab.paragraf12-andel",
  "kilde":"ASL § 12, stk. 1-2 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.5 og eksempel 2.10-2.11",
  "art":"vurderet",
  "input":{"samlet_tab":"80 %",
  "arbejdsskadens_andel":"3/4"},
  "afrunding":"nærmeste hele 5 %",
  "resultat":"60",
  "tekst":"Arbejdsskaden har forårsaget 3/4 af det samlede tab på 80 %, dvs. 60,00 %, som afrundes til 60 %.",
  "vurderet_af":"Sagsbehandler 2210",
  "begrundelse":"Forudbestående slidgigt i knæene ville med overvejende sandsynlighed have nedsat erhvervsevnen med en fjerdedel (§ 12, stk. 2)."},{"regel":"aarsloen.oplyst",
  "kilde":"ASL § 24, stk. 1 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring)",
  "art":"oplyst",
  "resultat":"39800000",
  "tekst":"Årslønnen efter § 24, stk. 1 er oplyst til 398.000,00 kr."},{"regel":"aarsloen.grundloen-og-regulering",
  "kilde":"ASL § 24, stk. 8, og § 25, stk. 2 og 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); bekendtgørelse nr. 1232 af 2018 om regulering pr. 1. januar 2019 efter lov om arbejdsskadesikring (https://www.retsinformation.dk/eli/lta/2018/1232) §§ 2-3 og de tilsvarende årlige reguleringsakter (åbent spørgsmål Q-03)",
  "art":"beregnet",
  "input":{"aarsloen":"398.000,00 kr. (2023)"},
  "parametre":[{"navn":"maks_aarsloen",
  "vaerdi":"588.000,00 kr. (2023)",
  "kilde":"satser.tsv linje 198: VEJ 10142/2022"},{"navn":"maks_aarsloen",
  "vaerdi":"367.000,00 kr. (2003)",
  "kilde":"satser.tsv linje 178"},{"navn":"reguleringsprocent_erhvervsevnetab_kumuleret",
  "vaerdi":"65,7 % (2024)",
  "kilde":"satser.tsv linje 310: VEJ 9822/2023"},{"navn":"reguleringsprocent_erhvervsevnetab_kumuleret",
  "vaerdi":"3,9 % (2025)",
  "kilde":"satser.tsv linje 312: VEJ 9915/2024"}],
  "afrunding":"til hele øre, halv op",
  "resultat":"42767106",
  "tekst":"Erstatningen beregnes, som om skaden var sket på afgørelsestidspunktet: årslønnen 398.000,00 kr. omregnes til grundløn (× 367.000,00 kr. / 588.000,00 kr., den maksimale årsløn for 2023) og reguleres med 65,7 % (2024) og 3,9 % (2025) til 427.671,06 kr."},{"regel":"erstatning.aarlig",
  "kilde":"ASL § 17, stk. 6; § 24, stk. 3 (arbejdsmarkedsbidrag); § 25, stk. 5 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring)",
  "art":"beregnet",
  "input":{"aarsloen":"427.671,06 kr.",
  "procent":"60"},
  "afrunding":"op til nærmeste med 12 delelige kronebeløb (ASL § 25, stk. 5)",
  "resultat":"19594800",
  "tekst":"Den årlige erstatning er 427.671,06 kr. × 92 % × 83 % × 60 % = 195.941,77 kr., forhøjet til 195.948,00 kr. (16.329,00 kr. om måneden)."},{"regel":"tilkendelse.tab-paavist",
  "kilde":"ASL § 17, stk. 7 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.6",
  "art":"vurderet",
  "resultat":"01.06.2024",
  "tekst":"Udgangspunktet er det tidspunkt, hvor tabet blev påvist (sagsbehandlerens vurdering): 01.06.2024.",
  "vurderet_af":"Sagsbehandler 2210",
  "begrundelse":"Kommunen har tilkendt førtidspension; ingen realistisk mulighed for at vende tilbage til arbejdsmarkedet."},{"regel":"udbetaling.mindst-50-loebende",
  "kilde":"ASL § 27, stk. 1 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.8",
  "art":"beregnet",
  "tekst":"Erstatningen er 50 % eller mere og udbetales som en løbende månedlig ydelse."},{"regel":"udbetaling.kapitalisering-efter-anmodning",
  "kilde":"ASL § 27, stk. 1, 2. pkt. (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.8 (L1155-1162)",
  "art":"beregnet",
  "tekst":"Efter anmodning kapitaliseres den del af erstatningen, der svarer til 50 % tab af erhvervsevne; resten udbetales løbende."},{"regel":"kapitalisering.faktor",
  "kilde":"ASL § 27, stk. 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om omsætning af løbende erstatning til kapitalbeløb i 2025 i sager om arbejdsskader (VEJ nr. 10029 af 6. december 2024), tabel B",
  "art":"beregnet",
  "input":{"alder":"59 år og 3 måneder",
  "folkepensionsalder":"68 år og 0 måneder"},
  "parametre":[{"navn":"tabel",
  "vaerdi":"B",
  "kilde":"VEJ 10029/2024, tabel B (kapitalisering_acts.tsv linje 81)"}],
  "afrunding":"3 decimaler, halv op",
  "resultat":"5,589",
  "tekst":"Kapitaliseringsfaktoren efter VEJ 10029/2024, tabel B, for en alder af 59 år og 3 måneder er 5,589 (lineær interpolation mellem hele år (måned for måned))."},{"regel":"kapitalisering.beloeb",
  "kilde":"ASL § 27, stk. 1 og 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring)",
  "art":"beregnet",
  "input":{"procent":"50"},
  "afrunding":"op til hele kroner",
  "resultat":"91259900",
  "tekst":"Den årlige erstatning for 50 % ganges med faktoren 5,589: kapitalbeløbet er 912.599,00 kr."},{"regel":"ophoer",
  "kilde":"ASL § 17, stk. 7, som ændret ved lov nr. 496 af 6. juni 2007 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.11 (L1314-1318); lov om social pension § 1 a",
  "art":"beregnet",
  "input":{"alder":"68 år og 0 måneder"},
  "resultat":"31.08.2034",
  "tekst":"Den løbende ydelse ophører med udgangen af den måned, hvor tilskadekomne når folkepensionsalderen: 31.08.2034."}]}

beregn examples/foertidspension_2023.json (tekst): Sådan har vi beregnet.
  $ $SKADESAG beregn --format tekst $ROD/examples/foertidspension_2023.json
  Afgørelse om erstatning for tab af erhvervsevne
  
  Afgørelsen er                      endelig
  Erhvervsevnetab                    60 %
  Ret til erstatning                 ja
  Årsløn                             398.000,00 kr.
  Årlig erstatning                   195.948,00 kr.
  Månedlig erstatning                16.329,00 kr.
  Udbetaling                         delvis kapitalbeløb og løbende ydelse
  Kapitaliseringsfaktor              5,589
  Kapitalbeløb                       912.599,00 kr.
  Tilkendelsestidspunkt              01.06.2024
  Løbende ydelse ophører             31.08.2034
  
  Sådan har vi beregnet
  
  1. Sagen afgøres efter de regler, der gælder for en erhvervssygdom anmeldt 01.03.2023 (anmeldelsesdatoen): lov om arbejdsskadesikring (2003). (ASL (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.2, 2.6, 2.8 og 2.11)
  2. Erhvervsevnetabet er skønsmæssigt fastsat til 80 %. (ASL § 17, stk. 2 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.1.7)
     Vurderet af Sagsbehandler 2210: Kommunen har tilkendt førtidspension; ingen realistisk mulighed for at vende tilbage til arbejdsmarkedet.
  3. Arbejdsskaden har forårsaget 3/4 af det samlede tab på 80 %, dvs. 60,00 %, som afrundes til 60 %. (ASL § 12, stk. 1-2 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.5 og eksempel 2.10-2.11)
     Vurderet af Sagsbehandler 2210: Forudbestående slidgigt i knæene ville med overvejende sandsynlighed have nedsat erhvervsevnen med en fjerdedel (§ 12, stk. 2).
     Afrunding: nærmeste hele 5 %
  4. Årslønnen efter § 24, stk. 1 er oplyst til 398.000,00 kr. (ASL § 24, stk. 1 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring))
  5. Erstatningen beregnes, som om skaden var sket på afgørelsestidspunktet: årslønnen 398.000,00 kr. omregnes til grundløn (× 367.000,00 kr. / 588.000,00 kr., den maksimale årsløn for 2023) og reguleres med 65,7 % (2024) og 3,9 % (2025) til 427.671,06 kr. (ASL § 24, stk. 8, og § 25, stk. 2 og 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); bekendtgørelse nr. 1232 af 2018 om regulering pr. 1. januar 2019 efter lov om arbejdsskadesikring (https://www.retsinformation.dk/eli/lta/2018/1232) §§ 2-3 og de tilsvarende årlige reguleringsakter)
     Afrunding: til hele øre, halv op
  6. Den årlige erstatning er 427.671,06 kr. × 92 % × 83 % × 60 % = 195.941,77 kr., forhøjet til 195.948,00 kr. (16.329,00 kr. om måneden). (ASL § 17, stk. 6; § 24, stk. 3 (arbejdsmarkedsbidrag); § 25, stk. 5 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring))
     Afrunding: op til nærmeste med 12 delelige kronebeløb (ASL § 25, stk. 5)
  7. Udgangspunktet er det tidspunkt, hvor tabet blev påvist (sagsbehandlerens vurdering): 01.06.2024. (ASL § 17, stk. 7 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.6)
     Vurderet af Sagsbehandler 2210: Kommunen har tilkendt førtidspension; ingen realistisk mulighed for at vende tilbage til arbejdsmarkedet.
  8. Erstatningen er 50 % eller mere og udbetales som en løbende månedlig ydelse. (ASL § 27, stk. 1 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.8)
  9. Efter anmodning kapitaliseres den del af erstatningen, der svarer til 50 % tab af erhvervsevne; resten udbetales løbende. (ASL § 27, stk. 1, 2. pkt. (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.8)
  10. Kapitaliseringsfaktoren efter VEJ 10029/2024, tabel B, for en alder af 59 år og 3 måneder er 5,589 (lineær interpolation mellem hele år (måned for måned)). (ASL § 27, stk. 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om omsætning af løbende erstatning til kapitalbeløb i 2025 i sager om arbejdsskader (VEJ nr. 10029 af 6. december 2024), tabel B)
     Afrunding: 3 decimaler, halv op
  11. Den årlige erstatning for 50 % ganges med faktoren 5,589: kapitalbeløbet er 912.599,00 kr. (ASL § 27, stk. 1 og 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring))
     Afrunding: op til hele kroner
  12. Den løbende ydelse ophører med udgangen af den måned, hvor tilskadekomne når folkepensionsalderen: 31.08.2034. (ASL § 17, stk. 7, som ændret ved lov nr. 496 af 6. juni 2007 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.11; lov om social pension § 1 a)
  
  Satstabeller (SHA-256): e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116

beregn examples/toemrer_2025.json (json): ret_til_erstatning true, and
"erhvervsevnetab_beregnet":"31.2500" (tømrer: beregnet 31.2500).
  $ $SKADESAG beregn $ROD/examples/toemrer_2025.json | sed 's/,"/,\n"/g'
  {"id":"eksempel-toemrer-2025",
  "regelsaet":{"noegledato":"2025-02-10",
  "noegledato_grundlag":"skadedato",
  "lov":"ASL 2003",
  "versioner":["lov.asl-2003",
  "p17a.fra-2006-01-01",
  "tilkendelse.alle-afgoerelser-fra-2007-07",
  "ophoer.folkepensionsalder-fra-2007-07",
  "niveau.83pct-efter-am-bidrag-fra-2011",
  "tabsgitter.15-20-30-100-fra-2024-07",
  "aarsloen.bedste-af-5-aar-fra-2024-07"],
  "satser_checksum":"e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116"},
  "afgoerelse":"endelig",
  "erhvervsevnetab_beregnet":"31.2500",
  "erhvervsevnetab_beregnet_broek":"125/4",
  "erhvervsevnetab_forslag_pct":30,
  "erhvervsevnetab_samlet_pct":30,
  "erhvervsevnetab_efter_andel":"30.0000",
  "erhvervsevnetab_fastsat_pct":30,
  "erhvervsevnetab_pct":30,
  "ret_til_erstatning":true,
  "aarsloen_oere":49672982,
  "aarsloen_reguleret_oere":52039680,
  "aarlig_erstatning_foer_afrunding_oere":11921250,
  "aarlig_erstatning_oere":11922000,
  "maanedlig_erstatning_oere":993500,
  "udbetalingsform":"kapital",
  "kapitaliseret_pct":30,
  "kapitaliseringsfaktor":"16.635",
  "kapitalbeloeb_oere":198310000,
  "loebende_indtil":"2026-03-01",
  "tilkendelsesdato":"2025-09-01",
  "spor":[{"regel":"regelsaet",
  "kilde":"ASL (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.2, 2.6, 2.8 og 2.11",
  "art":"beregnet",
  "input":{"skadetype":"ulykke"},
  "resultat":"ASL 2003",
  "tekst":"Sagen afgøres efter de regler, der gælder for en ulykke sket 10.02.2025 (skadedatoen): lov om arbejdsskadesikring (2003)."},{"regel":"tab.indtaegtstab",
  "kilde":"ASL § 17, stk. 2 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), kapitel 3 (indledningen) og afsnit 3.3",
  "art":"beregnet",
  "input":{"indtaegt_uden_skade":"480.000,00 kr.",
  "indtaegt_med_skade":"330.000,00 kr."},
  "resultat":"125/4",
  "tekst":"Indtægtsnedgangen: (480.000,00 kr. − 330.000,00 kr.) / 480.000,00 kr. × 100 = 31,25 %."},{"regel":"tab.afrunding",
  "kilde":"ASL § 17, stk. 1 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023) (intervaller 15, 20, 30 … 100 %); afrundingsreglen er ikke fundet (åbent spørgsmål Q-01)",
  "art":"beregnet",
  "input":{"tab":"31,25 %"},
  "afrunding":"nærmeste af 15, 20, 30 … 100 %, midtpunkt op",
  "resultat":"30",
  "tekst":"31,25 % afrundes til 30 %."},{"regel":"tab.forslag-bekraeftet",
  "kilde":"ASL § 17, stk. 2 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), kapitel 3 (indledningen)",
  "art":"vurderet",
  "resultat":"30",
  "tekst":"Sagsbehandleren har bekræftet forslaget: erhvervsevnetabet fastsættes til 30 %.",
  "vurderet_af":"Sagsbehandler 4711",
  "begrundelse":"Kan ikke længere arbejde med tunge løft over skulderhøjde; er gået ned til 30 timer om ugen som tømrer. Indtægtsnedgangen afspejler tabet."},{"regel":"aarsloen.bedste-af-5-aar",
  "kilde":"ASL § 24, stk. 1 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); bekendtgørelse nr. 581 af 30. maj 2024 om fastsættelse af årsløn (opregulering)",
  "art":"beregnet",
  "input":{"aar":"2020: 410.000,00 kr. (i 2025-niveau 470.272,23 kr.)",
  "aar":"2021: 435.000,00 kr. (i 2025-niveau 487.446,81 kr.)",
  "aar":"2022: 448.000,00 kr. (i 2025-niveau 496.729,82 kr.)",
  "aar":"2023: 420.000,00 kr. (i 2025-niveau 451.428,57 kr.)",
  "aar_foer_skaden":"2024: 460.000,00 kr. (i 2025-niveau 478.157,89 kr.)"},
  "resultat":"49672982",
  "tekst":"Årslønnen er indtægten i det bedste af de 5 indtægtsår før skaden, 2022: 496.729,82 kr. (opreguleret til 2025-niveau)."},{"regel":"aarsloen.grundloen-og-regulering",
  "kilde":"ASL § 24, stk. 8, og § 25, stk. 2 og 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); bekendtgørelse nr. 1232 af 2018 om regulering pr. 1. januar 2019 efter lov om arbejdsskadesikring (https://www.retsinformation.dk/eli/lta/2018/1232) §§ 2-3 og de tilsvarende årlige reguleringsakter (åbent spørgsmål Q-03)",
  "art":"beregnet",
  "input":{"aarsloen":"496.729,82 kr. (2025)"},
  "parametre":[{"navn":"maks_aarsloen",
  "vaerdi":"632.000,00 kr. (2025)",
  "kilde":"satser.tsv linje 200: VEJ 9915/2024"},{"navn":"maks_aarsloen",
  "vaerdi":"608.000,00 kr. (2024)",
  "kilde":"satser.tsv linje 199: VEJ 9822/2023"},{"navn":"reguleringsprocent_erhvervsevnetab_kumuleret",
  "vaerdi":"8,9 % (2026)",
  "kilde":"satser.tsv linje 313: VEJ 10058/2025"}],
  "afrunding":"til hele øre, halv op",
  "resultat":"52039680",
  "tekst":"Erstatningen beregnes, som om skaden var sket på afgørelsestidspunktet: årslønnen 496.729,82 kr. omregnes til grundløn (× 608.000,00 kr. / 632.000,00 kr., den maksimale årsløn for 2025) og reguleres med 8,9 % (2026) til 520.396,80 kr."},{"regel":"erstatning.aarlig",
  "kilde":"ASL § 17, stk. 6; § 24, stk. 3 (arbejdsmarkedsbidrag); § 25, stk. 5 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023)",
  "art":"beregnet",
  "input":{"aarsloen":"520.396,80 kr.",
  "procent":"30"},
  "afrunding":"op til nærmeste med 12 delelige kronebeløb (ASL § 25, stk. 5)",
  "resultat":"11922000",
  "tekst":"Den årlige erstatning er 520.396,80 kr. × 92 % × 83 % × 30 % = 119.212,50 kr., forhøjet til 119.220,00 kr. (9.935,00 kr. om måneden)."},{"regel":"tilkendelse.tab-paavist",
  "kilde":"ASL § 17, stk. 7 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.6",
  "art":"beregnet",
  "resultat":"01.09.2025",
  "tekst":"Udgangspunktet er den dato situationen indtrådte (vejledningen 2.6, L917-953): 01.09.2025."},{"regel":"udbetaling.under-50-kapital",
  "kilde":"ASL § 27, stk. 1, 1. pkt. (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.8",
  "art":"beregnet",
  "tekst":"Endelig afgørelse under 50 %: erstatningen omsættes til et kapitalbeløb på afgørelsestidspunktet."},{"regel":"kapitalisering.faktor",
  "kilde":"ASL § 27, stk. 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om omsætning af løbende erstatning til kapitalbeløb i 2026 i sager om arbejdsskader (VEJ nr. 10056 af 30. oktober 2025), tabel A",
  "art":"beregnet",
  "input":{"alder":"46 år og 8 måneder",
  "folkepensionsalder":"70 år og 0 måneder"},
  "parametre":[{"navn":"tabel",
  "vaerdi":"A",
  "kilde":"VEJ 10056/2025, tabel A (kapitalisering_acts.tsv linje 83)"}],
  "afrunding":"3 decimaler, halv op",
  "resultat":"16,635",
  "tekst":"Kapitaliseringsfaktoren efter VEJ 10056/2025, tabel A, for en alder af 46 år og 8 måneder er 16,635 (lineær interpolation mellem hele år (måned for måned))."},{"regel":"kapitalisering.beloeb",
  "kilde":"ASL § 27, stk. 1 og 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023)",
  "art":"beregnet",
  "input":{"procent":"30"},
  "afrunding":"op til hele kroner",
  "resultat":"198310000",
  "tekst":"Den årlige erstatning for 30 % ganges med faktoren 16,635: kapitalbeløbet er 1.983.100,00 kr."},{"regel":"udbetaling.loebende-indtil-kapital",
  "kilde":"Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.8 (L1147-1150) og 2.6 (L904-907); Ankestyrelsens principafgørelse 155-10",
  "art":"beregnet",
  "tekst":"Fra 01.09.2025 til og med 01.03.2026 udbetales løbende ydelse, indtil kapitalbeløbet får virkning."}]}

beregn examples/toemrer_2025.json (tekst): Sådan har vi beregnet.
  $ $SKADESAG beregn --format tekst $ROD/examples/toemrer_2025.json
  Afgørelse om erstatning for tab af erhvervsevne
  
  Afgørelsen er                      endelig
  Beregnet tab                       31,25 %
  Erhvervsevnetab                    30 %
  Ret til erstatning                 ja
  Årsløn                             496.729,82 kr.
  Årlig erstatning                   119.220,00 kr.
  Månedlig erstatning                9.935,00 kr.
  Udbetaling                         kapitalbeløb
  Kapitaliseringsfaktor              16,635
  Kapitalbeløb                       1.983.100,00 kr.
  Tilkendelsestidspunkt              01.09.2025
  Løbende ydelse til og med          01.03.2026
  
  Sådan har vi beregnet
  
  1. Sagen afgøres efter de regler, der gælder for en ulykke sket 10.02.2025 (skadedatoen): lov om arbejdsskadesikring (2003). (ASL (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.2, 2.6, 2.8 og 2.11)
  2. Indtægtsnedgangen: (480.000,00 kr. − 330.000,00 kr.) / 480.000,00 kr. × 100 = 31,25 %. (ASL § 17, stk. 2 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), kapitel 3 (indledningen) og afsnit 3.3)
  3. 31,25 % afrundes til 30 %. (ASL § 17, stk. 1 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023) (intervaller 15, 20, 30 … 100 %); afrundingsreglen er ikke fundet)
     Afrunding: nærmeste af 15, 20, 30 … 100 %, midtpunkt op
  4. Sagsbehandleren har bekræftet forslaget: erhvervsevnetabet fastsættes til 30 %. (ASL § 17, stk. 2 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), kapitel 3 (indledningen))
     Vurderet af Sagsbehandler 4711: Kan ikke længere arbejde med tunge løft over skulderhøjde; er gået ned til 30 timer om ugen som tømrer. Indtægtsnedgangen afspejler tabet.
  5. Årslønnen er indtægten i det bedste af de 5 indtægtsår før skaden, 2022: 496.729,82 kr. (opreguleret til 2025-niveau). (ASL § 24, stk. 1 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); bekendtgørelse nr. 581 af 30. maj 2024 om fastsættelse af årsløn (opregulering))
  6. Erstatningen beregnes, som om skaden var sket på afgørelsestidspunktet: årslønnen 496.729,82 kr. omregnes til grundløn (× 608.000,00 kr. / 632.000,00 kr., den maksimale årsløn for 2025) og reguleres med 8,9 % (2026) til 520.396,80 kr. (ASL § 24, stk. 8, og § 25, stk. 2 og 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); bekendtgørelse nr. 1232 af 2018 om regulering pr. 1. januar 2019 efter lov om arbejdsskadesikring (https://www.retsinformation.dk/eli/lta/2018/1232) §§ 2-3 og de tilsvarende årlige reguleringsakter)
     Afrunding: til hele øre, halv op
  7. Den årlige erstatning er 520.396,80 kr. × 92 % × 83 % × 30 % = 119.212,50 kr., forhøjet til 119.220,00 kr. (9.935,00 kr. om måneden). (ASL § 17, stk. 6; § 24, stk. 3 (arbejdsmarkedsbidrag); § 25, stk. 5 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023))
     Afrunding: op til nærmeste med 12 delelige kronebeløb (ASL § 25, stk. 5)
  8. Udgangspunktet er den dato situationen indtrådte (vejledningen 2.6): 01.09.2025. (ASL § 17, stk. 7 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.6)
  9. Endelig afgørelse under 50 %: erstatningen omsættes til et kapitalbeløb på afgørelsestidspunktet. (ASL § 27, stk. 1, 1. pkt. (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.8)
  10. Kapitaliseringsfaktoren efter VEJ 10056/2025, tabel A, for en alder af 46 år og 8 måneder er 16,635 (lineær interpolation mellem hele år (måned for måned)). (ASL § 27, stk. 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023); Vejledning om omsætning af løbende erstatning til kapitalbeløb i 2026 i sager om arbejdsskader (VEJ nr. 10056 af 30. oktober 2025), tabel A)
     Afrunding: 3 decimaler, halv op
  11. Den årlige erstatning for 30 % ganges med faktoren 16,635: kapitalbeløbet er 1.983.100,00 kr. (ASL § 27, stk. 1 og 4 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023))
     Afrunding: op til hele kroner
  12. Fra 01.09.2025 til og med 01.03.2026 udbetales løbende ydelse, indtil kapitalbeløbet får virkning. (Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af 24. november 2014), afsnit 2.8 og 2.6; Ankestyrelsens principafgørelse 155-10)
  
  Satstabeller (SHA-256): e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116


The tømrer example: 31,25 % computed, 30 % on the reform grid, paid as
capital ("erhvervsevnetab_pct":30 before "udbetalingsform":"kapital"),
with the checksum of the tables in the output; --uden-spor leaves out the
trace (no "spor" member).
  $ $SKADESAG beregn --uden-spor $ROD/examples/toemrer_2025.json | sed 's/,"/,\n"/g'
  {"id":"eksempel-toemrer-2025",
  "regelsaet":{"noegledato":"2025-02-10",
  "noegledato_grundlag":"skadedato",
  "lov":"ASL 2003",
  "versioner":["lov.asl-2003",
  "p17a.fra-2006-01-01",
  "tilkendelse.alle-afgoerelser-fra-2007-07",
  "ophoer.folkepensionsalder-fra-2007-07",
  "niveau.83pct-efter-am-bidrag-fra-2011",
  "tabsgitter.15-20-30-100-fra-2024-07",
  "aarsloen.bedste-af-5-aar-fra-2024-07"],
  "satser_checksum":"e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116"},
  "afgoerelse":"endelig",
  "erhvervsevnetab_beregnet":"31.2500",
  "erhvervsevnetab_beregnet_broek":"125/4",
  "erhvervsevnetab_forslag_pct":30,
  "erhvervsevnetab_samlet_pct":30,
  "erhvervsevnetab_efter_andel":"30.0000",
  "erhvervsevnetab_fastsat_pct":30,
  "erhvervsevnetab_pct":30,
  "ret_til_erstatning":true,
  "aarsloen_oere":49672982,
  "aarsloen_reguleret_oere":52039680,
  "aarlig_erstatning_foer_afrunding_oere":11921250,
  "aarlig_erstatning_oere":11922000,
  "maanedlig_erstatning_oere":993500,
  "udbetalingsform":"kapital",
  "kapitaliseret_pct":30,
  "kapitaliseringsfaktor":"16.635",
  "kapitalbeloeb_oere":198310000,
  "loebende_indtil":"2026-03-01",
  "tilkendelsesdato":"2025-09-01"}

stdin (-): the fleksjob example read from standard input computes
("erhvervsevnetab_beregnet").
  $ $SKADESAG beregn --uden-spor - < $ROD/examples/fleksjob_2019.json | sed 's/,"/,\n"/g'
  {"id":"eksempel-fleksjob-2019",
  "regelsaet":{"noegledato":"2019-10-03",
  "noegledato_grundlag":"skadedato",
  "lov":"ASL 2003",
  "versioner":["lov.asl-2003",
  "p17a.fra-2006-01-01",
  "tilkendelse.alle-afgoerelser-fra-2007-07",
  "ophoer.folkepensionsalder-fra-2007-07",
  "niveau.83pct-efter-am-bidrag-fra-2011",
  "tabsgitter.5pct-foer-2024-07",
  "aarsloen.aaret-foer-skaden"],
  "satser_checksum":"e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116"},
  "afgoerelse":"endelig",
  "erhvervsevnetab_beregnet":"28.5714",
  "erhvervsevnetab_beregnet_broek":"200/7",
  "erhvervsevnetab_forslag_pct":30,
  "erhvervsevnetab_samlet_pct":30,
  "erhvervsevnetab_efter_andel":"30.0000",
  "erhvervsevnetab_fastsat_pct":30,
  "erhvervsevnetab_pct":30,
  "ret_til_erstatning":true,
  "aarsloen_oere":33100000,
  "aarsloen_reguleret_oere":38801038,
  "aarlig_erstatning_foer_afrunding_oere":8888542,
  "aarlig_erstatning_oere":8889600,
  "maanedlig_erstatning_oere":740800,
  "udbetalingsform":"kapital",
  "kapitaliseret_pct":30,
  "kapitaliseringsfaktor":"10.455",
  "kapitalbeloeb_oere":92929800,
  "loebende_indtil":"2025-04-14",
  "tilkendelsesdato":"2024-08-01"}

Checksum in the result: the one "satser tjek" prints is the result's
satser_checksum.
  $ $SKADESAG satser tjek | sed -n 's/^checksum: //p' >tjek && cat tjek
  e0f6c52cb9cf2ea4789af56a404a81e4b6b90183cf3faf727c9a5aae4208d116
  $ $SKADESAG beregn $ROD/examples/toemrer_2025.json | grep -o '"satser_checksum":"[^"]*"' | cut -d'"' -f4 | cmp - tjek && echo 'samme checksum'
  samme checksum

Identical input gives identical bytes (deterministic output).
  $ $SKADESAG beregn $ROD/examples/foertidspension_2023.json >a; $SKADESAG beregn $ROD/examples/foertidspension_2023.json >b; cmp a b && echo identisk
  identisk


Bad input: a clear message naming the field, exit 1.

A missing assessment (skøn) is refused with the field; the message is
CPR-free (the birth date 1966 of the input is not repeated).
  $ sed 's/"skoen_pct": 80,//' $ROD/examples/foertidspension_2023.json >mangler.json
  $ $SKADESAG beregn mangler.json
  skadesag: /erhvervsevnetab/skoen_pct: mangler: erhvervsevnetabet skal vurderes af en sagsbehandler
  [1]

An impossible date is refused (/anmeldelsesdato: datoen findes ikke).
  $ sed 's/"2023-03-01"/"2023-02-30"/' $ROD/examples/foertidspension_2023.json >dato.json
  $ $SKADESAG beregn dato.json
  skadesag: /anmeldelsesdato: datoen findes ikke
  [1]

A negative årsløn is refused (/aarsloen_oere: må ikke være negativ).
  $ sed 's/"aarsloen_oere": 39800000/"aarsloen_oere": -5/' $ROD/examples/foertidspension_2023.json >neg.json
  $ $SKADESAG beregn neg.json
  skadesag: /aarsloen_oere: må ikke være negativ
  [1]

A share too large for exact arithmetic is refused with the field name, not
as an internal error (/erhvervsevnetab/arbejdsskadens_andel: brøken er for
stor).
  $ sed 's|"3/4"|"9223372036854775782/9223372036854775783"|' $ROD/examples/foertidspension_2023.json >stor.json
  $ $SKADESAG beregn stor.json
  skadesag: /erhvervsevnetab/arbejdsskadens_andel: brøken er for stor til at regne med nøjagtigt
  [1]

A share above 1 is refused (/erhvervsevnetab/arbejdsskadens_andel).
  $ sed 's|"3/4"|"5/4"|' $ROD/examples/foertidspension_2023.json >andel.json
  $ $SKADESAG beregn andel.json
  skadesag: /erhvervsevnetab/arbejdsskadens_andel: skal være større end 0 og højst 1
  [1]

Invalid JSON is refused (ugyldig JSON).
  $ printf '{"skadetype": ' >ugyldig.json
  $ $SKADESAG beregn ugyldig.json
  skadesag: ugyldig JSON (linje 1, kolonne 14)
  [1]

An unknown skadetype is refused (/skadetype).
  $ sed 's/"skadetype": "ulykke"/"skadetype": "brand"/' $ROD/examples/toemrer_2025.json >type.json
  $ $SKADESAG beregn type.json
  skadesag: /skadetype: skal være ulykke eller erhvervssygdom
  [1]

An unknown field is refused (/kommentaar: ukendt felt).
  $ sed 's/"kommentar"/"kommentaar"/' $ROD/examples/toemrer_2025.json >felt.json
  $ $SKADESAG beregn felt.json
  skadesag: /kommentaar: ukendt felt
  [1]


Batch: one line per case, errors as objects, exit 1 when any is refused.

The three examples as JSON Lines.
  $ for f in $ROD/examples/*.json; do tr -d '\n' <"$f"; echo; done >batch.jsonl && wc -l <batch.jsonl
  3

Batch: three results, one per line, each with its "id":"eksempel-...".
  $ $SKADESAG beregn --batch batch.jsonl >ud.jsonl; echo "exit $?"; wc -l <ud.jsonl; grep -o '^{"id":"[^"]*"' ud.jsonl
  exit 0
  3
  {"id":"eksempel-fleksjob-2019"
  {"id":"eksempel-foertidspension-2023"
  {"id":"eksempel-toemrer-2025"

... and each line is what beregn gives for the file alone.
  $ for f in $ROD/examples/*.json; do $SKADESAG beregn "$f"; done | cmp - ud.jsonl && echo identisk
  identisk

Batch: an error as an object (naming /erhvervsevnetab/skoen_pct) on its
own line, four lines in all, and exit 1.
  $ tr -d '\n' <mangler.json >>batch.jsonl; echo >>batch.jsonl
  $ $SKADESAG beregn --batch --uden-spor batch.jsonl >ud.jsonl; echo "exit $?"; wc -l <ud.jsonl; tail -1 ud.jsonl
  skadesag: 1 af 4 sager afvist
  exit 1
  4
  {"fejl":{"status":"SAG_EMISSING","felt":"/erhvervsevnetab/skoen_pct","besked":"mangler: erhvervsevnetabet skal vurderes af en sagsbehandler"}}

Batch from stdin: two lines in, two results out, the same as from a file.
  $ head -2 batch.jsonl | $SKADESAG beregn --batch - >ud2.jsonl; echo "exit $?"; wc -l <ud2.jsonl
  exit 0
  2
  $ head -2 batch.jsonl >to.jsonl && $SKADESAG beregn --batch to.jsonl | cmp - ud2.jsonl && echo identisk
  identisk

Batch with --jobs 2: the lines repeated 500 times (2.000 lines, more than
one portion of 256 KiB, so both threads work), and the output is the same
bytes in the same order as with one thread, refusal included.
  $ for i in $(seq 500); do cat batch.jsonl; done >mange.jsonl && wc -l <mange.jsonl
  2000
  $ $SKADESAG beregn --batch mange.jsonl >en.jsonl; echo "exit $?"
  skadesag: 500 af 2000 sager afvist
  exit 1
  $ $SKADESAG beregn --jobs 2 --batch mange.jsonl >to.jsonl; cmp to.jsonl en.jsonl && echo identisk
  skadesag: 500 af 2000 sager afvist
  identisk

A line without a newline at the end, a CRLF line and an empty line are read
as before: three results (the empty line gives none).
  $ (head -1 batch.jsonl | tr -d '\n' | sed 's/$/\r/'; echo; echo; head -1 batch.jsonl | tr -d '\n') | $SKADESAG beregn --jobs 2 --batch - | grep -c '^{"id":"eksempel-fleksjob-2019"'
  2

--jobs takes a number from 1 to 64, and only with --batch.
  $ $SKADESAG beregn --jobs 0 --batch batch.jsonl; echo "exit $?"
  skadesag: --jobs skal være et tal fra 1 til 64
  exit 2
  $ $SKADESAG beregn --jobs 2 $ROD/examples/toemrer_2025.json >/dev/null 2>&1; echo "exit $?"
  exit 2
