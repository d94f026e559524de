skadesag brev: the letter kinds besides the loss decision (docs/breve.md):
an information request to a party with its reply deadline, the notice
that a statutory deadline will not be met, recognition, mén, the
reassessment of an appeal with its forwarding to Ankestyrelsen, and the
partshøring before a decision with its reply deadline. Each letter's text
(pdftotext) is checked for its decision point and the dates that matter,
worked by hand in the comments.

./s is skadesag on t.db as caseworker sb9.
  $ cat >s <<'EOF'
  > #!/bin/sh
  > export SKADESAG_BRUGER=sb9 SKADESAG_ROLLE=sagsbehandler
  > k="$1"; shift
  > exec "$SKADESAG" "$k" --db "${DB:-t.db}" "$@"
  > EOF
  $ chmod +x s
  $ cat >tekst <<'EOF'
  > #!/bin/sh
  > # The letter's text, one paragraph per line, without page breaks.
  > ./s brev vis "$1" --pdf "$1.pdf" >/dev/null && pdftotext "$1.pdf" - | tr -d '\f' | awk 'NF { printf "%s%s", (p ? " " : ""), $0; p = 1; next } { if (p) print ""; p = 0 } END { if (p) print "" }'
  > EOF
  $ chmod +x tekst

A reform case (injury 10.02.2025), with a request to the doctor on
20.02.2025, its answer, a notice about the recognition deadline, the
recognition, mén 10 % and an appeal kept on reassessment and sent on.
  $ cat >sag.json <<'EOF'
  > {"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-02-10",
  >  "anmeldelsesdato":"2025-02-14","cpr":"0506799011","team":"T1",
  >  "forsikring":"Tryg","sagsbehandler":"sb9","dato":"2025-02-14"}
  > EOF
  $ cat >anm.json <<'EOF'
  > {"type":"oplysninger_anmodet","dato":"2025-02-20","begrundelse":"Journal fra skadestuen og lægens vurdering af skulderen","part":"laege","anmodning_id":"AES-2025-000001-I1"}
  > EOF
  $ cat >mod.json <<'EOF'
  > {"type":"oplysninger_modtaget","dato":"2025-03-05","begrundelse":"Journal modtaget","part":"laege","anmodning_id":"AES-2025-000001-I1"}
  > EOF
  $ cat >ori.json <<'EOF'
  > {"type":"parter_orienteret","dato":"2025-05-01","begrundelse":"Vi afventer en speciallægeerklæring.","frist":"anerkendelse"}
  > EOF
  $ ./s sag opret sag.json && ./s sag haendelse AES-2025-000001 anm.json && ./s sag haendelse AES-2025-000001 mod.json && ./s sag haendelse AES-2025-000001 ori.json && ./s sag afgoer AES-2025-000001 --fase anerkendelse --resultat anerkendt --dato 2025-05-20 --begrundelse 'Skaden skete ved et løft under arbejdet.' && ./s sag afgoer AES-2025-000001 --fase men --pct 10 --dato 2025-09-01 --begrundelse 'Varige gener i skulderen.' && ./s sag klage AES-2025-000001 --afgoerelse AES-2025-000001-M2 --dato 2025-09-15 --begrundelse 'Uenig i 10 %' && ./s sag genvurder AES-2025-000001 --klage AES-2025-000001-K1 --udfald fastholdt --dato 2025-10-01 --begrundelse 'De nye oplysninger ændrer ikke vurderingen.' && ./s sag ankestyrelsen AES-2025-000001 --klage AES-2025-000001-K1 --send --dato 2025-10-02 --begrundelse Fastholdt
  AES-2025-000001
  AES-2025-000001-A1
  AES-2025-000001-M2
  AES-2025-000001-K1
  Klage AES-2025-000001-K1 genvurderet: fastholdt
  Klage AES-2025-000001-K1 sendt til Ankestyrelsen

The information request goes to the doctor (not to the injured person),
dated the request 20.02.2025, with the reply deadline 14 days later
(a professional party in a reform case, lov nr. 1541 af 12. december
2023): 06.03.2025.
  $ ./s brev dan AES-2025-000001 --type oplysninger | cut -d' ' -f1 && ./tekst AES-2025-000001-B1 | grep -e '^Til' -e 'Dato' -e 'senest' -e '^Journal'
  AES-2025-000001-B1
  Til: læge Vedrørende tilskadekomne, CPR-nr. 050679-XXXX
  Dato: 20. februar 2025 Sagsnr.: AES-2025-000001 Skadedato: 10.02.2025 Anmodning: AES-2025-000001-I1
  Sådan svarer du Vi skal have dit svar senest 6. marts 2025. Skriv sagsnummeret AES-2025-000001, når du svarer.

