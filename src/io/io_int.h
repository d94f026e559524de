/*
 * Private declarations shared by the library's file readers.
 */
#ifndef SAG_IO_INT_H
#define SAG_IO_INT_H

#include "skadesag/buf.h"

/* Read a whole file into `b` (capped by b->max): SAG_EIO (errno set) or
 * the buffer's status. */
enum sag_status sag__io_laes(const char *sti, struct sag_buf *b);

#endif /* SAG_IO_INT_H */
