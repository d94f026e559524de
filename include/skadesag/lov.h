/*
 * The law's numbers and dates, each named once with its source, and the
 * table of sources from which every citation (the `hjemmel` of a trace step
 * or a deadline) is built.
 *
 * Every layer may include this header: it needs only dato.h, and all it
 * defines are compile-time constants, string literals and one read-only
 * table, so it is pure and thread-safe. Dates are `struct sag_dato` values
 * written as SAG_DATO(year, month, day) (days since 1970-01-01); compare
 * them as `d.dage >= SAG_LOV_DATO_REFORM_2024.dage`.
 *
 * Sources below are the documents in ../shared/spec: `law_facts` is
 * shared/spec/rules/law_facts.md (and law_facts_2.md); "the guidance" is
 * Arbejdsskadestyrelsen's "Vejledning om erstatning for tab af
 * erhvervsevne", VEJ nr. 9946 af 24/11/2014 (shared/spec/sources/002_…,
 * line numbers Lnnnn). What could not be confirmed from those sources is
 * said where it matters and listed as an open question in
 * docs/rules_map.md.
 */
#ifndef SAG_LOV_H
#define SAG_LOV_H

#include <stdbool.h>
#include <stddef.h>

#include "skadesag/dato.h"

/* ------------------------------------------------------------------------
 * Sources. Each act's number and date is written here once; citations are
 * string literals concatenated from these, so they cost nothing at run time
 * and outlive every trace. No retsinformation ELI address is used: none of
 * the acts cited below has its ELI address in the sources (the one ELI
 * address seen there, eli/lta/2018/1232, is a regulation act the engine does
 * not cite).
 * ------------------------------------------------------------------------ */

/* The 2003 act, in force 1 January 2004 (law_facts 1.1 [OFFICIAL]: "Lov nr.
 * 422 af 10. juni 2003, jf. lovbekendtgørelse nr. 919 af 25. juni 2024";
 * guidance kapitel 1, L35). Which consolidated act (lovbekendtgørelse)
 * carries the text for a given case is not determined by the sources, so
 * the act is cited by its own number (docs/rules_map.md Q-27). */
#define SAG_KILDE_ASL "lov nr. 422 af 10. juni 2003 om arbejdsskadesikring"

/* § 17 a (fleksjob and ledighedsydelse), in force 1 January 2006 (law_facts
 * 1.8 [OFFICIAL], retsinformation id=30396; guidance 8.1, L3891). */
#define SAG_KILDE_LOV_1388_2005 "lov nr. 1388 af 21. december 2005"

/* § 17, stk. 7 and 8: "pensionsalderen" instead of 63 years, a start date
 * in every decision, cessation at folkepensionsalderen; for accidents and
 * notifications from 1 July 2007 (guidance 2.8, L1171-1176; 2.11,
 * L1314-1318). */
#define SAG_KILDE_LOV_496_2007 "lov nr. 496 af 6. juni 2007"

/* The 1992 act's cessation ages after the pension-age change of 1 July 1999
 * ("§ 15 og § 17 i ændringslov nummer 288 af 12. maj 1999", guidance 2.11,
 * L1347-1348). */
#define SAG_KILDE_LOV_288_1999 "lov nr. 288 af 12. maj 1999"

/* The 2020 changes (accident concept, § 16 deadlines also for recognitions),
 * in force 1 January 2020 by its § 4, stk. 1 (law_facts 1.3 [OFFICIAL],
 * LBK 977/2019 as printed on ft.dk). */
#define SAG_KILDE_LOV_550_2019 "lov nr. 550 af 7. maj 2019"

/* The 2024 reform "Et forbedret arbejdsskadesystem …", mostly in force
 * 1 July 2024 (law_facts 2.1 [OFFICIAL], at.dk and AES). */
#define SAG_KILDE_LOV_1541_2023 "lov nr. 1541 af 12. december 2023"

/* The act in force for a case whose key date is on or after 1 July 2024. */
#define SAG_KILDE_ASL_REFORM                                                   \
    SAG_KILDE_ASL ", som ændret ved " SAG_KILDE_LOV_1541_2023

/* The act for injuries before 1 January 2004, which the guidance calls
 * "1992-loven" (2.11, L1327) without number or date. Its title is lov om
 * arbejdsskadeforsikring (retsinformation id=53768: lov nr. 79 af 8. marts
 * 1978, as consolidated in 1984); which later consolidation the guidance
 * means is not in the sources, so no number is cited (docs/rules_map.md
 * */
