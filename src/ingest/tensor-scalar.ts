/** The fields of a decoded `tensorboard.TensorProto` that a scalar can live in (snake_case, as in the .proto). */
export interface TensorLike {
  dtype?: number;
  tensor_shape?: { dim?: { size?: unknown }[] } | null;
  tensor_content?: Uint8Array;
  float_val?: number[];
  double_val?: number[];
  half_val?: number[];
  int_val?: number[];
  int64_val?: unknown[];
  bool_val?: boolean[];
}

// DataType values from types.proto.
const DT_FLOAT = 1;
const DT_DOUBLE = 2;
const DT_INT32 = 3;
const DT_INT64 = 9;
const DT_BOOL = 10;
const DT_BFLOAT16 = 14;
const DT_HALF = 19;

/** An int64 as protobufjs decodes it (a Long object, or a number when Long is absent) to a number. */
export function int64ToNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v && typeof (v as { toNumber?: unknown }).toNumber === 'function')
    return (v as { toNumber(): number }).toNumber();
  return Number(v);
}

/** Number of elements the shape holds (1 for rank 0), or -1 when a dimension is unknown. */
function elementCount(t: TensorLike): number {
  let n = 1;
  for (const d of t.tensor_shape?.dim ?? []) {
    const size = int64ToNumber(d.size ?? 0);
    if (size < 0) return -1;
    n *= size;
  }
  return n;
}

/** IEEE 754 binary16 bits to a number. */
function halfToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >>> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024);
  if (exp === 31) return frac ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}

const scratch = new DataView(new ArrayBuffer(4));
function bfloat16ToNumber(b: number): number {
  scratch.setUint32(0, (b & 0xffff) << 16);
  return scratch.getFloat32(0);
}

/**
 * The single number a one-element numeric tensor holds (how TF2 / Keras write scalars: rank 0,
 * DT_FLOAT, in `float_val` or as little-endian `tensor_content`), or undefined for anything else
 * (strings, images, histograms, hparams, empty tensors).
 */
export function tensorScalar(t: TensorLike): number | undefined {
  if (elementCount(t) !== 1) return undefined;
  const content = t.tensor_content;
  const raw =
    content && content.length > 0
      ? new DataView(content.buffer, content.byteOffset, content.length)
      : undefined;
  switch (t.dtype) {
    case DT_FLOAT:
      return raw ? (raw.byteLength >= 4 ? raw.getFloat32(0, true) : undefined) : t.float_val?.[0];
    case DT_DOUBLE:
      return raw ? (raw.byteLength >= 8 ? raw.getFloat64(0, true) : undefined) : t.double_val?.[0];
    case DT_HALF: {
      const bits = raw ? (raw.byteLength >= 2 ? raw.getUint16(0, true) : undefined) : t.half_val?.[0];
      return bits === undefined ? undefined : halfToNumber(bits);
    }
    case DT_BFLOAT16: {
      const bits = raw ? (raw.byteLength >= 2 ? raw.getUint16(0, true) : undefined) : t.half_val?.[0];
      return bits === undefined ? undefined : bfloat16ToNumber(bits);
    }
    case DT_INT32:
      return raw ? (raw.byteLength >= 4 ? raw.getInt32(0, true) : undefined) : t.int_val?.[0];
    case DT_INT64: {
      if (raw) return raw.byteLength >= 8 ? Number(raw.getBigInt64(0, true)) : undefined;
      const v = t.int64_val?.[0];
      return v === undefined ? undefined : int64ToNumber(v);
    }
    case DT_BOOL: {
      if (raw) return raw.getUint8(0) ? 1 : 0;
      const v = t.bool_val?.[0];
      return v === undefined ? undefined : v ? 1 : 0;
    }
    default:
      return undefined;
  }
}
