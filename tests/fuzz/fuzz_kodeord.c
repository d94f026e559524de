/*
 * Fuzz the checks of untrusted account input (src/konto): the password
 * policy (UTF-8 decoding, the lists, the name comparison), the account
 * name, and the otpauth URI. Any input must give SAG_OK or a clean
 * refusal naming its field; never a crash, undefined behaviour or an
 * assertion. The input is split at its first NUL: name, then password.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/konto.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *buf = malloc(size + 2), uri[256];
    const char *navn, *kodeord;
    struct sag_diag d;
    size_t n;

    if (buf == NULL)
        return 0;
    memcpy(buf, data, size);
    buf[size] = '\0';
    buf[size + 1] = '\0';
    navn = buf;
    n = strlen(buf);
    kodeord = buf + n + 1;
    if (sag_konto_kodeord_tjek(navn, kodeord, &d) != SAG_OK && d.felt[0] != '/')
        abort();
    if (sag_konto_navn_tjek(navn, &d) == SAG_OK &&
        sag_konto_otpauth(navn, kodeord, uri, &d) == SAG_OK &&
        strncmp(uri, "otpauth://totp/Skadesag:", 24) != 0)
        abort();
    free(buf);
    return 0;
}