#define SAG_KILDE_LOV_1992 "lov om arbejdsskadeforsikring (1992-loven)"

/* Årsløn from 1 July 2024: "faktiske samlede indkomst", omregning and
 * opregulering (law_facts 1.11 [OFFICIAL], at.dk). */
#define SAG_KILDE_BEK_581_2024                                                 \
    "bekendtgørelse nr. 581 af 30. maj 2024 om fastsættelse af årsløn"

/* The guidance: its page footers read "VEJ nr 9946 af 24/11/2014" and it is
 * signed "Arbejdsskadestyrelsen, den 24. november 2014" (L2639, L7949).
 * Cited by section number (afsnit X.Y, as the guidance numbers them) and by
 * example number (eksempel X.Y). */
#define SAG_KILDE_VEJ                                                          \
    "Vejledning om erstatning for tab af erhvervsevne (VEJ nr. 9946 af "       \
    "24. november 2014)"

/* Højesteret on § 17 a losses under 15 % (law_facts 2.3): the 2024 judgment
 * [OFFICIAL, domstol.dk and ast.dk]; the 2025 judgment [SECONDARY, lrp.dk;
 * its case number was not found, so it is identified by the judgment it
 * decided on appeal: Østre Landsret 10 March 2023, BS-23290/2022]. */
#define SAG_KILDE_HR_2024 "Højesterets dom af 9. april 2024 (BS-50553/2023-HJR)"
#define SAG_KILDE_HR_2025                                                      \
    "Højesterets dom af 17. januar 2025 (anke af Østre Landsrets dom af "    \
    "10. marts 2023, BS-23290/2022)"

/* The Ankestyrelse decisions the guidance relies on, cited as the guidance
 * cites them ("PA" + number and year; "U" before numbers from before 2009,
 * guidance kapitel 1, L86-87). */
#define SAG_KILDE_PA_155_10 "Ankestyrelsens principafgørelse 155-10"
#define SAG_KILDE_PA_U_25_02 "Ankestyrelsens principafgørelse U-25-02"

/* AES' annual report for 2020 (shared/spec/sources/000_…): the deadlines
 * and how they changed on 1 January 2020 (L554-595). */
#define SAG_KILDE_AES_BERETNING_2020                                           \
    "Arbejdsmarkedets Erhvervssikring, bestyrelsens beretning for 2020"

/* Ankestyrelsen on reopening under the act (law_facts_2 6 [OFFICIAL]). */
#define SAG_KILDE_AST_GENOPTAGELSE                                             \
    "Ankestyrelsen, \"Genoptagelse efter arbejdsskadeloven\" "                 \
    "(https://ast.dk/arbejdsskade/hvad-handler-klagen-om/genoptagelse/"        \
    "genoptagelse-efter-arbejdsskadeloven)"

/* AES on the pension-age rise of 1 July 2009 for injuries from 2004
 * (law_facts_2 4 [OFFICIAL]): those "som tidligere har fået erstatning til de
 * fylder 65 år" get it extended to folkepensionsalderen. */
#define SAG_KILDE_AES_PENSIONSALDER_2009                                       \
    "Arbejdsmarkedets Erhvervssikring, \"Tidligere ændringer af "             \
    "pensionsalderen (2009)\" (https://aes.dk/da/Temaer/Forhojet-"             \
    "pensionsalder/Tidligere%20aendringer%20af%20pensionsalderen%20(2009)."    \
    "aspx)"

/* AES on appeals (law_facts_2 5 [OFFICIAL]): "Fristen er på 4 uger, efter at
 * afgørelsen er modtaget (§ 44, stk. 3, 1. pkt.)"; "Vi beregner derfor din
 * frist for at klage fra den første hverdag efter datoen på afgørelsen";
 * "Hvis din frist for at klage udløber en lørdag, søndag eller helligdag,
 * forlænges den til første hverdag derefter". */
#define SAG_KILDE_AES_KLAGE                                                    \
    "Arbejdsmarkedets Erhvervssikring, \"Klagemuligheder\" "                   \
    "(https://www.aes.dk/sagsforloeb/klage)"

/* The pension ages (data/folkepensionsalder.tsv, law_facts 5). */
#define SAG_KILDE_SOCIAL_PENSION "lov om social pension § 1 a"