The deadline notice, dated the event (01.05.2025), names § 16 of the act
for this case's regime.
  $ ./s brev dan AES-2025-000001 --type fristoverskridelse | cut -d' ' -f1 && ./tekst AES-2025-000001-B2 | grep -e 'Dato' -e 'anerkendes' -e '§ 16'
  AES-2025-000001-B2
  Dato: 1. maj 2025 Sagsnr.: AES-2025-000001 Skadedato: 10.02.2025
  Vi kan ikke nå at træffe afgørelse inden for fristen Resultatet er Vi kan ikke nå at træffe afgørelse om, hvorvidt din skade kan anerkendes, inden for den frist, loven fastsætter.
  Om reglerne Fristerne for vores afgørelser står i § 16 i lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023. Vi skal orientere dig, når en frist ikke kan overholdes.

Recognition: the decision point, the act by number and date, § 6 for an
accident, the documents relied on, and the appeal's last day: sent
Tuesday 20.05.2025, received 21.05.2025, + 4 weeks = 18.06.2025.
  $ ./s brev dan AES-2025-000001 --type anerkendelse | cut -d' ' -f1 && ./tekst AES-2025-000001-B3 | grep -e '^Vi anerkender' -e '^lov nr' -e '§ 6' -e '^Oplysninger fra' -e 'senest'
  AES-2025-000001-B3
  Om reglerne Afgørelsen er truffet efter de regler, der gælder for din skade: 1. lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023 Hvad der er en arbejdsulykke, står i lovens § 6. Du kan læse lovene på retsinformation.dk.
  Sådan klager du Hvis du er uenig i afgørelsen, kan du klage. Vi skal have din klage senest 18. juni 2025. Fristen er 4 uger fra den dag, du har modtaget afgørelsen. Vi regner med, at du har modtaget den første hverdag efter, at vi har sendt den med Digital Post. Du sender klagen til Arbejdsmarkedets Erhvervssikring, for eksempel med Digital Post eller på aes.dk. Skriv, hvad du er uenig i. Vi vurderer afgørelsen igen. Hvis vi fastholder den, sender vi din klage videre til Ankestyrelsen, som afgør den. Klagereglerne står i lov om arbejdsskadesikring § 44.

Mén 10 % (decision M2, sent Monday 01.09.2025: last day to appeal
received 02.09.2025 + 4 weeks = 30.09.2025), § 18, and the godtgørelse it
grants: 10 × 10.530 kr. (men_pr_grad for 2025, the decision year, data/
satser.tsv: VEJ 9915/2024) = 105.300,00 kr., nothing granted before.
  $ ./s brev dan AES-2025-000001 --type men | cut -d' ' -f1 && ./tekst AES-2025-000001-B4 | grep -e 'varige mén til' -e '§ 18' -e 'senest' -e 'satsen for'
  AES-2025-000001-B4
  Afgørelse om godtgørelse for varigt mén Resultatet er Vi har fastsat dit varige mén til 10 %. Du får 105.300,00 kr. i godtgørelse for varigt mén. Varigt mén
  Det er afgørende for resultatet 1. Din skade af 10.02.2025 er anerkendt som en arbejdsskade. 2. Ménet er fastsat til 10 %. 3. Godtgørelsen er beregnet efter satsen for 2025 for hver procent varigt mén. Har du tidligere fået godtgørelse for varigt mén for skaden, er den trukket fra.
  Om reglerne Afgørelsen er truffet efter de regler, der gælder for din skade: 1. lov nr. 422 af 10. juni 2003 om arbejdsskadesikring, som ændret ved lov nr. 1541 af 12. december 2023 Reglerne om godtgørelse for varigt mén står i lovens § 18. Du kan læse lovene på retsinformation.dk.
  Sådan klager du Hvis du er uenig i afgørelsen, kan du klage. Vi skal have din klage senest 30. september 2025. Fristen er 4 uger fra den dag, du har modtaget afgørelsen. Vi regner med, at du har modtaget den første hverdag efter, at vi har sendt den med Digital Post. Du sender klagen til Arbejdsmarkedets Erhvervssikring, for eksempel med Digital Post eller på aes.dk. Skriv, hvad du er uenig i. Vi vurderer afgørelsen igen. Hvis vi fastholder den, sender vi din klage videre til Ankestyrelsen, som afgør den. Klagereglerne står i lov om arbejdsskadesikring § 44.

