// Only GEOS's reentrant (_r) API is visible to Swift: every call takes a context handle.
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>