/* The sources above as a table, for listing and for the tests that check
 * that every source carries what identifies it: an act's number and date, a
 * judgment's date and case number, a decision's number, or an address. */
struct sag_lov_kilde {
    const char *id;     /* stable id, e.g. "lov-1541-2023" */
    const char *tekst;  /* the citation form used in output */
    bool identificeret; /* false: the sources lack its number and date */
};

/* The table and its length. Static storage; never NULL. */
const struct sag_lov_kilde *sag_lov_kilder(size_t *antal);

/* ------------------------------------------------------------------------
 * Dates. Each is the first day a rule applies, by the case's key date (the
 * accident date, or the notification date for an occupational disease —
 * guidance 2.2, L388; 2.6, L904; 2.8, L1175; 2.11, L1317-1321) unless said
 * otherwise.
 * ------------------------------------------------------------------------ */

/* ASL 2003 replaces the 1992 act (SAG_KILDE_ASL; guidance kapitel 1: "Den
 * 1. januar 2004 trådte nuværende arbejdsskadesikringslov i kraft", L35). */
#define SAG_LOV_DATO_ASL_2003 SAG_DATO(2004, 1, 1)

/* § 17 a applies (SAG_KILDE_LOV_1388_2005; guidance 8.1, L3891: "Den 1.
 * januar 2006 trådte ændringslov nummer 1388 af 21. december 2005 i kraft"). */
#define SAG_LOV_DATO_17A SAG_DATO(2006, 1, 1)

/* SAG_KILDE_LOV_496_2007 applies: "ulykker sket 1. juli 2007 eller senere og
 * erhvervssygdomme anmeldt 1. juli 2007 eller senere" (guidance 2.8,
 * L1175-1176; 2.11, L1317-1318); also monthly capitalisation factors. */
#define SAG_LOV_DATO_2007_07 SAG_DATO(2007, 7, 1)

/* 83 % of the årsløn after 8 % arbejdsmarkedsbidrag instead of 80 % (law_facts
 * 0.1: the level is [OFFICIAL] through the published maxima 2020-2024; the
 * date is [SECONDARY], Mineo loebende-eet.md: "01-01-2011: Erstatningsniveau
 * hæves fra 80 % til 83 %"). The amending act was not found. */
#define SAG_LOV_DATO_NIVEAU_2011 SAG_DATO(2011, 1, 1)

/* SAG_KILDE_LOV_550_2019 in force: the 3- and 6-month deadlines count for
 * recognitions too (law_facts 1.3; AES' beretning 2020, L554-558). */
#define SAG_LOV_DATO_2020 SAG_DATO(2020, 1, 1)

/* The reform (SAG_KILDE_LOV_1541_2023): the grid 15, 20, 30 … 100, årsløn
 * from the best of 5 income years, the new minimum årsløn, no statutory
 * decision deadlines, a 14-day reply deadline for professional parties, and
 * for reopening requests received from this date new information
 * (law_facts 2.1). */
#define SAG_LOV_DATO_REFORM_2024 SAG_DATO(2024, 7, 1)

/* The 1992 act's afløsningsbeløb after SAG_KILDE_LOV_288_1999: who had
 * turned 60 by this date, or was decided before it, keeps 67 and 2 ×
 * (guidance 2.11, L1327-1348). Compared with the birthday and the decision
 * date, not the key date. */
#define SAG_LOV_DATO_1999_07 SAG_DATO(1999, 7, 1)

/* The Supreme Court judgments (SAG_KILDE_HR_2024, SAG_KILDE_HR_2025). */
#define SAG_LOV_DATO_HR_2024 SAG_DATO(2024, 4, 9)
#define SAG_LOV_DATO_HR_2025 SAG_DATO(2025, 1, 17)

/* ------------------------------------------------------------------------
 * The loss of earning capacity (percent).
 * ------------------------------------------------------------------------ */

/* No compensation for a loss under 15 %: "Hvis tabet af erhvervsevne er
 * mindre end 15 procent, ydes der ikke erstatning (§ 17, stykke 1, 2. led)"
 * (guidance 2.1, L164-165; AES, law_facts 1.7). Applied to the unrounded
 * loss. */
#define SAG_LOV_TAERSKEL_PCT 15

/* Under § 17 a a clear and lasting loss of at least 5 % (and under 15 %)
 * gives 15 %; under 5 % is "bagatelagtigt" (SAG_KILDE_HR_2025; the 2024
 * judgment awarded 15 % for 10,3 %; law_facts 2.3). */
