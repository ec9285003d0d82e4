#include "ByteClasses.h"
#include <stdio.h>
/* Every byte value in every lane, and random blocks: the NEON masks against the scalar reference. */
int main(void) {
    uint8_t b[64]; unsigned long long s = 7; int bad = 0, n = 0;
    for (int round = 0; round < 256 + 100000; round++) {
        for (int k = 0; k < 64; k++) {
            if (round < 256) b[k] = (uint8_t)(round + k * 37);
            else { s = s * 6364136223846793005ULL + 1442695040888963407ULL; b[k] = (uint8_t)(s >> 33); }
        }
        BLByteClasses m = bl_byte_classes(b), r = bl_byte_classes_scalar(b);
        if (m.word != r.word || m.lower != r.lower || m.t != r.t || m.dash != r.dash) bad++;
        n++;
    }
    printf("%d blocks, %d differ\n", n, bad);
    return bad != 0;
}
