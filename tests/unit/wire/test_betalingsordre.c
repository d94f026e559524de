/*
 * Tests for src/wire/betalingsordre.c: the pain.001.001.03 file and the
 * insurers' instructions. The amounts and sums are worked by hand here.
 *
 * With SKADESAG_PAIN001_XSD set to the official schema (tests/udbetaling/
 * xsd.sh fetches it), the written document is validated with
 * `xmllint --noout --schema`.
 */
#include <stdlib.h>
#include <unistd.h>

#include "testutil.h"

#include "skadesag/betalingsordre.h"

/* Synthetic CPR numbers (not valid persons). */
static const struct sag_ordre ordrer[] = {
    { "S-2025-000001-E1-Y1",
      "S-2025-000001",
      2026,
      1,
      { 1234567 },
      "AES",
      "0101700000",
      { 0 },
      { 0 } },
    { "S-2025-000002-E1-Y1",
      "S-2025-000002",
      2026,
      1,
      { 100 },
      "AES",
      "0202800000",
      { 0 },
      { 0 } },
    { "S-2025-000003-E2-Y1",
      "S-2025-000003",
      2026,
      1,
      { 99999 },
      "AES",
      "0303900000",
      { 0 },
      { 0 } },
};

static const struct sag_pain001_hoved hoved = {
    "UDB-2026-01-K1",
    "2026-01-20T10:00:00",
    "Arbejdsmarkedets Erhvervssikring",
    "DK5000400440116243",
    "",
    { 20473 } /* 20.01.2026 */
};

static void
test_beloeb(void **state)
{
    char b[32];

    (void)state;
    sag_ordre_beloeb(sag_penge_oere(1234567), b);
    assert_string_equal(b, "12345.67");
    sag_ordre_beloeb(sag_penge_oere(5), b);
    assert_string_equal(b, "0.05");
    sag_ordre_beloeb(sag_penge_oere(-100), b);
    assert_string_equal(b, "-1.00");
    sag_ordre_beloeb(sag_penge_oere(INT64_MIN), b);
    assert_string_equal(b, "-92233720368547758.08");
}

static void
test_pain001(void **state)
{
    struct sag_buf b;
    struct sag_diag d;
    const char *x;

    (void)state;
    sag_buf_init(&b, SAG_BUF_MAX_DEFAULT);
    sag_diag_init(&d);
    assert_ok(sag_pain001_skriv(&hoved, ordrer, 3, &b, &d));
    x = b.buf;
    assert_non_null(
        strstr(x, "<Document "
                  "xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\">"));
    /* 12.345,67 + 1,00 + 999,99 = 13.346,66 kr. */
    assert_non_null(strstr(x, "<NbOfTxs>3</NbOfTxs>"));
    assert_non_null(strstr(x, "<CtrlSum>13346.66</CtrlSum>"));
    assert_non_null(strstr(x, "<ReqdExctnDt>2026-01-20</ReqdExctnDt>"));
    assert_non_null(strstr(x, "<InstdAmt Ccy=\"DKK\">12345.67</InstdAmt>"));
    assert_non_null(
        strstr(x, "<EndToEndId>S-2025-000002-E1-Y1/2026-01</EndToEndId>"));
    assert_non_null(strstr(x, "<Prtry>NEMKONTO</Prtry>"));
    /* No BIC given: the agent is an empty FinInstnId. */
    assert_null(strstr(x, "<BIC>"));

    const char *xsd = getenv("SKADESAG_PAIN001_XSD");
    if (xsd != NULL && xsd[0] != '\0') {
        char sti[] = "/tmp/pain001_XXXXXX";
        int fd = mkstemp(sti);
        char kmd[512];

        assert_true(fd >= 0);
        assert_true(write(fd, b.buf, b.len) == (ssize_t)b.len);
        close(fd);
        (void)snprintf(kmd, sizeof kmd,
                       "xmllint --noout --schema '%s' '%s' 2>&1", xsd, sti);
        int rc = system(kmd);
        unlink(sti);
        assert_int_equal(rc, 0);
        print_message("# pain.001 valideret mod %s\n", xsd);
    }
    sag_buf_release(&b);
}

static void
test_pain001_afvist(void **state)
{
    struct sag_buf b;
    struct sag_diag d;
    struct sag_ordre o = ordrer[0];
    struct sag_pain001_hoved h = hoved;

    (void)state;
    sag_buf_init(&b, SAG_BUF_MAX_DEFAULT);
    sag_diag_init(&d);
    assert_status(sag_pain001_skriv(&hoved, ordrer, 0, &b, &d), SAG_EINVAL);
    assert_string_equal(d.felt, "/ordrer");
    o.beloeb.oere = 0;
    assert_status(sag_pain001_skriv(&hoved, &o, 1, &b, &d), SAG_EINVAL);
    assert_string_equal(d.felt, "/ordrer/beloeb");
    o = ordrer[0];
    o.ydelse_id = "S-2025-000001-E1-Y1-aaaaaaaaaaaaaaaaaa";
    assert_status(sag_pain001_skriv(&hoved, &o, 1, &b, &d), SAG_EINVAL);
    assert_string_equal(d.felt, "/ordrer/ydelse_id");
    h.afsender_iban = "";
    assert_status(sag_pain001_skriv(&h, ordrer, 1, &b, &d), SAG_EMISSING);
    assert_string_equal(d.felt, "/afsender_iban");
    assert_int_equal(b.len, 0);
    sag_buf_release(&b);
}

static void
test_instruks(void **state)
{
    struct sag_buf b;

    (void)state;
    sag_buf_init(&b, SAG_BUF_MAX_DEFAULT);
    sag_instruks_csv(ordrer, 2, &b);
    assert_string_equal(
        b.buf, "ydelse_id;sag_id;maaned;beloeb_oere;beloeb_kr;modtager_cpr\n"
               "S-2025-000001-E1-Y1;S-2025-000001;2026-01;1234567;12345.67;"
               "0101700000\n"
               "S-2025-000002-E1-Y1;S-2025-000002;2026-01;100;1.00;"
               "0202800000\n");
    sag_buf_reset(&b);
    sag_instruks_json("UDB-2026-01-K1", "Tryg", ordrer, 1, &b);
    assert_string_equal(
        b.buf,
        "{\"format\":\"skadesag-udbetalingsinstruks/1\",\"koersel\":"
        "\"UDB-2026-01-K1\",\"betaler\":\"Tryg\",\"antal\":1,\"sum_oere\":"
        "1234567,\"ordrer\":[\n{\"ydelse_id\":\"S-2025-000001-E1-Y1\","
        "\"sag_id\":\"S-2025-000001\",\"maaned\":\"2026-01\",\"beloeb_oere\":"
        "1234567,\"modtager_cpr\":\"0101700000\"}]}\n");
    sag_buf_release(&b);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_beloeb),
        cmocka_unit_test(test_pain001),
        cmocka_unit_test(test_pain001_afvist),
        cmocka_unit_test(test_instruks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
