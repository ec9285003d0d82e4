// Byte classes of 64 bytes of text as bit masks, for the geoparser's word-start finder.
//
// Swift has no way to reach a vector compare's bit mask (pmovmskb on x86, the narrowing shifts on
// ARM); its portable SIMD types scalarise comparisons, and SWAR in 64-bit words costs four times
// the instructions. These functions are `static inline` so Swift's Clang importer inlines them
// into the scanner: no call per block. Bit k of each mask is byte `p[k]`.
#ifndef BORDERLINES_BYTE_CLASSES_H
#define BORDERLINES_BYTE_CLASSES_H

#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__ARM_NEON) && defined(__aarch64__)
#include <arm_neon.h>
#endif

/// Masks of one 64-byte block.
typedef struct {
    /// Word bytes: ASCII letters and digits, and every byte >= 0x80 (a UTF-8 scalar's bytes).
    uint64_t word;
    /// Lower-case ASCII letters a-z.
    uint64_t lower;
    /// The letter 't'.
    uint64_t t;
    /// The hyphen-minus '-'.
    uint64_t dash;
} BLByteClasses;

/// The masks computed one byte at a time: the reference the vector versions are tested against.
BLByteClasses bl_byte_classes_scalar(const uint8_t *p);

#if defined(__SSE2__)
/// Bit k set where byte k of `v` (unsigned) lies in lo...hi.
static inline int bl_sse2_range(__m128i v, uint8_t lo, uint8_t hi) {
    // v - lo, shifted into signed order, below hi - lo + 1: one add and one signed compare.
    __m128i shifted = _mm_add_epi8(v, _mm_set1_epi8((char)(uint8_t)(0x80 - lo)));
    return _mm_movemask_epi8(_mm_cmplt_epi8(shifted, _mm_set1_epi8((char)(uint8_t)(0x80 + (hi - lo) + 1))));
}

/// SSE2 (every x86-64 processor): 16 bytes per step.
static inline BLByteClasses bl_byte_classes(const uint8_t *p) {
    BLByteClasses m = {0, 0, 0, 0};
    for (int i = 0; i < 4; i++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * i));
        __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
        int letter = bl_sse2_range(folded, 'a', 'z');
        int digit = bl_sse2_range(v, '0', '9');
        int high = _mm_movemask_epi8(v);
        int lower = bl_sse2_range(v, 'a', 'z');
        int t = _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('t')));
        int dash = _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('-')));
        unsigned shift = 16u * (unsigned)i;
        m.word |= (uint64_t)(uint16_t)(letter | digit | high) << shift;
        m.lower |= (uint64_t)(uint16_t)lower << shift;
        m.t |= (uint64_t)(uint16_t)t << shift;
        m.dash |= (uint64_t)(uint16_t)dash << shift;
    }
    return m;
}
#elif defined(__ARM_NEON) && defined(__aarch64__)
/// One bit per byte of a 0x00/0xFF comparison result: each byte keeps its own bit weight, and
/// the two halves are summed across (the usual NEON stand-in for x86's movemask).
static inline uint64_t bl_neon_bits(uint8x16_t cmp) {
    static const uint8_t weights[16] = {1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128};
    uint8x16_t bits = vandq_u8(cmp, vld1q_u8(weights));
    return (uint64_t)vaddv_u8(vget_low_u8(bits)) | (uint64_t)vaddv_u8(vget_high_u8(bits)) << 8;
}

/// NEON (every arm64 processor): 16 bytes per step.
static inline BLByteClasses bl_byte_classes(const uint8_t *p) {
    BLByteClasses m = {0, 0, 0, 0};
    for (int i = 0; i < 4; i++) {
        uint8x16_t v = vld1q_u8(p + 16 * i);
        uint8x16_t folded = vorrq_u8(v, vdupq_n_u8(0x20));
        uint8x16_t letter = vcleq_u8(vsubq_u8(folded, vdupq_n_u8('a')), vdupq_n_u8(25));
        uint8x16_t digit = vcleq_u8(vsubq_u8(v, vdupq_n_u8('0')), vdupq_n_u8(9));
        uint8x16_t high = vcgeq_u8(v, vdupq_n_u8(0x80));
        uint8x16_t lower = vcleq_u8(vsubq_u8(v, vdupq_n_u8('a')), vdupq_n_u8(25));
        unsigned shift = 16u * (unsigned)i;
        m.word |= bl_neon_bits(vorrq_u8(vorrq_u8(letter, digit), high)) << shift;
        m.lower |= bl_neon_bits(lower) << shift;
        m.t |= bl_neon_bits(vceqq_u8(v, vdupq_n_u8('t'))) << shift;
        m.dash |= bl_neon_bits(vceqq_u8(v, vdupq_n_u8('-'))) << shift;
    }
    return m;
}
#else
/// Elsewhere: the scalar reference.
static inline BLByteClasses bl_byte_classes(const uint8_t *p) { return bl_byte_classes_scalar(p); }
#endif

#endif