The reassessment: kept, sent to Ankestyrelsen 02.10.2025; no new appeal
guidance (the appeal goes on), the appeal's own dates.
  $ ./s brev dan AES-2025-000001 --type genvurdering | cut -d' ' -f1 && ./tekst AES-2025-000001-B5 | grep -e 'fastholder' -e 'Ankestyrelsen 02' -e 'Klagen modtaget' -e 'klage, kan du' | sed 's/ \{2,\}/ /g'; ./tekst AES-2025-000001-B5 | grep -c 'Sådan klager du' || true
  AES-2025-000001-B5
  Vi har vurderet din klage Resultatet er Vi har vurderet afgørelsen AES-2025-000001-M2 igen, og vi fastholder den. Vi har derfor sendt din klage videre til Ankestyrelsen 02.10.2025. Ankestyrelsen afgør klagen og skriver til dig. Klagen modtaget
  0

Partshøring (forvaltningsloven § 19), dated --idag 03.10.2025, with the
reply deadline 4 weeks later for the injured person (not a professional
party): 31.10.2025, and the facts the decision will rest on.
  $ ./s brev dan AES-2025-000001 --type partshoering --idag 2025-10-03 | cut -d' ' -f1 && ./tekst AES-2025-000001-B6 | grep -e 'senest' -e '§ 19' -e 'anerkendt som en arbejdsskade' -e '^Oplysninger fra'
  AES-2025-000001-B6
  Det er afgørende for resultatet 1. Skaden skete 10.02.2025 og blev anmeldt 14.02.2025. 2. Skaden er anerkendt som en arbejdsskade 20.05.2025.
  Sådan svarer du Hvis du har bemærkninger, skal vi have dem senest 31. oktober 2025. Hører vi ikke fra dig, træffer vi afgørelse på de oplysninger, der er i sagen.
  Om reglerne Du har ret til at se og kommentere oplysningerne efter forvaltningsloven § 19.

Every kind is tagged, Danish and PDF/A-2b, like the loss letter.
  $ for i in 1 2 3 4 5 6; do printf 'B%s ' $i; pdfinfo AES-2025-000001-B$i.pdf | grep -c 'Tagged: *yes' | tr '\n' ' '; grep -ac '/Lang (da)' AES-2025-000001-B$i.pdf | tr '\n' ' '; pdfinfo -meta AES-2025-000001-B$i.pdf | grep -c 'pdfaid:part>2'; done
  B1 1 1 1
  B2 1 1 1
  B3 1 1 1
  B4 1 1 1
  B5 1 1 1
  B6 1 1 1

verificer accepts the six letters in the chain.
  $ ./s sag verificer
  ok: 15 hændelser, hashkæden og alle afgørelser er intakte

