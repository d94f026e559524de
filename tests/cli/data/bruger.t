skadesag bruger: accounts (docs/adgang.md). Creating accounts of every
role and what each requires; passwords only from standard input or a file,
checked against the policy; a TOTP second factor enrolled with a base32
secret and an otpauth:// URI; logging in (the session ends again at once),
a TOTP code used once only; five failed logins lock the account; role
changes, disabling, a new password; API tokens shown once and stored only
as their SHA-256. The time is the system clock's (there is no option to
set it): TOTP codes are computed with `skadesag bruger kode` in the step
that uses them, and what depends on the clock is matched by (re) lines.

./b is skadesag bruger on t.db.
  $ printf '#!/bin/sh\nexec "$SKADESAG" bruger --db t.db "$@"\n' >b && chmod +x b

--help lists the subcommands.
  $ ./b --help
  Brug: skadesag bruger [--db STI] <underkommando> ...
  
    opret NAVN --rolle R [--team T] [--cpr C] [--forsikring F] [--uden-totp]
                                        Opret en konto; kodeordet fra stdin
    rolle NAVN --rolle R [--team T]     Skift en medarbejders rolle og team
    deaktiver NAVN                      Luk kontoen, dens sessioner og API-nøgler
    aktiver NAVN                        Åbn en deaktiveret konto igen
    nulstil NAVN                        Nyt kodeord (fra stdin); ophæver spærring,
                                        afslutter sessionerne
    afslut (NAVN | --alle)              Afslut sessionerne for en konto eller alle
    kode NAVN                           Den aktuelle engangskode (demo og test)
    noegle NAVN --scope beregn,sager [--beskrivelse T]
                                        Ny API-nøgle (vises kun én gang)
    liste                               Konti: navn, rolle, team, aktiv, 2. faktor
    login NAVN [--kode K]               Prøv at logge ind (kodeord fra stdin);
                                        sessionen afsluttes straks igen
  
  Kodeord læses fra standard input (første linje) eller fra --kodeord-fil F,
  aldrig fra kommandolinjen. Roller: sagsbehandler, jurist, teamleder, ledelse,
  borger (kræver --cpr) og forsikring (kræver --forsikring). --db er standard
  ./skadesag.db. Se docs/adgang.md.

An account needs a role; an unknown role is a usage error (exit 2).
  $ echo 'korrekt hest batteri hæfteklamme' | ./b opret anna
  skadesag: --rolle: mangler (sagsbehandler, jurist, teamleder, ledelse, borger eller forsikring)
  [2]
  $ echo 'korrekt hest batteri hæfteklamme' | ./b opret anna --rolle chef
  skadesag: --rolle: ukendt rolle 'chef' (sagsbehandler, jurist, teamleder, ledelse, borger eller forsikring)
  [2]

Only opret creates the database (and not on a usage error): liste on a
missing one is refused.
  $ ./b liste
  skadesag: /db: databasen t.db findes ikke
  [1]

A caseworker in team T1 with a second factor: the secret is shown once, in
base32 and as an otpauth:// URI for an authenticator app.
  $ echo 'korrekt hest batteri hæfteklamme' | ./b opret anna --rolle sagsbehandler --team T1
  Konto anna oprettet: sagsbehandler, team T1, med engangskode (TOTP).
  TOTP-hemmelighed: [A-Z2-7]{32} (re)
  otpauth://totp/Skadesag:anna\?secret=[A-Z2-7]{32}&issuer=Skadesag&algorithm=SHA1&digits=6&period=30 (re)
  Indlæs den i en godkendt app (fx som QR-kode af adressen); den vises kun nu.

A password on the command line is not an option.
  $ ./b opret bent --rolle jurist --kodeord 'korrekt hest batteri'
  skadesag: --kodeord: ukendt tilvalg til 'opret'
  [2]

The password policy names /kodeord and never repeats the password: too
short (11 characters), the account name, a context word with digits, a
common password, and nothing given at all.
  $ echo 'elleve tegn' | ./b opret bent --rolle jurist
  skadesag: /kodeord: kodeordet skal have mindst 12 tegn
  [1]
  $ echo 'Bent.Jurist1' | ./b opret bent.jurist1 --rolle jurist
  skadesag: /kodeord: kodeordet må ikke være kontonavnet
  [1]
  $ echo 'Skadesag2025!' | ./b opret bent --rolle jurist
  skadesag: /kodeord: kodeordet er for let at gætte (kontonavnet eller et almindeligt ord med tal og tegn)
  [1]
  $ echo 'iloveyou1234' | ./b opret bent --rolle jurist
  skadesag: /kodeord: kodeordet er et af de mest brugte kodeord
  [1]
  $ ./b opret bent --rolle jurist
  skadesag: /kodeord: mangler: kodeord
  [1]

