/*
 * The key ring file (noegle.h, docs/sikkerhed.md): read, checked like
 * ssh checks a private key (a regular file of the user's, no access for
 * group or others), and created or rotated. Keys live in sodium_malloc'ed
 * memory and are wiped when freed.
 */
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "skadesag/noegle.h"

#include "../base/banned.h"

#define MAERKE "skadesag-noegle/1"

enum sag_status
sag_noeglering_sti(const char *valgt, char *ud, size_t n, struct sag_diag *d)
{
    const char *e = getenv("SKADESAG_NOEGLEFIL"), *x, *h;
    int k;

    if (valgt != NULL && valgt[0] != '\0')
        k = snprintf(ud, n, "%s", valgt);
    else if (e != NULL && e[0] != '\0')
        k = snprintf(ud, n, "%s", e);
    else if ((x = getenv("XDG_CONFIG_HOME")) != NULL && x[0] == '/')
        k = snprintf(ud, n, "%s/skadesag/noegler", x);
    else if ((h = getenv("HOME")) != NULL && h[0] != '\0')
        k = snprintf(ud, n, "%s/.config/skadesag/noegler", h);
    else
        return sag_diag_set(d, SAG_EMISSING, "/noeglefil",
                            "nøglefil mangler: angiv --noeglefil eller "
                            "SKADESAG_NOEGLEFIL");
    if (k < 0 || (size_t)k >= n)
        return sag_diag_set(d, SAG_ETOOBIG, "/noeglefil",
                            "nøglefilens sti er for lang");
    return SAG_OK;
}

void
sag_noeglering_frigiv(struct sag_noeglering *r)
{
    if (r == NULL)
        return;
    if (r->k != NULL)
        sodium_free(r->k);
    free(r);
}

const struct sag_noegle *
sag_noeglering_aktuel(const struct sag_noeglering *r)
{
    return r != NULL && r->n > 0 ? &r->k[r->n - 1] : NULL;
}

const struct sag_noegle *
sag_noeglering_find(const struct sag_noeglering *r, int nr)
{
    for (size_t i = 0; r != NULL && i < r->n; i++)
        if (r->k[i].nr == nr)
            return &r->k[i];
    return NULL;
}

static bool
hex32(const char *t, unsigned char ud[32])
{
    size_t len = 0;

    return strlen(t) == 64 &&
           sodium_hex2bin(ud, 32, t, 64, NULL, &len, NULL) == 0 && len == 32;
}

/* One line "skadesag-noegle/1 NR OPRETTET MAC SEED" into k. */
static bool
laes_linje(char *linje, struct sag_noegle *k)
{
    char *felt[6], *gem = NULL, *p = linje;
    unsigned char seed[32];
    size_t n = 0;
    char *slut;
    long nr;

    while (n < 6 && (felt[n] = strtok_r(p, " \t\r\n", &gem)) != NULL) {
        p = NULL;
        n++;
    }
    if (n != 5 || strcmp(felt[0], MAERKE) != 0)
        return false;
    errno = 0;
    nr = strtol(felt[1], &slut, 10);
    if (errno != 0 || *slut != '\0' || nr < 1 || nr > 1000000 ||
        strlen(felt[2]) >= sizeof(k->oprettet))
        return false;
    k->nr = (int)nr;
    (void)snprintf(k->oprettet, sizeof(k->oprettet), "%s", felt[2]);
    if (!hex32(felt[3], k->mac) || !hex32(felt[4], seed))
        return false;
    (void)crypto_sign_seed_keypair(k->sign_pk, k->sign_sk, seed);
    sodium_memzero(seed, sizeof(seed));
    return true;
}

enum sag_status
sag_noeglering_laes(const char *sti, struct sag_noeglering **ud,
                    struct sag_diag *d)
{
    struct sag_noeglering *r;
    struct stat sb;
    char linje[512];
    int fd, linjenr = 0;
    FILE *f;