A decision after revision (a new case generation): a temporary loss
decision of 02.03.2026 (examples/toemrer_2025.json made temporary) with
revision planned for 01.09.2026, the revision opening case
AES-2026-000001, and the final decision there on 01.09.2026. Its letter
says the case was handled again and names both cases; the appeal's last
day: sent Tuesday 01.09.2026, received 02.09.2026, + 4 weeks = 30.09.2026.
  $ export DB=r.db; ./s sag opret sag.json && ./s sag afgoer AES-2025-000001 --fase anerkendelse --resultat anerkendt --dato 2025-04-01 --begrundelse x && jq '.afgoerelse = "midlertidig"' $ROD/examples/toemrer_2025.json >m.json && ./s sag afgoer AES-2025-000001 --fase erhvervsevnetab --beregning m.json --dato 2026-03-02 --begrundelse 'Situationen er ikke afklaret.' --revisionsdato 2026-09-01 && ./s sag revision AES-2025-000001 --dato 2026-09-01 --begrundelse Revision && jq '.afgoerelsesdato = "2026-09-01"' $ROD/examples/toemrer_2025.json >e.json && ./s sag afgoer AES-2026-000001 --fase erhvervsevnetab --beregning e.json --dato 2026-09-01 --begrundelse 'Situationen er nu afklaret.'
  AES-2025-000001
  AES-2025-000001-A1
  AES-2025-000001-E2: erhvervsevnetab 30 %
  AES-2026-000001
  AES-2026-000001-E1: erhvervsevnetab 30 %
  $ export DB=r.db; ./s brev dan AES-2025-000001 --type erhvervsevnetab | cut -d' ' -f1 && ./s brev dan AES-2026-000001 --type erhvervsevnetab | cut -d' ' -f1 && DB=r.db ./tekst AES-2025-000001-B1 | grep -o -e '^Midlertidig afgørelse om erstatning for tab af erhvervsevne' -e 'igen omkring 1. september 2026' && DB=r.db ./tekst AES-2026-000001-B1 | grep -o -e 'Vi har behandlet sagen igen ([^)]*)' -e 'senest 30. september 2026'
  AES-2025-000001-B1
  AES-2026-000001-B1
  Midlertidig afgørelse om erstatning for tab af erhvervsevne
  igen omkring 1. september 2026
  Vi har behandlet sagen igen (sag AES-2026-000001, der fortsætter sag AES-2025-000001)
  senest 30. september 2026

A raised mén: 15 % on 03.11.2025 after 10 % on 01.09.2025, both at the
2025 rate of 10.530 kr. per percent: 15 × 10.530 = 157.950 kr., less the
105.300 kr. granted before, is 52.650,00 kr.; the letter states the rule
of the deduction (the award does not keep the amount deducted). A lower
mén after that (12 % on 01.12.2025) grants nothing more (12 × 10.530 =
126.360 < 157.950): its letter states no amount and no reason it cannot
be sure of. A mén under 5 % (3 %) on another case grants nothing, and its
letter says why.
  $ export DB=m.db; ./s sag opret sag.json && ./s sag afgoer AES-2025-000001 --fase anerkendelse --resultat anerkendt --dato 2025-04-01 --begrundelse x && ./s sag afgoer AES-2025-000001 --fase men --pct 10 --dato 2025-09-01 --begrundelse x && ./s sag afgoer AES-2025-000001 --fase men --pct 15 --dato 2025-11-03 --begrundelse 'Forværring.' && ./s sag afgoer AES-2025-000001 --fase men --pct 12 --dato 2025-12-01 --begrundelse 'Bedring.'
  AES-2025-000001
  AES-2025-000001-A1
  AES-2025-000001-M2
  AES-2025-000001-M3
  AES-2025-000001-M4
  $ export DB=m.db; ./s brev dan AES-2025-000001 --type men --ref AES-2025-000001-M3 | cut -d' ' -f1 && ./s brev dan AES-2025-000001 --type men --ref AES-2025-000001-M4 | cut -d' ' -f1 && DB=m.db ./tekst AES-2025-000001-B1 | grep -o -e 'Du får [^.]*\.[^.]*\.' -e 'er den trukket fra\.' && DB=m.db ./tekst AES-2025-000001-B2 | grep -c -e 'Du får' -e 'Godtgørelse' -e 'trukket fra' -e 'under 5 %'
  AES-2025-000001-B1
  AES-2025-000001-B2
  Du får 52.650,00 kr.
  er den trukket fra.
  0
  [1]
  $ export DB=m.db; jq '.skadedato = "2025-02-11"' sag.json >s2.json && ./s sag opret s2.json && ./s sag afgoer AES-2025-000002 --fase anerkendelse --resultat anerkendt --dato 2025-04-01 --begrundelse x && ./s sag afgoer AES-2025-000002 --fase men --pct 3 --dato 2025-09-01 --begrundelse x && ./s brev dan AES-2025-000002 --type men | cut -d' ' -f1 && DB=m.db ./tekst AES-2025-000002-B1 | grep -c 'Du får' ; DB=m.db ./tekst AES-2025-000002-B1 | grep -o 'Et varigt mén under [^.]*\.'
  AES-2025-000002
  AES-2025-000002-A1
  AES-2025-000002-M2
  AES-2025-000002-B1
  0
  Et varigt mén under 5 % giver ikke ret til godtgørelse.
