skadesag dato: Danish holidays (Store bededag until 2023), business days
and ages (formerly the second half of tests/cli/satser.sh).

Helligdage 2023 with Store bededag (05.05.2023  Store bededag).
  $ $SKADESAG dato helligdage 2023
  01.01.2023  Nytårsdag
  06.04.2023  Skærtorsdag
  07.04.2023  Langfredag
  09.04.2023  Påskedag
  10.04.2023  2. påskedag
  05.05.2023  Store bededag
  18.05.2023  Kristi himmelfartsdag
  28.05.2023  Pinsedag
  29.05.2023  2. pinsedag
  25.12.2023  Juledag
  26.12.2023  2. juledag

Helligdage 2024 without Store bededag.
  $ $SKADESAG dato helligdage 2024
  01.01.2024  Nytårsdag
  28.03.2024  Skærtorsdag
  29.03.2024  Langfredag
  31.03.2024  Påskedag
  01.04.2024  2. påskedag
  09.05.2024  Kristi himmelfartsdag
  19.05.2024  Pinsedag
  20.05.2024  2. pinsedag
  25.12.2024  Juledag
  26.12.2024  2. juledag

Arbejdsdage over Easter 2024: two business days after 27.3 is 3.4.
  $ $SKADESAG dato arbejdsdage 2024-03-27 2
  2024-04-03  03.04.2024  onsdag 3. april 2024

Age across a leap day: born 29.2.1964, on 28.2.2025 60 år og 11 måneder.
  $ $SKADESAG dato alder 1964-02-29 2025-02-28
  60 år og 11 måneder

Danish date format (01.01.2024  mandag 1. januar 2024).
  $ $SKADESAG dato vis 2024-01-01
  2024-01-01  01.01.2024  mandag 1. januar 2024

An invalid date is refused (exit 1).
  $ $SKADESAG dato vis 2023-02-29
  skadesag: '2023-02-29' er ikke en gyldig dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)
  [1]
