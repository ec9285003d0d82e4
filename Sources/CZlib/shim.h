// zlib for the Canvas's fast PNG encoder (deflate level and row filter under our control).
#include <zlib.h>
