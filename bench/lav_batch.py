#!/usr/bin/env python3
"""Write a realistic batch file for `skadesag beregn --batch` (JSON Lines).

Usage: bench/lav_batch.py ANTAL [FRØ] > sager.jsonl

Cases like those a caseworker sends: skøn, income comparison and § 17 a;
final and temporary; injuries 2005-2025; an årsløn given directly or as
income years; Danish text in the assessments; every 100th line has a
mistake (an unknown field, an impossible date, an amount as a decimal
number), so the refusal path is in the measurement too. Deterministic for a
given seed. Synthetic: no real person's data.
"""
import json
import random
import sys
from datetime import date, timedelta


def dag(d):
    return d.isoformat()


def sag(r, nr):
    skade = date(2005, 1, 1) + timedelta(days=r.randint(0, 7305))
    anmeldt = skade + timedelta(days=r.randint(0, 200))
    afgjort = min(anmeldt + timedelta(days=r.randint(60, 700)),
                  date(2026, 12, 31))
    foedt = skade - timedelta(days=r.randint(20 * 365, 60 * 365))
    s = {
        "id": "sag-%07d" % nr,
        "skadetype": "ulykke" if r.randint(0, 4) else "erhvervssygdom",
        "skadedato": dag(skade),
        "anmeldelsesdato": dag(anmeldt),
        "foedselsdato": dag(foedt),
        "koen": r.choice(["mand", "kvinde"]),
        "afgoerelsesdato": dag(afgjort),
        "afgoerelse": "endelig" if r.randint(0, 3) else "midlertidig",
    }
    if r.randint(0, 2):
        s["aarsloen_oere"] = r.randint(150000, 700000) * 100
    else:
        aar = skade.year
        s["indkomstaar"] = [{"aar": aar - 1 - i,
                             "indkomst_oere": r.randint(150000, 600000) * 100}
                            for i in range(r.randint(1, 5))]
    s["tab_paavist_dato"] = dag(skade + timedelta(days=r.randint(30, 500)))
    g = r.randint(0, 2)
    if g == 0:
        pct = r.randint(2, 20) * 5
        if skade >= date(2024, 1, 1) and pct > 20:
            pct = pct // 10 * 10
        t = {"grundlag": "skoen", "skoen_pct": pct,
             "situation": "foertidspension"}
    elif g == 1:
        uden = r.randint(200000, 600000) * 100
        t = {"grundlag": "indtaegtstab", "indtaegt_uden_skade_oere": uden,
             "indtaegt_med_skade_oere": r.randint(0, uden // 100) * 100,
             "situation": "ordinaer", "forslag_bekraeftet": True}
    else:
        if skade < date(2009, 1, 1):
            skade = date(2009, 1, 1) + timedelta(days=r.randint(0, 3000))
            s["skadedato"] = dag(skade)
            s["anmeldelsesdato"] = dag(skade + timedelta(days=10))
            s["tab_paavist_dato"] = dag(skade + timedelta(days=100))
            s["afgoerelsesdato"] = dag(skade + timedelta(days=400))
        t = {"grundlag": "17a", "situation": "fleksjob",
             "klart_og_varigt": True,
             "indtaegt_uden_skade_oere": r.randint(250000, 500000) * 100,
             "fleksjob_loen_oere": r.randint(50000, 150000) * 100,
             "kommunalt_tilskud_oere": r.randint(50000, 150000) * 100}
    s["erhvervsevnetab"] = t
    s["kapitalisering_anmodet"] = bool(r.randint(0, 1))
    s["vurdering"] = {
        "af": "Sagsbehandler %d" % r.randint(1000, 9999),
        "begrundelse": r.choice([
            "Kan ikke længere løfte over skulderhøjde; går ned i tid.",
            "Varige mén efter faldet; skånejob på nedsat tid.",
            "Tabet svarer til nedgangen i indtægt før og efter skaden.",
            "Fleksjob bevilget af kommunen på 20 timer om ugen."]),
    }
    if nr % 100 == 99:
        fejl = r.randint(0, 2)
        if fejl == 0:
            s["ukendt_felt"] = 1
        elif fejl == 1:
            s["skadedato"] = "%d-02-30" % skade.year
        else:
            s["aarsloen_oere"] = 412345.5
    return s


def main():
    antal = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    r = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    ud = sys.stdout
    for nr in range(antal):
        ud.write(json.dumps(sag(r, nr), ensure_ascii=False,
                            separators=(",", ":")))
        ud.write("\n")


if __name__ == "__main__":
    main()
