/*
 * skadesag beregn: compute a decision from a case in JSON.
 *
 *   skadesag beregn [--data MAPPE] [--format json|tekst] [--uden-spor] FIL
 *   skadesag beregn [--data MAPPE] [--uden-spor] --batch FIL.jsonl
 *
 * FIL may be "-" for standard input. A single case prints its result and
 * exits 0, or prints "skadesag: /felt: besked" and exits 1. A batch reads one
 * case per line and writes one JSON result (or error object) per line,
 * streaming, and exits 1 if any case was rejected.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/arena.h"
#include "skadesag/beregning.h"
#include "skadesag/beregning_json.h"
#include "skadesag/visning.h"

#include "../base/banned.h"

static void
hjaelp(FILE *f)
{
    (void)fputs(
        "Brug: skadesag beregn [--data MAPPE] [--format json|tekst] "
        "[--uden-spor] FIL\n"
        "      skadesag beregn [--data MAPPE] [--uden-spor] --batch "
        "FIL.jsonl\n\n"
        "Beregner de objektive dele af en afgørelse om erstatning for tab "
        "af\nerhvervsevne for sagen i FIL (JSON; '-' er standard input). "
        "Felterne er\nbeskrevet i docs/beregning.md.\n\n"
        "  --format tekst   Dansk tekst med \"Sådan har vi beregnet\" i "
        "stedet for JSON\n"
        "  --uden-spor      Udelad sporet (beregningstrinnene)\n"
        "  --batch          Én sag pr. linje ind, ét resultat pr. linje ud "
        "(JSON Lines)\n"
        "  --data MAPPE     Mappe med satstabellerne\n\n"
        "Afslutningskode: 0 beregnet, 1 sagen afvist (fejl i input), 2 "
        "forkert brug,\n3 intern fejl.\n",
        f);
}

/* Compute one case from text; result or error into `ud`. */
static enum sag_status
en_sag(const struct sag_satser *s, const char *tekst, size_t len,
       struct sag_arena *arena, bool med_spor, bool som_tekst,
       struct sag_buf *ud, struct sag_diag *d)
{
    struct sag_beregning_input in;
    struct sag_beregning r;
    struct sag_spor sp;
    enum sag_status st;

    sag_diag_init(d);
    st = sag_beregning_input_fra_json(tekst, len, arena, &in, d);
    if (st != SAG_OK)
        return st;
    sag_spor_init(&sp, arena, med_spor);
    st = sag_beregn(s, &in, &sp, &r, d);
    if (st != SAG_OK)
        return st;
    if (som_tekst)
        sag_beregning_til_tekst(&r, &sp, ud);
    else
        /* The caller's id first, so batch lines can be matched. */
        sag_beregning_til_json_id(in.id, &r, &sp, ud);
    return sag_buf_status(ud) == SAG_OK ? SAG_OK : SAG_ENOMEM;
}

static int
batch(const struct sag_satser *s, const char *sti, bool med_spor)
{
    FILE *f = strcmp(sti, "-") == 0 ? stdin : fopen(sti, "rb");
    struct sag_arena arena;
    struct sag_buf ud;
    struct sag_diag d;
    char *linje = NULL;
    size_t plads = 0;
    ssize_t n;
    long nr = 0, afvist = 0;

    if (f == NULL) {
        sag__fejl("kan ikke åbne %s", sti);
        return SAG_EXIT_FEJL;
    }
    sag_arena_init(&arena, 0);
    sag_buf_init(&ud, 0);
    while ((n = getline(&linje, &plads, f)) > 0) {
        enum sag_status st;

        nr++;
        while (n > 0 && (linje[n - 1] == '\n' || linje[n - 1] == '\r'))
            linje[--n] = '\0';
        if (n == 0)
            continue;
        sag_arena_reset(&arena);
        sag_buf_reset(&ud);
        st = en_sag(s, linje, (size_t)n, &arena, med_spor, false, &ud, &d);
        if (st != SAG_OK) {
            afvist++;
            sag_buf_reset(&ud);
            sag_beregning_fejl_json(st, &d, &ud);
        }
        sag_buf_addc(&ud, '\n');
        if (fwrite(ud.buf, 1, ud.len, stdout) != ud.len) {
            sag__fejl("kan ikke skrive resultatet");
            break;
        }
    }
    free(linje);
    if (f != stdin)
        (void)fclose(f);
    sag_buf_release(&ud);
    sag_arena_release(&arena);
    if (fflush(stdout) != 0)
        return SAG_EXIT_FEJL;
    if (afvist)
        sag__fejl("%ld af %ld sager afvist", afvist, nr);
    return afvist ? SAG_EXIT_AFVIST : SAG_EXIT_OK;
}

int
sag__cmd_beregn(int argc, char **argv)
{
    const char *dir = NULL, *fil = NULL;
    bool som_tekst = false, med_spor = true, er_batch = false;
    struct sag_satser s;
    struct sag_buf ind, ud;
    struct sag_arena arena;
    struct sag_diag d;
    enum sag_status st;
    int rc;

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            hjaelp(stdout);
            return SAG_EXIT_OK;
        } else if (strcmp(argv[i], "--data") == 0 && i + 1 < argc) {
            dir = argv[++i];
        } else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
            i++;
            if (strcmp(argv[i], "tekst") == 0)
                som_tekst = true;
            else if (strcmp(argv[i], "json") != 0) {
                sag__fejl("ukendt format '%s' (json eller tekst)", argv[i]);
                return SAG_EXIT_BRUG;
            }
        } else if (strcmp(argv[i], "--uden-spor") == 0) {
            med_spor = false;
        } else if (strcmp(argv[i], "--batch") == 0) {
            er_batch = true;
        } else if (fil == NULL && (argv[i][0] != '-' || argv[i][1] == '\0')) {
            fil = argv[i];
        } else {
            hjaelp(stderr);
            return SAG_EXIT_BRUG;
        }
    }
    if (fil == NULL || (er_batch && som_tekst)) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    sag_satser_init(&s);
    if (sag__indlaes_satser(sag__data_dir(dir), &s) != SAG_OK) {
        sag_satser_release(&s);
        return SAG_EXIT_FEJL;
    }
    if (er_batch) {
        rc = batch(&s, fil, med_spor);
        sag_satser_release(&s);
        return rc;
    }
    sag_buf_init(&ind, 16 * 1024 * 1024);
    sag_buf_init(&ud, 0);
    sag_arena_init(&arena, 0);
    rc = SAG_EXIT_OK;
    if (sag__laes_fil(fil, &ind) != SAG_OK) {
        sag__fejl("kan ikke læse %s", fil);
        rc = SAG_EXIT_FEJL;
        goto out;
    }
    st = en_sag(&s, ind.buf, ind.len, &arena, med_spor, som_tekst, &ud, &d);
    if (st != SAG_OK) {
        rc = sag__fejl_diag(st, &d);
        goto out;
    }
    if (!som_tekst)
        sag_buf_addc(&ud, '\n');
    if (fwrite(ud.buf, 1, ud.len, stdout) != ud.len || fflush(stdout) != 0)
        rc = SAG_EXIT_FEJL;
out:
    sag_arena_release(&arena);
    sag_buf_release(&ud);
    sag_buf_release(&ind);
    sag_satser_release(&s);
    return rc;
}
