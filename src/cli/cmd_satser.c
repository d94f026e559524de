/*
 * skadesag satser: load and check the rate tables, show their checksum, and
 * look up single values with their source — the same look-ups the engine
 * uses.
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "skadesag/broek.h"
#include "skadesag/parse.h"
#include "skadesag/penge.h"
#include "skadesag/satser.h"

#include "../base/banned.h"

static void
hjaelp(FILE *f)
{
    (void)fputs(
        "Brug: skadesag satser [--data MAPPE] <underkommando> ...\n\n"
        "  tjek                          Indlæs og kontrollér alle tabeller, "
        "vis checksum\n"
        "  sats NAVN ÅR [BETINGELSE]     Én sats med kilde "
        "(fx maks_aarsloen 2024)\n"
        "  folkepensionsalder FØDT [DATO]\n"
        "                                Folkepensionsalder efter reglerne "
        "på DATO\n"
        "  faktor SKADEDATO KAPDATO FØDT ALDER [mand|kvinde]\n"
        "                                Kapitaliseringsfaktor for en hel "
        "alder\n\n"
        "MAPPE er datamappen (standard: $SKADESAG_DATA eller den "
        "indbyggede).\n",
        f);
}

/* "--help" after the subcommand: the usage, on standard output (exit 0),
 * not a usage error (issue 10, item 7). */
static bool
hjaelp_bedt(int argc, char **argv, int fra)
{
    for (int j = fra; j < argc; j++)
        if (strcmp(argv[j], "--help") == 0)
            return true;
    return false;
}

static int
dato_arg(const char *s, struct sag_dato *d)
{
    if (sag_dato_parse(s, strlen(s), d) != SAG_OK) {
        sag__fejl("'%s' er ikke en dato (DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD)", s);
        return -1;
    }
    return 0;
}

static void
vis_milli(int64_t v, char *ud, size_t n)
{
    struct sag_broek b = { v, 1000 };
    char tmp[SAG_BROEK_STR_LEN];

    (void)sag_broek_format_decimal(b, 3, ',', tmp);
    (void)snprintf(ud, n, "%s", tmp);
}

