/*
 * skadesag ydelser: a case's awards (ydelser) as a timeline and its payment
 * schedule with the ledger (issue 14; docs/udbetaling.md, "Ydelser og
 * regulering"). One use case (sag_tj_udbetalingsplan), rendered by
 * src/visning/ydelser.c. The monthly run is `skadesag udbetaling`.
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "skadesag/arena.h"
#include "skadesag/tjeneste.h"
#include "skadesag/visning.h"
#include "skadesag/ydelse.h"

#include "../base/banned.h"

static void
hjaelp(FILE *f)
{
    (void)fputs(
        "Brug: skadesag ydelser plan SAG [--fra ÅÅÅÅ-MM] [--til ÅÅÅÅ-MM]\n"
        "        [--db STI] [--bruger B] [--rolle R] [--idag D] [--data "
        "MAPPE]\n\n"
        "Sagens ydelser (også fra tidligere sagsgenerationer) som "
        "tidslinje, og\nudbetalingsplanen: pr. måned og ydelse hvad der "
        "er forfaldent (på det\nniveau, der gælder i måneden), hvad der er "
        "betalt, og differencen.\nStandard: fra den første ydelses måned "
        "til måneden for --idag.\n\n"
        "       skadesag ydelser genopbyg [--db STI] [--bruger B] [--rolle R] "
        "[--data MAPPE]\n\n"
        "Ydelser for afgørelser truffet før ydelserne fandtes, dannet fra de "
        "gemte\nafgørelser i sagens rækkefølge (teamleder eller ledelse). "
        "Kan køres igen:\nen ny kørsel tilføjer intet.\n",
        f);
}

static const char *const flag[] = { NULL };

static int
plan(struct sag__session *s, const char *sag_id, const struct sag__valg *v)
{
    const char *fv = sag__val(v, "--fra"), *tv = sag__val(v, "--til");
    struct sag_maaned fra, til = sag_maaned_af(s->tj.idag);
    struct sag_tj_udbetalingsplan u;
    struct sag_arena a;
    struct sag_diag d;
    struct sag_buf b;
    enum sag_status st;
    int rc;

    if (fv != NULL && sag_maaned_parse(fv, &fra) != SAG_OK) {
        sag__fejl("--fra: skal angives som ÅÅÅÅ-MM");
        return SAG_EXIT_BRUG;
    }
    if (tv != NULL && sag_maaned_parse(tv, &til) != SAG_OK) {
        sag__fejl("--til: skal angives som ÅÅÅÅ-MM");
        return SAG_EXIT_BRUG;
    }
    sag_arena_init(&a, 0);
    sag_diag_init(&d);
    /* Without --fra: first ask for the awards (one month), then for the
     * schedule from the earliest award's month. */
    if (fv == NULL) {
        st = sag_tj_udbetalingsplan(&s->tj, sag_id, til, til, &a, &u, &d);
        if (st != SAG_OK) {
            sag_arena_release(&a);
            return sag__fejl_diag(st, &d);
        }
        fra = til;
        for (size_t i = 0; i < u.antal_ydelser; i++)
            if (sag_maaned_cmp(sag_maaned_af(u.ydelser[i].fra), fra) < 0)
                fra = sag_maaned_af(u.ydelser[i].fra);
    }
    st = sag_tj_udbetalingsplan(&s->tj, sag_id, fra, til, &a, &u, &d);
    if (st != SAG_OK) {
        sag_arena_release(&a);
        return sag__fejl_diag(st, &d);
    }
    sag_buf_init(&b, 0);
    sag_buf_addf(&b, "Ydelser i sag %s\n\n", sag_id);
    sag_visning_ydelser(u.ydelser, u.antal_ydelser, &b);
    sag_buf_addf(&b, "\nUdbetalingsplan %s %d til %s %d\n\n",
                 sag_dato_maanedsnavn(fra.maaned), fra.aar,
                 sag_dato_maanedsnavn(til.maaned), til.aar);
    sag_visning_ydelsesbog(u.linjer, u.antal_linjer, &b);
    rc = sag__skriv(&b);
    sag_buf_release(&b);
    sag_arena_release(&a);
    return rc;
}

/* skadesag ydelser genopbyg: the back-fill (sag_tj_ydelser_genopbyg). */
static int
genopbyg(int argc, char **argv)
{
    struct sag__global g = { "skadesag.db", NULL, NULL, NULL, false, false };
    struct sag__valg v;
    struct sag__session s;
    struct sag_tj_genopbyg r;
    struct sag_diag d;
    enum sag_status st;
    int rc;

    if (sag__laes_valg(argc - 2, argv + 2, flag, &v) != 0 || v.antal_pos != 0) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    if (sag__tjek_valg(&v, "genopbyg", " --data ",
                       " --db --bruger --rolle --idag ") != 0)
        return SAG_EXIT_BRUG;
    sag__global_fra_valg(&g, &v);
    if ((rc = sag__session_aabn(&s, &g, false)) != 0)
        return rc;
    if ((rc = sag__session_satser(&s, sag__val(&v, "--data"))) == 0) {
        sag_diag_init(&d);
        st = sag_tj_ydelser_genopbyg(&s.tj, &r, &d);
        if (st != SAG_OK)
            rc = sag__fejl_diag(st, &d);
        else
            (void)printf("Sager: %zu; afgørelser med nye ydelser: %zu; nye "
                         "ydelser: %zu;\nafvist (beregningen giver ikke "
                         "længere det gemte resultat): %zu; sprunget over "
                         "(en senere afgørelse har ydelser): %zu\n",
                         r.sager, r.afgoerelser, r.ydelser, r.afvist,
                         r.sprunget_over);
    }
    sag__session_luk(&s);
    return rc;
}

int
sag__cmd_ydelser(int argc, char **argv)
{
    struct sag__global g = { "skadesag.db", NULL, NULL, NULL, false, false };
    struct sag__valg v;
    struct sag__session s;
    int rc;

    for (int j = 1; j < argc; j++)
        if (strcmp(argv[j], "--help") == 0) {
            hjaelp(stdout);
            return SAG_EXIT_OK;
        }
    if (argc >= 2 && strcmp(argv[1], "genopbyg") == 0)
        return genopbyg(argc, argv);
    if (argc < 2 || strcmp(argv[1], "plan") != 0 ||
        sag__laes_valg(argc - 2, argv + 2, flag, &v) != 0 || v.antal_pos != 1) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    if (sag__tjek_valg(&v, "plan", " --fra --til --data ",
                       " --db --bruger --rolle --idag ") != 0)
        return SAG_EXIT_BRUG;
    sag__global_fra_valg(&g, &v);
    if ((rc = sag__session_aabn(&s, &g, false)) != 0)
        return rc;
    if ((rc = sag__session_satser(&s, sag__val(&v, "--data"))) == 0)
        rc = plan(&s, v.pos[0], &v);
    sag__session_luk(&s);
    return rc;
}
