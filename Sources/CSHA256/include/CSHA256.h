// SHA-256 block compression with the CPU's SHA instructions (x86-64 SHA extensions).
// Swift has no access to these instructions, hence this small C target; the Swift
// implementation in ChronicleExtraction/Text/SHA256.swift is used wherever they are absent.
#ifndef CHRONICLE_CSHA256_H
#define CHRONICLE_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// The 64 round constants K of SHA-256 (shared with the Swift rounds).
const uint32_t *chronicle_sha256_round_constants(void);

/// 1 if this CPU (and build) can run `chronicle_sha256_blocks_hw`, else 0.
int chronicle_sha256_hw_available(void);

/// Compresses `count` 64-byte blocks at `data` into the eight hash words `state`
/// (FIPS 180-4 order H0…H7). Call only when `chronicle_sha256_hw_available()` is 1.
void chronicle_sha256_blocks_hw(uint32_t state[8], const uint8_t *data, size_t count);

#endif