    if (sodium_init() < 0)
        return sag_diag_set(d, SAG_EINTERNAL, "", "libsodium starter ikke");
    if ((fd = open(sti, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)) < 0) {
        if (errno == ENOENT)
            return sag_diag_set(d, SAG_ENOTFOUND, "/noeglefil",
                                "nøglefilen %s findes ikke; opret den med "
                                "'skadesag noegle ny'",
                                sti);
        return sag_diag_set(d, SAG_EIO, "/noeglefil",
                            "nøglefilen %s kan ikke åbnes: %s", sti,
                            strerror(errno));
    }
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        (void)close(fd);
        return sag_diag_set(d, SAG_EDENIED, "/noeglefil",
                            "nøglefilen %s er ikke en almindelig fil", sti);
    }
    if ((sb.st_mode & 077) != 0 || sb.st_uid != geteuid()) {
        (void)close(fd);
        return sag_diag_set(d, SAG_EDENIED, "/noeglefil",
                            "nøglefilen %s må kun kunne læses af sin ejer "
                            "(tilstand %04o); kør chmod 600 %s",
                            sti, (unsigned)(sb.st_mode & 07777), sti);
    }
    if ((f = fdopen(fd, "r")) == NULL) {
        (void)close(fd);
        return sag_diag_set(d, SAG_EIO, "/noeglefil",
                            "nøglefilen %s kan ikke læses", sti);
    }
    if ((r = calloc(1, sizeof(*r))) == NULL ||
        (r->k = sodium_malloc(SAG_NOEGLE_MAX * sizeof(*r->k))) == NULL) {
        free(r);
        (void)fclose(f);
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    }
    (void)snprintf(r->sti, sizeof(r->sti), "%s", sti);
    while (fgets(linje, sizeof(linje), f) != NULL) {
        const char *p = linje;

        linjenr++;
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == '#' || *p == '\n' || *p == '\0')
            continue;
        if (r->n == SAG_NOEGLE_MAX || !laes_linje(linje, &r->k[r->n]) ||
            (r->n > 0 && r->k[r->n].nr <= r->k[r->n - 1].nr)) {
            sodium_memzero(linje, sizeof(linje));
            (void)fclose(f);
            sag_noeglering_frigiv(r);
            return sag_diag_set(d, SAG_EINVAL, "/noeglefil",
                                "nøglefilen %s: linje %d er ikke en nøgle "
                                "(%s NR OPRETTET HMAC SEED, stigende numre)",
                                sti, linjenr, MAERKE);
        }
        r->n++;
    }
    sodium_memzero(linje, sizeof(linje));
    (void)fclose(f);
    if (r->n == 0) {
        sag_noeglering_frigiv(r);
        return sag_diag_set(d, SAG_EINVAL, "/noeglefil",
                            "nøglefilen %s har ingen nøgler", sti);
    }
    *ud = r;
    return SAG_OK;
}

enum sag_status
sag_noeglering_ny(const char *sti, bool roter, const char *tid, int *nr,
                  struct sag_diag *d)
{
    struct sag_noeglering *r = NULL;
    unsigned char mac[32], seed[32];
    char mhex[65], shex[65], linje[256], mappe[4096];
    int ny = 1, fd, k;
    char *skraa;
    enum sag_status st;

    if (sodium_init() < 0)
        return sag_diag_set(d, SAG_EINTERNAL, "", "libsodium starter ikke");
    if (roter) {
        if ((st = sag_noeglering_laes(sti, &r, d)) != SAG_OK)
            return st;
        ny = sag_noeglering_aktuel(r)->nr + 1;
        if (r->n == SAG_NOEGLE_MAX) {
            sag_noeglering_frigiv(r);
            return sag_diag_set(d, SAG_ETOOBIG, "/noeglefil",
                                "nøglefilen %s har allerede %d nøgler", sti,
                                SAG_NOEGLE_MAX);
        }
        sag_noeglering_frigiv(r);
    } else {
        (void)snprintf(mappe, sizeof(mappe), "%s", sti);
        if ((skraa = strrchr(mappe, '/')) != NULL && skraa != mappe) {
            *skraa = '\0';
            if (mkdir(mappe, 0700) != 0 && errno == ENOENT) {
                /* one level more: ~/.config/skadesag */
                char *op = strrchr(mappe, '/');

                if (op != NULL && op != mappe) {
                    *op = '\0';
                    (void)mkdir(mappe, 0700);
                    *op = '/';
                }
                (void)mkdir(mappe, 0700);
            }
        }
    }
    randombytes_buf(mac, sizeof(mac));
    randombytes_buf(seed, sizeof(seed));
    (void)sodium_bin2hex(mhex, sizeof(mhex), mac, sizeof(mac));
    (void)sodium_bin2hex(shex, sizeof(shex), seed, sizeof(seed));
    k = snprintf(linje, sizeof(linje), "%s%s %d %s %s %s\n",
                 roter ? ""
                       : "# skadesag nøglering: hemmelig, chmod 600 "
                         "(docs/sikkerhed.md)\n",
                 MAERKE, ny, tid, mhex, shex);
    sodium_memzero(mac, sizeof(mac));
    sodium_memzero(seed, sizeof(seed));
    sodium_memzero(mhex, sizeof(mhex));
    sodium_memzero(shex, sizeof(shex));
    fd = open(sti,
              roter ? O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC
                    : O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
              0600);
    if (fd < 0) {
        sodium_memzero(linje, sizeof(linje));
        if (errno == EEXIST)
            return sag_diag_set(d, SAG_ECONFLICT, "/noeglefil",
                                "nøglefilen %s findes allerede; brug "
                                "'skadesag noegle roter' for en ny nøgle",
                                sti);
        return sag_diag_set(d, SAG_EIO, "/noeglefil",
                            "nøglefilen %s kan ikke skrives: %s", sti,
                            strerror(errno));
    }
    if (k < 0 || write(fd, linje, (size_t)k) != (ssize_t)k || fsync(fd) != 0) {
        sodium_memzero(linje, sizeof(linje));
        (void)close(fd);
        return sag_diag_set(d, SAG_EIO, "/noeglefil",
                            "nøglefilen %s kan ikke skrives", sti);
    }
    sodium_memzero(linje, sizeof(linje));
    if (close(fd) != 0)
        return sag_diag_set(d, SAG_EIO, "/noeglefil",
                            "nøglefilen %s kan ikke skrives", sti);
    *nr = ny;
    return SAG_OK;
}
