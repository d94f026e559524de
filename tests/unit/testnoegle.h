/*
 * The tests' key file (docs/sikkerhed.md): the fixed test key ring of
 * tests/noegler/test.noegler written to /tmp with mode 0600 and named by
 * $SKADESAG_NOEGLEFIL, so that a test's store can write (every event is
 * chained with the key) and its hashes are reproducible. Call once at the
 * start of main(); the file is left for the process's lifetime and
 * removed at exit.
 */
#ifndef SAG_TESTNOEGLE_H
#define SAG_TESTNOEGLE_H

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char testnoegle_sti[64];

static void
testnoegle_fjern(void)
{
    (void)unlink(testnoegle_sti);
}

static void
testnoegle_installer(void)
{
    static const char linje[] =
        "skadesag-noegle/1 1 2026-01-01T00:00:00Z "
        "7465737474657374746573747465737474657374746573747465737474657374 "
        "0101010101010101010101010101010101010101010101010101010101010101\n";
    int fd;

    (void)snprintf(testnoegle_sti, sizeof(testnoegle_sti),
                   "/tmp/skadesag-testnoegle-%ld", (long)getpid());
    (void)unlink(testnoegle_sti);
    fd = open(testnoegle_sti, O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0 ||
        write(fd, linje, sizeof(linje) - 1) != (ssize_t)(sizeof(linje) - 1) ||
        close(fd) != 0) {
        (void)fprintf(stderr, "testnøglen kan ikke skrives: %s\n",
                      testnoegle_sti);
        exit(1);
    }
    (void)setenv("SKADESAG_NOEGLEFIL", testnoegle_sti, 1);
    (void)atexit(testnoegle_fjern);
}

#endif /* SAG_TESTNOEGLE_H */
