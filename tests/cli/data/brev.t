skadesag brev: the decision letter on loss of earning capacity
(docs/breve.md), rendered from the stored decision record and never
recomputed: its text (pdftotext) carries the record's figures exactly, the
PDF is tagged, in Danish and identifies as PDF/A-2b with embedded fonts,
the same record gives the same bytes, and verificer catches a changed or
deleted letter.

./s is skadesag on t.db as caseworker sb9.
  $ cat >s <<'EOF'
  > #!/bin/sh
  > export SKADESAG_BRUGER=sb9 SKADESAG_ROLLE=sagsbehandler
  > k="$1"; shift
  > exec "$SKADESAG" "$k" --db "${DB:-t.db}" "$@"
  > EOF
  $ chmod +x s
  $ cat >sag.json <<'EOF'
  > {"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-02-10",
  >  "anmeldelsesdato":"2025-02-14","cpr":"0506799011","team":"T1",
  >  "forsikring":"Tryg","arbejdsgiver_cvr":"12345678",
  >  "sagsbehandler":"sb9","dato":"2025-02-14"}
  > EOF

A case, recognised, and the loss decision of examples/toemrer_2025.json
(decided 02.03.2026) stored through the engine.
  $ ./s sag opret sag.json && ./s sag afgoer AES-2025-000001 --fase anerkendelse --resultat anerkendt --dato 2025-04-01 --begrundelse 'Ulykke i arbejdstiden' && ./s sag afgoer AES-2025-000001 --fase erhvervsevnetab --beregning $ROD/examples/toemrer_2025.json --dato 2026-03-02 --begrundelse 'Tab fastsat efter indtægtssammenligning' >/dev/null && echo afgjort
  AES-2025-000001
  AES-2025-000001-A1
  afgjort

The stored record's figures, which the letter must carry (øre and ISO
dates): 30 %, årsløn 49672982 (496.729,82 kr.), regulated 52039680
(520.396,80 kr.), yearly 11922000 (119.220,00 kr.), monthly 993500
(9.935,00 kr.), capital 198310000 (1.983.100,00 kr.), from 2025-09-01,
running until 2026-03-01.
  $ sqlite3 t.db "SELECT json_extract(resultat, '\$.erhvervsevnetab_fastsat_pct'), json_extract(resultat, '\$.aarsloen_oere'), json_extract(resultat, '\$.aarsloen_reguleret_oere'), json_extract(resultat, '\$.aarlig_erstatning_oere'), json_extract(resultat, '\$.maanedlig_erstatning_oere'), json_extract(resultat, '\$.kapitalbeloeb_oere'), json_extract(resultat, '\$.tilkendelsesdato'), json_extract(resultat, '\$.loebende_indtil') FROM afgoerelser"
  30|49672982|52039680|11922000|993500|198310000|2025-09-01|2026-03-01

dan makes letter B1 and prints its id and the PDF's SHA-256.
  $ ./s brev dan AES-2025-000001 --type erhvervsevnetab
  AES-2025-000001-B1 [0-9a-f]{64} (re)

vis writes the PDF; pdftotext finds every figure of the record exactly as
formatted in Danish, and the appeal's last day: sent Monday 02.03.2026,
received the next business day 03.03.2026, + 4 weeks = Tuesday
31.03.2026 (no holiday; Easter 2026 is 5 April).
  $ ./s brev vis AES-2025-000001-B1 --pdf b1.pdf --html b1.html >/dev/null && pdftotext b1.pdf b1.txt && for f in 'fastsat dit erhvervsevnetab til 30 %' '496.729,82 kr.' '520.396,80 kr.' '119.220,00 kr.' '9.935,00 kr.' '1.983.100,00 kr.' '01.09.2025' '01.03.2026' 'senest 31. marts 2026' 'Dato: 2. marts 2026'; do printf '%s: ' "$f"; tr '\n' ' ' <b1.txt | grep -cF "$f"; done
  fastsat dit erhvervsevnetab til 30 %: 1
  496.729,82 kr.: 1
  520.396,80 kr.: 1
  119.220,00 kr.: 1
  9.935,00 kr.: 1
  1.983.100,00 kr.: 1
  01.09.2025: 1
  01.03.2026: 1
  senest 31. marts 2026: 1
  Dato: 2. marts 2026: 1