#define SAG_LOV_HR_NEDRE_PCT 5

/* A full loss: the level of § 17, stk. 6 is for "fuldstændigt tab" and no
 * loss is fixed above it. */
#define SAG_LOV_FULDT_TAB_PCT 100

/* Before 1 July 2024 the loss is fixed in 5 % steps from 15 %: "procenterne
 * 15, 20, 25, 30, 35, 40, 45, 50 og så videre", and a § 17 a loss "afrundes
 * også til procenterne 15, 20, 25, 30, 35 og så videre" (guidance 2.1.7,
 * L334-341). */
#define SAG_LOV_GITTER_TRIN_PCT 5

/* From 1 July 2024: "minimum 15 pct. som i dag og derefter i intervaller fra
 * 20, 30, 40 til 100 pct." (AES on SAG_KILDE_LOV_1541_2023, law_facts 1.7).
 * The rounding onto it is open question Q-01. `sag_lov_gitter_2024` holds
 * the values in increasing order. */
#define SAG_LOV_GITTER_2024_ANTAL 10
extern const int sag_lov_gitter_2024[SAG_LOV_GITTER_2024_ANTAL];

/* ------------------------------------------------------------------------
 * Payment form (ASL § 27; § 17, stk. 7).
 * ------------------------------------------------------------------------ */

/* A final award under 50 % is converted to a capital sum; from 50 % it is
 * paid monthly, and on request the part equal to 50 % is capitalised (§ 27,
 * stk. 1, 1. and 2. pkt.; guidance 2.8, L1147-1158). Before 1 July 2007 a
 * start date was fixed only in final decisions of 50 % or more (guidance
 * 2.6, L900-902): the same boundary between running and capital. */
#define SAG_LOV_KAPITAL_GRAENSE_PCT 50

/* "Er den tilskadekomne mindre end to år fra folkepensionsalderen, når der
 * træffes afgørelse om tab af erhvervsevne, udbetales erstatningen altid som
 * et kapitalbeløb" (AES, law_facts 1.14; guidance 18.6, L7426-7430); the
 * capitalisation acts' særfaktor is for this age. In months; the engine
 * counts "2 years or less" (docs/rules_map.md). */
#define SAG_LOV_FOLKEPENSION_KAPITAL_MDR 24

/* § 17, stk. 7, 2. pkt.: a person who at the injury had reached the age gets
 * only a lump sum of 2 × the yearly compensation, "også selvom erstatningen
 * alene er midlertidig" (guidance 2.8, L1178-1185). The age was 63 until
 * SAG_KILDE_LOV_496_2007 made it "pensionsalderen" (L1171). */
#define SAG_LOV_ENGANGS_ALDER_FOER_2007 63
#define SAG_LOV_ENGANGS_GANGE 2

/* Injuries 1 January 2004 – 30 June 2007: § 17, stk. 8 as then in force
 * ended the running payment with the month of the 65th birthday (guidance
 * 2.11, L1320-1323). Since 1 July 2009 it ends at folkepensionsalderen
 * (SAG_KILDE_AES_PENSIONSALDER_2009; docs/rules_map.md Q-24), which is 65
 * for decisions before that date (data/folkepensionsalder.tsv), so the
 * engine no longer uses this constant; it is kept as the guidance's
 * figure, which the folkepensionsalder table reproduces. */
#define SAG_LOV_OPHOER_ALDER_2004_2007 65

/* The 1992 act (SAG_KILDE_LOV_1992 § 32, stk. 7-8, with
 * SAG_KILDE_LOV_288_1999; guidance 2.11, L1327-1348): who had turned 60 by
 * 1 July 1999 (or was decided before it) is paid until 67 and then 2 × the
 * yearly amount; everyone else until 65 and then 4 ×. */
#define SAG_LOV_1992_SKILLEALDER 60
#define SAG_LOV_1992_OPHOER_ALDER_GL 67
#define SAG_LOV_1992_AFLOESNING_GANGE_GL 2
#define SAG_LOV_1992_OPHOER_ALDER_NY 65
#define SAG_LOV_1992_AFLOESNING_GANGE_NY 4

/* ------------------------------------------------------------------------
 * Årsløn and amounts.
 * ------------------------------------------------------------------------ */

/* From 1 July 2024 the årsløn is the highest of "de seneste 5 indtægtsår
 * forud for arbejdsskadens indtræden" (§ 24, stk. 1 as amended by
 * SAG_KILDE_LOV_1541_2023; law_facts 1.11). */