The password may come from a file; 12 characters of any script are enough.
  $ printf 'blåbærgrød på\n' >kodeord.txt && ./b opret bent --rolle jurist --kodeord-fil kodeord.txt
  Konto bent oprettet: jurist, team alle, med engangskode (TOTP).
  TOTP-hemmelighed: [A-Z2-7]{32} (re)
  otpauth://totp/Skadesag:bent\?secret=[A-Z2-7]{32}&issuer=Skadesag&algorithm=SHA1&digits=6&period=30 (re)
  Indlæs den i en godkendt app (fx som QR-kode af adressen); den vises kun nu.
  $ printf '日本語のパスワードですね\n' | ./b opret chen --rolle ledelse --uden-totp
  Konto chen oprettet: ledelse, team alle, UDEN anden faktor (kun til demo og test).

A citizen needs a CPR number and may not have a team; an invalid CPR number
is refused without being repeated.
  $ echo 'korrekt hest batteri hæfteklamme' | ./b opret borger1 --rolle borger
  skadesag: /cpr: en borgerkonto skal have et CPR-nummer
  [1]
  $ echo 'korrekt hest batteri hæfteklamme' | ./b opret borger1 --rolle borger --cpr 3102809011
  skadesag: /cpr: ugyldigt CPR-nummer (fødselsdatoen findes ikke)
  [1]
  $ echo 'korrekt hest batteri hæfteklamme' | ./b opret borger1 --rolle borger --cpr 0101809011 --team T1
  skadesag: /team: kun medarbejdere hører til et team
  [1]
  $ echo 'korrekt hest batteri hæfteklamme' | ./b opret borger1 --rolle borger --cpr 0101809011 | head -1
  Konto borger1 oprettet: borger, med engangskode (TOTP).

One account per CPR number, and per name.
  $ echo 'korrekt hest batteri hæfteklamme' | ./b opret borger2 --rolle borger --cpr 010180-9011
  skadesag: /cpr: der findes allerede en konto til det CPR-nummer
  [1]
  $ echo 'korrekt hest batteri hæfteklamme' | ./b opret anna --rolle jurist
  skadesag: /navn: der findes allerede en konto med det navn
  [1]

An insurer's account names its insurer; a caseworker's may not.
  $ echo 'korrekt hest batteri hæfteklamme' | ./b opret tryg.api --rolle forsikring --uden-totp
  skadesag: /forsikring: mangler: forsikringsselskabet
  [1]
  $ echo 'korrekt hest batteri hæfteklamme' | ./b opret tryg.api --rolle forsikring --forsikring 'Tryg Forsikring A/S' --uden-totp
  Konto tryg.api oprettet: forsikring, UDEN anden faktor (kun til demo og test).
  $ echo 'korrekt hest batteri hæfteklamme' | ./b opret x --rolle jurist --forsikring Tryg
  skadesag: /forsikring: kun en forsikringskonto har et forsikringsselskab
  [1]

The list: names, roles, teams ("alle" for every team, "-" where a role has
none), active, second factor; no hash, no CPR number (9011 appears nowhere).
  $ ./b liste
  Navn                 Rolle          Team     Aktiv 2. faktor
  anna                 sagsbehandler  T1       ja    totp
  bent                 jurist         alle     ja    totp
  borger1              borger         -        ja    totp
  chen                 ledelse        alle     ja    ingen
  tryg.api             forsikring     -        ja    ingen
  $ ./b liste | grep -c 9011
  0
  [1]
  $ sqlite3 t.db 'SELECT navn, substr(kodeord_hash, 1, 30) FROM konti ORDER BY navn'
  anna|$argon2id$v=19$m=65536,t=2,p=1
  bent|$argon2id$v=19$m=65536,t=2,p=1
  borger1|$argon2id$v=19$m=65536,t=2,p=1
  chen|$argon2id$v=19$m=65536,t=2,p=1
  tryg.api|$argon2id$v=19$m=65536,t=2,p=1

kode prints the current TOTP code (a demo and test aid); an account
without a second factor has none.
  $ ./b kode anna | grep -E '^[0-9]{6}$' | wc -l
  1
  $ ./b kode chen
  skadesag: /totp: kontoen har ingen engangskode
  [1]

Logging in with the password and the current code works ...
  $ ./b kode anna >kode.txt && echo 'korrekt hest batteri hæfteklamme' | ./b login anna --kode "$(cat kode.txt)"
  Logget ind som anna (sagsbehandler, team T1); sessionen er afsluttet igen.

... the same code a second time does not (a TOTP code is used once), and
the answer is the one every failed login gets.
  $ echo 'korrekt hest batteri hæfteklamme' | ./b login anna --kode "$(cat kode.txt)"
  skadesag: /login: forkert brugernavn, kodeord eller engangskode
  [1]