The letter's sections in order (forvaltningsloven §§ 22-25), the acts by
name, number and date, and no internal rule id or open question (Q-nn).
  $ tr -d '\f' <b1.txt | grep -E '^(Resultatet er|Sådan har vi vurderet sagen|Det er afgørende for resultatet|Sådan har vi beregnet|Om reglerne|Oplysninger, vi har lagt vægt på|Sådan klager du)$'; grep -c 'lov nr. 422 af 10. juni 2003 om arbejdsskadesikring' b1.txt; grep -cE 'Q-[0-9]|tab\.afrunding|regelsaet' b1.txt || true
  Resultatet er
  Sådan har vi vurderet sagen
  Det er afgørende for resultatet
  Sådan har vi beregnet
  Om reglerne
  Oplysninger, vi har lagt vægt på
  Sådan klager du
  1
  0

The PDF's structure: tagged (pdfinfo "Tagged: yes"), a structure tree
with the document, headings, paragraphs, lists and a table; /Lang (da) in
the catalogue; the XMP identifies PDF/A-2b; every font embedded.
  $ pdfinfo b1.pdf | grep -E '^(Tagged|Pages|Title|CreationDate)'; pdfinfo -struct b1.pdf | awk '{print $1}' | sort -u | tr '\n' ' '; echo; grep -ac '/Lang (da)' b1.pdf; pdfinfo -meta b1.pdf | grep -E 'pdfaid:(part|conformance)'; pdffonts b1.pdf | awk 'NR>2 {print $(NF-4)}' | sort -u
  Title:           Afgørelse om erstatning for tab af erhvervsevne
  CreationDate:    Mon Mar  2 12:00:00 2026 UTC
  Tagged:          yes
  Pages:           3
  Document H1 H2 L LBody LI Lbl P TD TH TR Table 
  1
  <pdfaid:part>2</pdfaid:part>
  <pdfaid:conformance>B</pdfaid:conformance>
  yes

The HTML is one self-contained Danish page with the same figures.
  $ grep -c '<html lang="da">' b1.html; grep -c '<link\|<script\|src=' b1.html || true; grep -o '1.983.100,00 kr.' b1.html | head -1
  1
  0
  1.983.100,00 kr.

The same record gives a byte-identical PDF: a second letter (B2, a new
letter, never an overwrite) has the same bytes and SHA-256.
  $ ./s brev dan AES-2025-000001 --type erhvervsevnetab >b2.id && ./s brev vis AES-2025-000001-B2 --pdf b2.pdf >/dev/null && cmp b1.pdf b2.pdf && echo identisk && cut -d' ' -f2 b2.id | cmp - <(sha256sum b1.pdf | cut -d' ' -f1) && echo samme-sha256
  identisk
  samme-sha256

liste shows the case's letters: id, type, date, the decision, size and
SHA-256.
  $ ./s brev liste AES-2025-000001 | sed -E 's/ +[0-9]+  [0-9a-f]{64}$/ …/'
  AES-2025-000001-B1     erhvervsevnetab    02.03.2026 AES-2025-000001-E2 …
  AES-2025-000001-B2     erhvervsevnetab    02.03.2026 AES-2025-000001-E2 …
  2 breve

Each letter is an event in the case's hash chain, carrying the SHA-256.
  $ ./s sag vis AES-2025-000001 --idag 2026-03-03 | grep brev_dannet
      4  02.03.2026  brev_dannet              sb9: Brev dannet
      5  02.03.2026  brev_dannet              sb9: Brev dannet

