// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), table-driven, slicing by 8: the
// checksum TFRecord framing uses. Written here rather than pulled in: it is 40 lines and sits
// on the hot path of reading a million-record event file.

const POLY = 0x82f63b78;

/** 8 tables of 256 entries: TABLE[k * 256 + b] is the CRC of byte b followed by k zero bytes. */
const TABLE = (() => {
  const t = new Int32Array(8 * 256);
  for (let b = 0; b < 256; b++) {
    let c = b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
    t[b] = c;
  }
  for (let b = 0; b < 256; b++) {
    let c = t[b] as number;
    for (let k = 1; k < 8; k++) {
      c = (t[c & 0xff] as number) ^ (c >>> 8);
      t[k * 256 + b] = c;
    }
  }
  return t;
})();

/** CRC-32C of `bytes[start, end)`, as an unsigned 32-bit integer. */
export function crc32c(bytes: Uint8Array, start = 0, end = bytes.length): number {
  return crc32cOf(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), start, end);
}

/**
 * CRC-32C of the bytes [start, end) of `view`, as an unsigned 32-bit integer: for a caller that
 * checks many short records in one buffer and makes its view once. Throws RangeError past the view.
 */
export function crc32cOf(view: DataView, start: number, end: number): number {
  const t = TABLE;
  let crc = -1;
  let i = start;
  // Slicing by 8: one table look-up per byte, but no dependency chain between them; each four
  // bytes read by one little-endian load.
  for (; i + 8 <= end; i += 8) {
    const a = crc ^ view.getInt32(i, true);
    const b = view.getInt32(i + 4, true);
    crc =
      (t[1792 + (a & 0xff)] as number) ^
      (t[1536 + ((a >>> 8) & 0xff)] as number) ^
      (t[1280 + ((a >>> 16) & 0xff)] as number) ^
      (t[1024 + (a >>> 24)] as number) ^
      (t[768 + (b & 0xff)] as number) ^
      (t[512 + ((b >>> 8) & 0xff)] as number) ^
      (t[256 + ((b >>> 16) & 0xff)] as number) ^
      (t[b >>> 24] as number);
  }
  // Slicing by 4 once, so at most three bytes go one at a time.
  if (i + 4 <= end) {
    const a = crc ^ view.getInt32(i, true);
    crc =
      (t[768 + (a & 0xff)] as number) ^
      (t[512 + ((a >>> 8) & 0xff)] as number) ^
      (t[256 + ((a >>> 16) & 0xff)] as number) ^
      (t[a >>> 24] as number);
    i += 4;
  }
  for (; i < end; i++) crc = (t[(crc ^ view.getUint8(i)) & 0xff] as number) ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** TFRecord's masked CRC: rotate right by 15 and add a constant, so CRCs of CRCs stay strong. */
export function maskedCrc32c(bytes: Uint8Array, start = 0, end = bytes.length): number {
  return mask(crc32c(bytes, start, end));
}

/** maskedCrc32c of the bytes [start, end) of `view` (crc32cOf). */
export function maskedCrc32cOf(view: DataView, start: number, end: number): number {
  return mask(crc32cOf(view, start, end));
}

function mask(crc: number): number {
  return ((((crc >>> 15) | (crc << 17)) >>> 0) + 0xa282ead8) >>> 0;
}
