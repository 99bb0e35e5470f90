// SHA-256 compression with the x86-64 SHA extensions (SHA-NI).
//
// sha256rnds2 runs two rounds on the working words packed as ABEF and CDGH (lane 3
// holds A, resp. C); sha256msg1/sha256msg2 compute the message schedule four words at a
// time. Functions carry their own target attributes, so the rest of the build needs no
// special flags and the code is only reached after a CPUID check.
#include "CSHA256.h"

// FIPS 180-4 §4.2.2: the first 32 bits of the fractional parts of the cube roots of the
// first 64 primes.
static const uint32_t round_constants[64] __attribute__((aligned(16))) = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

const uint32_t *chronicle_sha256_round_constants(void) { return round_constants; }

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <cpuid.h>
#include <immintrin.h>

int chronicle_sha256_hw_available(void) {
  unsigned int a, b, c, d;
  if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
  const int ssse3 = (c >> 9) & 1, sse41 = (c >> 19) & 1;
  if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
  const int sha = (b >> 29) & 1;
  return ssse3 && sse41 && sha;
}

__attribute__((target("sha,sse4.1,ssse3")))
void chronicle_sha256_blocks_hw(uint32_t state[8], const uint8_t *data, size_t count) {
  // Byte order: message words are big-endian.
  const __m128i swap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
  // state[0..3] = A B C D, state[4..7] = E F G H (lane 0 first) → ABEF and CDGH.
  __m128i abcd = _mm_loadu_si128((const __m128i *)&state[0]);
  __m128i efgh = _mm_loadu_si128((const __m128i *)&state[4]);
  abcd = _mm_shuffle_epi32(abcd, 0xB1);                 // B A D C
  efgh = _mm_shuffle_epi32(efgh, 0x1B);                 // H G F E
  __m128i abef = _mm_alignr_epi8(abcd, efgh, 8);        // F E B A
  __m128i cdgh = _mm_blend_epi16(efgh, abcd, 0xF0);     // H G D C

  for (; count > 0; count--, data += 64) {
    const __m128i abef_in = abef, cdgh_in = cdgh;
    __m128i w[4];
    for (int i = 0; i < 4; i++) {
      w[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16 * i)), swap);
    }
    // Sixteen groups of four rounds; from the fifth on, the group's four schedule words
    // replace the oldest ones: W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16].
    for (int g = 0; g < 16; g++) {
      __m128i *cur = &w[g & 3];
      if (g >= 4) {
        const __m128i prev = w[(g + 3) & 3], prev2 = w[(g + 2) & 3];
        __m128i t = _mm_sha256msg1_epu32(*cur, w[(g + 1) & 3]);
        t = _mm_add_epi32(t, _mm_alignr_epi8(prev, prev2, 4));
        *cur = _mm_sha256msg2_epu32(t, prev);
      }
      __m128i kw = _mm_add_epi32(*cur, _mm_load_si128((const __m128i *)&round_constants[4 * g]));
      cdgh = _mm_sha256rnds2_epu32(cdgh, abef, kw);
      kw = _mm_shuffle_epi32(kw, 0x0E);
      abef = _mm_sha256rnds2_epu32(abef, cdgh, kw);
    }
    abef = _mm_add_epi32(abef, abef_in);
    cdgh = _mm_add_epi32(cdgh, cdgh_in);
  }

  // Back to A B C D / E F G H.
  const __m128i ab_ef = _mm_shuffle_epi32(abef, 0x1B);  // A B E F
  const __m128i gh_cd = _mm_shuffle_epi32(cdgh, 0xB1);  // G H C D
  abcd = _mm_blend_epi16(ab_ef, gh_cd, 0xF0);           // A B C D
  efgh = _mm_alignr_epi8(gh_cd, ab_ef, 8);              // E F G H
  _mm_storeu_si128((__m128i *)&state[0], abcd);
  _mm_storeu_si128((__m128i *)&state[4], efgh);
}

#else

int chronicle_sha256_hw_available(void) { return 0; }

void chronicle_sha256_blocks_hw(uint32_t state[8], const uint8_t *data, size_t count) {
  (void)state; (void)data; (void)count;
}

#endif