#define SAG_LOV_AARSLOEN_INDKOMSTAAR 5

/* Before 1 July 2024 the minimum årsløn applies to a person "under 18 år
 * eller under uddannelse" (§ 24, stk. 6, LBK 376/2020; law_facts 1.11). */
#define SAG_LOV_AARSLOEN_MINDSTE_ALDER 18

/* Compensation for a full loss is 83 % of the årsløn (§ 17, stk. 6) after
 * deducting 8 % arbejdsmarkedsbidrag (§ 24, stk. 3), for injuries from
 * SAG_LOV_DATO_NIVEAU_2011; 80 % without deduction before (law_facts 0.1;
 * the 80 % is [SECONDARY], open question Q-05). */
#define SAG_LOV_NIVEAU_PCT 83
#define SAG_LOV_AM_BIDRAG_PCT 8
#define SAG_LOV_NIVEAU_FOER_2011_PCT 80

/* 83 % × (100 − 8) % = 76,36 % = 1909/2500 in lowest terms, the exact factor
 * the engine multiplies by (2024: 608.000 × 0,7636 = 464.268,80, published as
 * 464.269 kr., law_facts 0.1). */
#define SAG_LOV_NIVEAU_NETTO_TAELLER 1909
#define SAG_LOV_NIVEAU_NETTO_NAEVNER 2500
_Static_assert(SAG_LOV_NIVEAU_NETTO_TAELLER * 10000 ==
                   SAG_LOV_NIVEAU_NETTO_NAEVNER * SAG_LOV_NIVEAU_PCT *
                       (100 - SAG_LOV_AM_BIDRAG_PCT),
               "1909/2500 is 83 % of 92 %");

/* Yearly running amounts not divisible by 12 are raised to the nearest
 * amount in kroner divisible by 12 (§ 25, stk. 5, LBK 376/2020; law_facts
 * 1.12), so the monthly amount is whole kroner. */
#define SAG_LOV_DELELIG_KR 12

/* § 28, stk. 1: the compensation is reduced by 2/3 of the value of the
 * tjenestemandspension's increase (law_facts 1.15, verbatim). */
#define SAG_LOV_TJM_FRADRAG_TAELLER 2
#define SAG_LOV_TJM_FRADRAG_NAEVNER 3

/* ------------------------------------------------------------------------
 * Case handling: deadlines.
 * ------------------------------------------------------------------------ */

/* § 16 (before the reform): accidents are to be recognised or rejected
 * within 3 months and diseases within 6 months of receipt; before 1 January
 * 2020 only rejections counted (AES' beretning 2020, L554-558, L582-588). */
#define SAG_LOV_ANERKENDELSE_ULYKKE_MDR 3
#define SAG_LOV_ANERKENDELSE_SYGDOM_MDR 6

/* § 16, stk. 1 (before the reform): a decision within 1 year of the
 * notification, 2 years for a disease put before Erhvervssygdomsudvalget
 * (guidance 2.7, L1043-1045; AES' beretning 2020, L590-595). */
#define SAG_LOV_AFGOERELSE_MDR 12
#define SAG_LOV_AFGOERELSE_ESU_MDR 24

/* The appeal deadline: "Fristen er på 4 uger, efter at afgørelsen er
 * modtaget (§ 44, stk. 3, 1. pkt.)" (AES, law_facts_2 5 [OFFICIAL,
 * paraphrase]; the wording of § 44 was not read, Q-14). In days. */
#define SAG_LOV_KLAGEFRIST_DAGE 28

/* From the reform, professional parties must answer AES within 14 days
 * (law_facts 2.1 item 6, for accidents and notifications from 1 July
 * 2024). */
#define SAG_LOV_SVARFRIST_PROFESSIONEL_DAGE 14

/* Not law but AES' practice for everyone else: 4 weeks (AES' beretning
 * 2020, L266-267 and L625: the deadline for medical information was
 * extended "fra 4 til 8 uger" during COVID-19). */
#define SAG_AES_SVARFRIST_DAGE 28

/* § 42: reopening of the compensation questions within 5 years of the first
 * decision on them (sag_genoptagelse_start; Ankestyrelsen,
 * law_facts_2 6; the wording of § 42 was not read, and the starting point is
 * open question Q-15). */
#define SAG_LOV_GENOPTAGELSE_AAR 5

#endif /* SAG_LOV_H */
