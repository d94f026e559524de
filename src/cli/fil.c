/*
 * File input for the command line: whole files into a capped sag_buf, and the
 * rate tables from the data directory.
 */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "skadesag/satser_fil.h"
#include "sag_config.h"

#include "../base/banned.h"

void
sag__fejl(const char *fmt, ...)
{
    va_list ap;

    (void)fputs("skadesag: ", stderr);
    va_start(ap, fmt);
    (void)vfprintf(stderr, fmt, ap);
    va_end(ap);
    (void)fputc('\n', stderr);
}

enum sag_status
sag__laes_fil(const char *sti, struct sag_buf *ud)
{
    FILE *f;
    char blok[65536];
    size_t n;
    int fejl;

    f = strcmp(sti, "-") == 0 ? stdin : fopen(sti, "rb");
    if (f == NULL)
        return SAG_EIO;
    while ((n = fread(blok, 1, sizeof(blok), f)) > 0)
        sag_buf_add(ud, blok, n);
    fejl = ferror(f);
    if (f != stdin)
        (void)fclose(f);
    if (fejl)
        return SAG_EIO;
    return sag_buf_status(ud);
}

const char *
sag__data_dir(const char *arg)
{
    const char *env;

    if (arg != NULL)
        return arg;
    env = getenv("SKADESAG_DATA");
    if (env != NULL && env[0] != '\0')
        return env;
    return SAG_DATA_DIR;
}

enum sag_status
sag__indlaes_satser(const char *dir, struct sag_satser *s)
{
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_satser_indlaes_mappe(s, dir, &d);
    if (st != SAG_OK)
        sag__fejl("%s", d.besked);
    return st;
}

struct sag_dato
sag__i_dag(void)
{
    struct sag_dato d = { (int32_t)(time(NULL) / 86400) };

    return d;
}
