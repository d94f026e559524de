skadesag brev: letters for the guidance's worked examples and for the case
of source 004 (Ankestyrelsens principmeddelelse 19-21), each produced
from a stored decision through the engine. The figures the letter must
carry are the sources' (quoted in the comments) or the stored record's
(shown beside the letter's text); the act cited is the one of each
case's own regime.

./s is skadesag on t.db as caseworker sb9; ./eksempel INPUT REASON [OPT…] makes
a case with the input's dates, recognises it, decides the loss on the
input's decision date with REASON (and OPT, e.g. --revisionsdato), produces the letter and prints its
id (also kept in the file id); ./tekst ID prints the letter's text one paragraph per line.
  $ cat >s <<'EOF'
  > #!/bin/sh
  > export SKADESAG_BRUGER=sb9 SKADESAG_ROLLE=sagsbehandler
  > k="$1"; shift
  > exec "$SKADESAG" "$k" --db "${DB:-t.db}" "$@"
  > EOF
  $ cat >eksempel <<'EOF'
  > #!/bin/sh
  > set -e
  > jq '.input // .' "$1" >in.json
  > jq '{sagstype: (if .skadetype == "erhvervssygdom" then "erhvervssygdom" else "ulykke" end), generation: "foerstegang", skadedato, anmeldelsesdato, cpr: (.foedselsdato | .[8:10] + .[5:7] + .[2:4] + "1011"), team: "T1", forsikring: "Tryg", sagsbehandler: "sb9", dato: .anmeldelsesdato}' in.json >sag.json
  > id=$(./s sag opret sag.json)
  > ./s sag afgoer "$id" --fase anerkendelse --resultat anerkendt --dato "$(jq -r .anmeldelsesdato in.json)" --begrundelse Anerkendt >/dev/null
  > r=$2; shift 2
  > ./s sag afgoer "$id" --fase erhvervsevnetab --beregning in.json --dato "$(jq -r .afgoerelsesdato in.json)" --begrundelse "$r" "$@" >/dev/null
  > ./s brev dan "$id" --type erhvervsevnetab | cut -d' ' -f1 | tee id
  > EOF
  $ cat >tekst <<'EOF'
  > #!/bin/sh
  > ./s brev vis "$1" --pdf "$1.pdf" >/dev/null && pdftotext "$1.pdf" - | tr -d '\f' | awk 'NF { printf "%s%s", (p ? " " : ""), $0; p = 1; next } { if (p) print ""; p = 0 } END { if (p) print "" }'
  > EOF
  $ chmod +x s eksempel tekst

Source 004: "Du har ret til 90 procent i endelig erstatning for tab af
erhvervsevne", "Erstatningen er tilkendt fra den 11. maj 2018", årsløn
"maksimumårslønnen for skadesåret på 498.000 kroner", AES's decision "den
1. april 2019" (004:L64-65, L122-126). The input is
examples/breve/ankestyrelsen_19-21.json (injury and birth dates chosen, Q-37).
The letter: 90 %, 498.000,00 kr., from 11.05.2018, dated 1. april 2019,
running (90 % ≥ 50 %) until the pension age (30.04.2032 for the chosen
birth date); the act is the 2003 act without the 2024 reform (a 2015
injury); the appeal's last day: sent Monday 01.04.2019, received
02.04.2019, + 4 weeks = Tuesday 30.04.2019.
  $ ./eksempel $ROD/examples/breve/ankestyrelsen_19-21.json 'Indtægten fra virksomheden er ikke udtryk for din evne til at skaffe dig indtægt ved arbejde: du har ikke udført en reel arbejdsindsats i virksomheden efter skaden.'
  AES-2015-000001-B1
  $ ./tekst $(cat id) >004.txt && grep -o -e 'erhvervsevnetab til 90 %' -e '498.000,00 kr.' -e '11.05.2018' -e 'Dato: 1. april 2019' -e '30.04.2032' -e 'senest 30. april 2019' -e 'lov nr. 422 af 10. juni 2003 om arbejdsskadesikring' -e 'lov nr. 1541' 004.txt | sort -u
  11.05.2018
  30.04.2032
  498.000,00 kr.
  Dato: 1. april 2019
  erhvervsevnetab til 90 %
  lov nr. 422 af 10. juni 2003 om arbejdsskadesikring
  senest 30. april 2019

The stored record's yearly and monthly amounts are in the letter exactly
(øre from the record; 37051200 øre = 370.512,00 kr., 3087600 øre =
30.876,00 kr.), and the reasons and the assessment with its
justification.
  $ sqlite3 t.db "SELECT json_extract(resultat, '\$.aarlig_erstatning_oere'), json_extract(resultat, '\$.maanedlig_erstatning_oere') FROM afgoerelser WHERE sag_id = 'AES-2015-000001'"; grep -o -e '370.512,00 kr.' -e '30.876,00 kr.' -e 'skønsmæssigt fastsat til 90 %' -e 'ingen reel arbejdsindsats' 004.txt | sort -u
  37051200|3087600
  30.876,00 kr.
  370.512,00 kr.
  ingen reel arbejdsindsats
  skønsmæssigt fastsat til 90 %

Guidance example 2.2 (tests/cases/ch02/ex-2.02.json, "Flyttemand …,
førtidspension, 65 procent i erhvervsevnetab"): a 2005 injury, loss 65 %
by skøn, årsløn 280.000 kr. (28000000 øre in the input); 65 % ≥ 50 % is
paid running, so no capital sum (the record's is empty): the letter gives
the yearly and monthly amounts of the record (169.704,00 kr. = 12 ×
14.142,00 kr.) and the start and end dates the golden case expects
(02.11.2009, 30.09.2021), and cites the 2003 act without later
amendments (the old regime).
  $ ./eksempel $ROD/tests/cases/ch02/ex-2.02.json 'Tabet er fastsat skønsmæssigt.'
  AES-2005-000001-B1
  $ ./tekst $(cat id) >ex202.txt && jq -r '.input | .skadedato, .aarsloen_oere, .erhvervsevnetab.skoen_pct' $ROD/tests/cases/ch02/ex-2.02.json && sqlite3 t.db "SELECT json_extract(resultat, '\$.kapitalbeloeb_oere'), json_extract(resultat, '\$.aarlig_erstatning_oere'), json_extract(resultat, '\$.maanedlig_erstatning_oere') FROM afgoerelser WHERE sag_id = '$(cut -c1-15 id)'" && grep -o -e 'erhvervsevnetab til [0-9]* %' -e '[0-9.]*,00 kr.' -e '02.11.2009' -e '30.09.2021' -e 'lov nr. 422 af 10. juni 2003 om arbejdsskadesikring' -e 'lov nr. 1541' ex202.txt | sort -u
  2005-09-12
  28000000
  65
  |16970400|1414200
  02.11.2009
  14.142,00 kr.
  169.704,00 kr.
  280.000,00 kr.
  30.09.2021
  367.000,00 kr.
  387.000,00 kr.
  erhvervsevnetab til 65 %
  lov nr. 422 af 10. juni 2003 om arbejdsskadesikring

§ 17 a in a flexible job (examples/fleksjob_2019.json, a 2019 injury):
the letter's computation names § 17 a, the loss 30 % and the record's
capital sum (92929800 øre = 929.298,00 kr.).
  $ ./eksempel $ROD/examples/fleksjob_2019.json 'Tabet er opgjort efter § 17 a.'
  AES-2019-000001-B1
  $ ./tekst $(cat id) >fleks.txt && grep -o -e 'erhvervsevnetab til 30 %' -e '929.298,00 kr.' -e '§ 17 a' fleks.txt | sort -u; sqlite3 t.db "SELECT json_extract(resultat, '\$.kapitalbeloeb_oere') FROM afgoerelser WHERE sag_id = '$(cut -c1-15 id)'"
  929.298,00 kr.
  erhvervsevnetab til 30 %
  § 17 a
  92929800

The § 12 share (examples/foertidspension_2023.json): a total loss of 80 %
of which the injury's share gives 60 %, paid partly as capital: the
letter says both percentages and shows the record's capital and yearly
amount (91259900 øre = 912.599,00 kr.; 19594800 øre = 195.948,00 kr.).
  $ ./eksempel $ROD/examples/foertidspension_2023.json 'En del af tabet skyldes andet end arbejdsskaden.'
  AES-2023-000001-B1
  $ ./tekst $(cat id) >andel.txt && grep -o -e 'samlede erhvervsevnetab er 80 %' -e 'er 60 %' -e '912.599,00 kr.' -e '195.948,00 kr.' andel.txt | sort -u; sqlite3 t.db "SELECT json_extract(resultat, '\$.kapitalbeloeb_oere'), json_extract(resultat, '\$.aarlig_erstatning_oere') FROM afgoerelser WHERE sag_id = '$(cut -c1-15 id)'"
  195.948,00 kr.
  912.599,00 kr.
  er 60 %
  samlede erhvervsevnetab er 80 %
  91259900|19594800

Below 15 % (guidance example 3.1, "lønnedgang 13,5 procent …, tab fastsat
til mindre end 15 procent"): the letter says there is no right to
compensation and gives no amounts.
  $ ./eksempel $ROD/tests/cases/ch03/ex-3.01.json 'Tabet er under 15 procent.'
  AES-2009-000001-B1
  $ ./tekst $(cat id) >ex301.txt && grep -o -e 'ikke ret til erstatning for tab af erhvervsevne, fordi dit erhvervsevnetab er mindre end 15 %' -e 'Erstatning om året' -e 'Kapitalbeløb' ex301.txt
  ikke ret til erstatning for tab af erhvervsevne, fordi dit erhvervsevnetab er mindre end 15 %

A temporary decision (guidance example 4.6, "aktuelt tab, 35 procent
erhvervsevnetab, revision"): the title and the result say it is
temporary and will be assessed again around the revision date the
caseworker set (15.09.2010, a year after the decision of 15.09.2009);
35 % ≥ 15 %.
  $ ./eksempel $ROD/tests/cases/ch04/ex-4.06.json 'Din situation er ikke afklaret.' --revisionsdato 2010-09-15
  AES-2008-000001-B1
  $ ./tekst $(cat id) >ex406.txt && grep -o -e '^Midlertidig afgørelse om erstatning for tab af erhvervsevne' -e 'erhvervsevnetab til 35 %' -e 'igen omkring 15. september 2010' ex406.txt; jq -r '.forventet.erhvervsevnetab_pct' $ROD/tests/cases/ch04/ex-4.06.json
  Midlertidig afgørelse om erstatning for tab af erhvervsevne
  erhvervsevnetab til 35 %
  igen omkring 15. september 2010
  35

§ 28, step one (a civil servant whose tilskadekomstpension is not decided
yet; the carpenter of examples/toemrer_2025.json as such): the letter
fixes the loss (30 %) and the årsløn (496.729,82 kr.) and says the
amounts follow; the record has no yearly amount or capital sum, and the
letter shows none.
  $ jq '.tjenestemand = {"tilskadekomstpension": "ikke_afgjort"}' $ROD/examples/toemrer_2025.json >t28.json && ./eksempel t28.json 'Tilskadekomstpensionen er ikke afgjort.'
  AES-2025-000001-B1
  $ ./tekst $(cat id) >t28.txt && grep -o -e 'erhvervsevnetab til 30 %' -e '496.729,82 kr.' -e 'arbejdsskadesikring § 28' -e 'Erstatning om året' -e 'Kapitalbeløb [0-9]' t28.txt | sort -u; sqlite3 t.db "SELECT json_extract(resultat, '\$.aarlig_erstatning_oere') IS NULL, json_extract(resultat, '\$.kapitalbeloeb_oere') IS NULL FROM afgoerelser WHERE sag_id = '$(cut -c1-15 id)'"
  496.729,82 kr.
  arbejdsskadesikring § 28
  erhvervsevnetab til 30 %
  1|1
