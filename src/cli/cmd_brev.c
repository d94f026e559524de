/*
 * skadesag brev: decision letters (docs/breve.md). `dan` produces a new
 * letter from a case's stored records, `vis` shows a stored letter (and
 * writes its PDF or HTML to a file), `liste` lists a case's letters. The
 * letter module and the application layer do the work.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "skadesag/breve.h"
#include "skadesag/visning.h"

#include "../base/banned.h"

static void
hjaelp(FILE *f)
{
    (void)fputs(
        "Brug: skadesag brev [--db STI] [--bruger B] [--rolle R] "
        "<underkommando> ...\n\n"
        "  dan SAG --type TYPE [--ref ID] [--idag D]\n"
        "      Dan et nyt brev ud fra sagens gemte afgørelse eller "
        "hændelse. TYPE:\n"
        "      anerkendelse, men, erhvervsevnetab (ID: afgørelsen), "
        "genvurdering (ID:\n"
        "      klagen), oplysninger (ID: anmodningen), "
        "fristoverskridelse, partshoering\n"
        "      (dateret --idag). Standard er den seneste. Brevet gemmes "
        "uforanderligt\n"
        "      med en hændelse, der bærer PDF'ens SHA-256.\n\n"
        "  vis BREV [--pdf FIL] [--html FIL]\n"
        "      Vis et gemt brev; skriv dets PDF eller HTML til FIL.\n\n"
        "  liste SAG\n"
        "      Sagens breve, ældste først.\n",
        f);
}

static const char *const flag[] = { NULL };

static int
skriv_fil(const char *sti, const void *data, size_t n)
{
    FILE *f = fopen(sti, "wb");

    if (f == NULL || fwrite(data, 1, n, f) != n) {
        if (f != NULL)
            (void)fclose(f);
        sag__fejl("kan ikke skrive '%s'", sti);
        return SAG_EXIT_FEJL;
    }
    if (fclose(f) != 0) {
        sag__fejl("kan ikke skrive '%s'", sti);
        return SAG_EXIT_FEJL;
    }
    return SAG_EXIT_OK;
}

static void
linje(const struct sag_brev_post *p)
{
    char dato[SAG_DATO_DK_LEN];

    (void)printf("%-22s %-18s %-10s %-22s %7zu  %s\n", p->id, p->type,
                 sag_visning_dato(p->dato, dato),
                 p->afgoerelse_id[0] != '\0' ? p->afgoerelse_id : "-",
                 p->pdf_len, p->sha256);
}

static int
kmd_dan(struct sag__session *s, const struct sag__valg *v, const char *sag)
{
    struct sag_brev_bestilling b = { sag, sag__val(v, "--type"),
                                     sag__val(v, "--ref") };
    struct sag_tj_brev_svar svar;
    struct sag_diag d;
    enum sag_status st;

    if (b.type == NULL) {
        sag__fejl("--type mangler (se 'skadesag brev --help')");
        return SAG_EXIT_BRUG;
    }
    sag_diag_init(&d);
    if ((st = sag_brev_dan(&s->tj, &b, &svar, &d)) != SAG_OK)
        return sag__fejl_diag(st, &d);
    (void)printf("%s %s\n", svar.id, svar.sha256);
    return SAG_EXIT_OK;
}

static int
kmd_vis(struct sag__session *s, const struct sag__valg *v, const char *id)
{
    struct sag_arena a;
    struct sag_brev_post p;
    struct sag_diag d;
    enum sag_status st;
    int rc = SAG_EXIT_OK;

    sag_arena_init(&a, 0);
    sag_diag_init(&d);
    if ((st = sag_tj_brev_hent(&s->tj, id, &a, &p, &d)) != SAG_OK) {
        sag_arena_release(&a);
        return sag__fejl_diag(st, &d);
    }
    linje(&p);
    if (sag__val(v, "--pdf") != NULL)
        rc = skriv_fil(sag__val(v, "--pdf"), p.pdf, p.pdf_len);
    if (rc == SAG_EXIT_OK && sag__val(v, "--html") != NULL)
        rc = skriv_fil(sag__val(v, "--html"), p.html, strlen(p.html));
    sag_arena_release(&a);
    return rc;
}

static int
kmd_liste(struct sag__session *s, const char *sag)
{
    struct sag_arena a;
    struct sag_brev_post *p;
    struct sag_diag d;
    size_t n;
    enum sag_status st;

    sag_arena_init(&a, 0);
    sag_diag_init(&d);
    if ((st = sag_tj_breve(&s->tj, sag, &a, &p, &n, &d)) != SAG_OK) {
        sag_arena_release(&a);
        return sag__fejl_diag(st, &d);
    }
    for (size_t i = 0; i < n; i++)
        linje(&p[i]);
    (void)printf("%zu %s\n", n, n == 1 ? "brev" : "breve");
    sag_arena_release(&a);
    return SAG_EXIT_OK;
}

int
sag__cmd_brev(int argc, char **argv)
{
    struct sag__global g = { "skadesag.db", NULL, NULL, NULL, false, false };
    struct sag__valg v;
    struct sag__session s;
    const char *kmd, *tilladt;
    int i = 1, rc;

    if ((rc = sag__globale_valg(argc, argv, &g, &i, hjaelp)) >= 0)
        return rc;
    if (i >= argc ||
        sag__laes_valg(argc - i - 1, argv + i + 1, flag, &v) != 0 ||
        v.antal_pos != 1) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    kmd = argv[i];
    if (strcmp(kmd, "dan") == 0)
        tilladt = " --type --ref ";
    else if (strcmp(kmd, "vis") == 0)
        tilladt = " --pdf --html ";
    else if (strcmp(kmd, "liste") == 0)
        tilladt = " ";
    else {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    if (sag__tjek_valg(&v, kmd, tilladt, " --db --bruger --rolle --idag ") != 0)
        return SAG_EXIT_BRUG;
    sag__global_fra_valg(&g, &v);
    if ((rc = sag__session_aabn(&s, &g, false)) != 0)
        return rc;
    if (strcmp(kmd, "dan") == 0)
        rc = kmd_dan(&s, &v, v.pos[0]);
    else if (strcmp(kmd, "vis") == 0)
        rc = kmd_vis(&s, &v, v.pos[0]);
    else
        rc = kmd_liste(&s, v.pos[0]);
    sag__session_luk(&s);
    /* The font caches, released so a leak checker sees none. */
    if (strcmp(kmd, "dan") == 0)
        sag_brev_afslut();
    return rc;
}
