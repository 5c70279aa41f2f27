// Byte sizes as a visitor's browser receives them, shared by the build report, the budget check
// and the benchmark.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Raw, gzip (level 9, as servers precompress) and brotli (quality 11) sizes of some bytes. */
export function sizesOf(code) {
  const bytes = Buffer.from(code);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function kilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