A wrong code (each digit of the current one plus 1), a wrong password and
an unknown user all get that same answer.
  $ echo 'korrekt hest batteri hæfteklamme' | ./b login anna --kode "$(./b kode anna | tr 0-9 1-90)"
  skadesag: /login: forkert brugernavn, kodeord eller engangskode
  [1]
  $ echo 'forkert kodeord her' | ./b login anna --kode "$(./b kode anna)"
  skadesag: /login: forkert brugernavn, kodeord eller engangskode
  [1]
  $ echo 'korrekt hest batteri hæfteklamme' | ./b login ingen --kode 123456
  skadesag: /login: forkert brugernavn, kodeord eller engangskode
  [1]

The session of a CLI login ends at once: nothing is left in the database.
  $ sqlite3 t.db 'SELECT count(*) FROM sessioner'
  0

Five failed logins in a row lock the account (the fifth says when to try
again); while locked even the right password is refused.
  $ for i in 1 2 3 4 5; do echo 'forkert kodeord her' | ./b login chen; done
  skadesag: /login: forkert brugernavn, kodeord eller engangskode
  skadesag: /login: forkert brugernavn, kodeord eller engangskode
  skadesag: /login: forkert brugernavn, kodeord eller engangskode
  skadesag: /login: forkert brugernavn, kodeord eller engangskode
  skadesag: /login: for mange mislykkede forsøg: prøv igen om 1 min\. \(efter 20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z\) (re)
  [1]
  $ echo '日本語のパスワードですね' | ./b login chen
  skadesag: /login: for mange mislykkede forsøg: prøv igen om 1 min\. \(efter 20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z\) (re)
  [1]

A new password (from standard input) unlocks it.
  $ echo 'et helt nyt kodeord' | ./b nulstil chen
  Konto chen har fået nyt kodeord; spærringen er ophævet og sessionerne afsluttet.
  $ echo 'et helt nyt kodeord' | ./b login chen
  Logget ind som chen (ledelse, team alle); sessionen er afsluttet igen.

Roles: a caseworker becomes team lead of T2; a citizen's account keeps its
role.
  $ ./b rolle anna --rolle teamleder --team T2
  Konto anna: teamleder, team T2.
  $ ./b rolle borger1 --rolle sagsbehandler
  skadesag: /rolle: kun medarbejderkonti skifter rolle; en borger eller et forsikringsselskab får en ny konto
  [1]
  $ ./b rolle ingen --rolle jurist
  skadesag: /navn: kontoen findes ikke
  [1]

An API token for the insurer, with scope: shown once (64 hex digits) ...
  $ ./b noegle tryg.api --scope beregn,sager --beskrivelse 'Beregninger fra Tryg' >noegle.txt && grep -cE '^[0-9a-f]{64}$' noegle.txt
  API-nøglen vises kun denne ene gang: gem den sikkert.
  1

... stored only as its SHA-256: the token itself is nowhere in the
database, its hash is.
  $ sqlite3 t.db "SELECT count(*) FROM api_noegler WHERE token_hash = '$(cat noegle.txt)'"
  0
  $ sqlite3 t.db "SELECT scope, beskrivelse, aktiv FROM api_noegler WHERE token_hash = '$(tr -d '\n' <noegle.txt | sha256sum | cut -c1-64)'"
  3|Beregninger fra Tryg|1
  $ grep -c "$(cat noegle.txt)" t.db t.db-wal 2>/dev/null || true
  t.db:0
  $ ./b noegle tryg.api --scope alt
  skadesag: --scope: angiv beregn, sager eller beregn,sager
  [2]

Disabling an account ends its API tokens; it can no longer log in (the
same answer as a wrong password); it can be enabled again.
  $ ./b deaktiver tryg.api
  Konto tryg.api er deaktiveret; dens sessioner og API-nøgler er afsluttet.
  $ sqlite3 t.db 'SELECT aktiv FROM api_noegler'
  0
  $ echo 'korrekt hest batteri hæfteklamme' | ./b login tryg.api
  skadesag: /login: forkert brugernavn, kodeord eller engangskode
  [1]
  $ ./b aktiver tryg.api
  Konto tryg.api er aktiv igen (tidligere API-nøgler forbliver ugyldige).
  $ echo 'korrekt hest batteri hæfteklamme' | ./b login tryg.api
  Logget ind som tryg.api (forsikring); sessionen er afsluttet igen.
  $ ./b liste
  Navn                 Rolle          Team     Aktiv 2. faktor
  anna                 teamleder      T2       ja    totp
  bent                 jurist         alle     ja    totp
  borger1              borger         -        ja    totp
  chen                 ledelse        alle     ja    ingen
  tryg.api             forsikring     -        ja    ingen

Ending sessions takes a name or --alle.
  $ ./b afslut anna
  0 sessioner afsluttet.
  $ ./b afslut --alle
  0 sessioner afsluttet.
  $ ./b afslut
  skadesag: angiv enten NAVN eller --alle
  [2]

Accounts are not case events: the case database still verifies.
  $ "$SKADESAG" sag --db t.db verificer
  ok: 0 hændelser, hashkæden og alle afgørelser er intakte