The case folder lists the letters (issue 11, item 5): id, kind, date, the
decision it tells of, the PDF's size and the start of its SHA-256 ...
  $ ./s sag vis AES-2025-000001 --idag 2026-03-03 | sed -n '/^Breve:/,$p' | grep . | sed -E 's/PDF [0-9.]+ bytes  SHA-256 [0-9a-f]{12}…$/PDF … bytes  SHA-256 …/'
  Breve:
    AES-2025-000001-B1     erhvervsevnetab     02.03.2026  om AES-2025-000001-E2  PDF … bytes  SHA-256 …
    AES-2025-000001-B2     erhvervsevnetab     02.03.2026  om AES-2025-000001-E2  PDF … bytes  SHA-256 …

... and the size and SHA-256 the folder gives are those of the PDF that
`brev vis` wrote (b1.pdf; the two letters are byte-identical).
  $ ./s sag vis AES-2025-000001 --idag 2026-03-03 | grep -c "PDF $(wc -c <b1.pdf | sed -E ':a; s/([0-9])([0-9]{3})($|\.)/\1.\2\3/; ta') bytes  SHA-256 $(sha256sum b1.pdf | cut -c1-12)…"
  2

The folder's JSON carries the same as a "breve" array, the letter's
description without its bytes (no "%PDF" in it).
  $ ./s sag vis AES-2025-000001 --idag 2026-03-03 --json >mappe.json && jq -c '.breve[] | [.id, .type, .dato, .afgoerelse_id, .bytes == '"$(wc -c <b1.pdf)"', .sha256 == "'"$(sha256sum b1.pdf | cut -d' ' -f1)"'"]' mappe.json && grep -c '%PDF' mappe.json
  ["AES-2025-000001-B1","erhvervsevnetab","2026-03-02","AES-2025-000001-E2",true,true]
  ["AES-2025-000001-B2","erhvervsevnetab","2026-03-02","AES-2025-000001-E2",true,true]
  0
  [1]

verificer passes ...
  $ ./s sag verificer
  ok: 5 hændelser, hashkæden og alle afgørelser er intakte

... catches a stored letter whose bytes were changed ...
  $ cp t.db t2.db && sqlite3 t2.db "UPDATE breve SET pdf = CAST(pdf || X'20' AS BLOB) WHERE id = 'AES-2025-000001-B2'" && DB=t2.db ./s sag verificer
  skadesag: brev AES-2025-000001-B2 er ændret
  [1]

... and a deleted one.
  $ cp t.db t3.db && sqlite3 t3.db "DELETE FROM breve WHERE id = 'AES-2025-000001-B1'" && DB=t3.db ./s sag verificer
  skadesag: sag AES-2025-000001: hændelsesloggen nævner 2 breve, men 1 er gemt
  [1]

Refusals store nothing: management may not produce letters, an unknown
kind and a missing decision are named by field.
  $ ./s brev --rolle ledelse dan AES-2025-000001 --type erhvervsevnetab; ./s brev dan AES-2025-000001 --type foo; ./s brev dan AES-2025-000001 --type erhvervsevnetab --ref AES-2025-000001-E9; ./s brev liste AES-2025-000001 | tail -1
  skadesag: /rolle: rollen må ikke danne breve
  skadesag: /type: ukendt brevtype (anerkendelse, men, erhvervsevnetab, partshoering, oplysninger, fristoverskridelse, genvurdering)
  skadesag: /ref: afgørelsen om erhvervsevnetab findes ikke i sagen
  2 breve

A letter event cannot be appended by hand.
  $ cat >h.json <<'EOF'
  > {"type":"brev_dannet","dato":"2026-03-02","begrundelse":"x","brev_id":"X","brevtype":"erhvervsevnetab","brev_hash":"0000000000000000000000000000000000000000000000000000000000000000"}
  > EOF
  $ ./s sag haendelse AES-2025-000001 h.json
  skadesag: /type: breve dannes med 'skadesag brev dan'
  [1]
