/*
 * Loading the rate tables from a directory (an I/O adapter around the pure
 * loader in satser.h): reads satser.tsv, kapitaliseringsfaktorer.tsv,
 * kapitalisering_acts.tsv and folkepensionsalder.tsv from `mappe`, loads
 * them in that order and finishes them (sag_satser_klar).
 */
#ifndef SAG_SATSER_FIL_H
#define SAG_SATSER_FIL_H

#include "skadesag/satser.h"
#include "skadesag/status.h"

/* `s` must be freshly initialised. On error diag->besked says which file
 * and why ("satser.tsv:5: …" or "kan ikke læse …"); SAG_EIO for a file that
 * cannot be read. Not thread-safe for the same `s`. */
enum sag_status sag_satser_indlaes_mappe(struct sag_satser *s,
                                         const char *mappe,
                                         struct sag_diag *diag);

#endif /* SAG_SATSER_FIL_H */