int
sag__cmd_satser(int argc, char **argv)
{
    struct sag_satser s;
    const char *dir = NULL;
    int rc = SAG_EXIT_BRUG;
    int i = 1;

    if (argc >= 3 && strcmp(argv[1], "--data") == 0) {
        dir = argv[2];
        i = 3;
    }
    if (i >= argc || hjaelp_bedt(argc, argv, i)) {
        hjaelp(i >= argc ? stderr : stdout);
        return i >= argc ? SAG_EXIT_BRUG : SAG_EXIT_OK;
    }
    sag_satser_init(&s);
    if (sag__indlaes_satser(sag__data_dir(dir), &s) != SAG_OK) {
        rc = SAG_EXIT_AFVIST;
        goto out;
    }
    argc -= i;
    argv += i;
    if (strcmp(argv[0], "tjek") == 0 && argc == 1) {
        (void)printf("satser: %zu rækker\n"
                     "kapitaliseringstabeller: %zu\n"
                     "kapitaliseringsakter (tabelvalg): %zu rækker\n"
                     "folkepensionsalder: %zu rækker\n"
                     "checksum: %s\n",
                     s.antal_satser, s.antal_kap_tabeller, s.antal_kap_akter,
                     s.antal_fp_aldre, sag_satser_checksum(&s));
        rc = SAG_EXIT_OK;
    } else if (strcmp(argv[0], "sats") == 0 && (argc == 3 || argc == 4)) {
        const struct sag_sats *r;
        int64_t aar;
        char v[64];

        if (sag_parse_i64(argv[2], 1900, 2200, &aar) != SAG_OK) {
            sag__fejl("'%s' er ikke et år", argv[2]);
            rc = SAG_EXIT_AFVIST;
            goto out;
        }
        if (sag_satser_sats(&s, argv[1], (int)aar, argc == 4 ? argv[3] : "",
                            &r) != SAG_OK) {
            sag__fejl("ingen sats '%s' for %lld", argv[1], (long long)aar);
            rc = SAG_EXIT_AFVIST;
            goto out;
        }
        if (r->enhed == SAG_ENHED_KR) {
            char p[SAG_PENGE_STR_LEN];

            sag_penge_format_dk(sag_penge_oere(r->vaerdi), p);
            (void)snprintf(v, sizeof(v), "%s", p);
        } else {
            vis_milli(r->vaerdi, v, sizeof(v));
            (void)snprintf(v + strlen(v), sizeof(v) - strlen(v), " %%");
        }
        (void)printf("%s %d: %s\nhjemmel: %s\nkilde: %s (satser.tsv linje "
                     "%d)\n",
                     r->navn, r->aar, v, r->paragraf, r->kilde, r->linje);
        rc = SAG_EXIT_OK;
    } else if (strcmp(argv[0], "folkepensionsalder") == 0 &&
               (argc == 2 || argc == 3)) {
        struct sag_dato foedt, opslag;
        const struct sag_fp_alder *r;

        if (dato_arg(argv[1], &foedt) != 0 ||
            (argc == 3 && dato_arg(argv[2], &opslag) != 0)) {
            rc = SAG_EXIT_AFVIST;
            goto out;
        }
        if (argc == 2)
            opslag = SAG_DATO_MAX;
        if (sag_satser_folkepensionsalder(&s, foedt, opslag, &r) != SAG_OK) {
            sag__fejl("ingen regel for denne fødselsdato og dato");
            rc = SAG_EXIT_AFVIST;
            goto out;
        }
        (void)printf("%d år og %d måneder (%s)\nhjemmel: %s\n",
                     r->maaneder / 12, r->maaneder % 12, r->label, r->lov);
        rc = SAG_EXIT_OK;
    } else if (strcmp(argv[0], "faktor") == 0 && (argc == 5 || argc == 6)) {
        struct sag_dato skade, kap, foedt;
        const struct sag_kap_akt *a;
        const struct sag_kap_tabel *t;
        enum sag_koen koen = SAG_KOEN_ALLE;
        int64_t alder, f;
        enum sag_status st;
        char v[64];

        if (dato_arg(argv[1], &skade) != 0 || dato_arg(argv[2], &kap) != 0 ||
            dato_arg(argv[3], &foedt) != 0) {
            rc = SAG_EXIT_AFVIST;
            goto out;
        }
        /* Issue 16, item 8: a refused age says why. */
        if (sag_parse_i64(argv[4], 0, 120, &alder) != SAG_OK) {
            sag__fejl("ALDER: skal være et helt antal år 0-120");
            rc = SAG_EXIT_AFVIST;
            goto out;
        }
        if (argc == 6)
            koen = strcmp(argv[5], "mand") == 0     ? SAG_KOEN_MAND
                   : strcmp(argv[5], "kvinde") == 0 ? SAG_KOEN_KVINDE
                                                    : SAG_KOEN_ALLE;
        st = sag_satser_kap_tabel(&s, skade, kap, foedt, koen, &a, &t);
        if (st == SAG_EMISSING) {
            sag__fejl("tabellerne er opdelt efter køn: angiv mand eller "
                      "kvinde");
            rc = SAG_EXIT_AFVIST;
            goto out;
        }
        if (st != SAG_OK) {
            sag__fejl("ingen tabel for disse datoer (%s)", sag_status_str(st));
            rc = SAG_EXIT_AFVIST;
            goto out;
        }
        if (sag_kap_tabel_faktor(t, (int)alder, &f) != SAG_OK) {
            sag__fejl("tabel %s i %s går fra alder %d til %d", t->tabel, t->akt,
                      t->alder_min, t->alder_max);
            rc = SAG_EXIT_AFVIST;
            goto out;
        }
        vis_milli(f, v, sizeof(v));
        (void)printf("faktor: %s\nakt: %s (%s)\ntabel: %s, udbetales til "
                     "%d år og %d måneder\n",
                     v, a->akt, a->titel, t->tabel, t->udbetales_til_mdr / 12,
                     t->udbetales_til_mdr % 12);
        rc = SAG_EXIT_OK;
    } else {
        hjaelp(stderr);
    }
out:
    sag_satser_release(&s);
    return rc;
}
