// proj.h for transformations; geodesic.h for Karney's geodesics (geod_* are not in proj.h).
#include <proj.h>
#include <geodesic.h>
