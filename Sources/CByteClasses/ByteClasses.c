// The scalar reference of the byte-class masks (see include/ByteClasses.h).
#include "ByteClasses.h"

BLByteClasses bl_byte_classes_scalar(const uint8_t *p) {
    BLByteClasses m = {0, 0, 0, 0};
    for (int k = 0; k < 64; k++) {
        uint8_t b = p[k];
        uint64_t bit = (uint64_t)1 << k;
        int lower = b >= 'a' && b <= 'z';
        int upper = b >= 'A' && b <= 'Z';
        int digit = b >= '0' && b <= '9';
        if (lower || upper || digit || b >= 0x80) m.word |= bit;
        if (lower) m.lower |= bit;
        if (b == 't') m.t |= bit;
        if (b == '-') m.dash |= bit;
    }
    return m;
}
