/*
 * Functions we do not use (after git's banned.h). Including this header turns
 * any use into a compile error that names the reason. Every source file
 * includes it last, after the system headers.
 */
#ifndef SAG_BANNED_H
#define SAG_BANNED_H

#define SAG_BANNED(func) sorry_##func##_is_a_banned_function

/* Unbounded or truncating string copies: use struct sag_buf. */
#undef strcpy
#define strcpy(x, y) SAG_BANNED(strcpy)
#undef strcat
#define strcat(x, y) SAG_BANNED(strcat)
#undef strncpy
#define strncpy(x, y, n) SAG_BANNED(strncpy)
#undef strncat
#define strncat(x, y, n) SAG_BANNED(strncat)

/* Unbounded formatting: use snprintf or sag_buf_addf. */
#undef sprintf
#define sprintf(...) SAG_BANNED(sprintf)
#undef vsprintf
#define vsprintf(...) SAG_BANNED(vsprintf)

/* Hidden state and unbounded input. */
#undef strtok
#define strtok(x, y) SAG_BANNED(strtok)
#undef gets
#define gets(x) SAG_BANNED(gets)

/* Silent number parsing: use sag_parse_i64. */
#undef atoi
#define atoi(x) SAG_BANNED(atoi)
#undef atol
#define atol(x) SAG_BANNED(atol)
#undef atof
#define atof(x) SAG_BANNED(atof)

/* Time zones and static buffers: dates are civil dates (struct sag_dato). */
#undef gmtime
#define gmtime(x) SAG_BANNED(gmtime)
#undef localtime
#define localtime(x) SAG_BANNED(localtime)
#undef ctime
#define ctime(x) SAG_BANNED(ctime)
#undef asctime
#define asctime(x) SAG_BANNED(asctime)

/* Races. */
#undef mktemp
#define mktemp(x) SAG_BANNED(mktemp)

/* Locale must never change our output (STYLE.md rule 21). */
#undef setlocale
#define setlocale(x, y) SAG_BANNED(setlocale)

#endif /* SAG_BANNED_H */
