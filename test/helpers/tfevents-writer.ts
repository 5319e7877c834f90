// A small hand-written encoder of TensorBoard event files for tests and benches: the records
// real writers produce for scalars (simple_value, or a rank-0 DT_FLOAT tensor as TF2/Keras write),
// framed as TFRecords. Field numbers follow src/ingest/proto/event.proto and summary.proto.
import { concatBytes } from '../../src/ingest/concat-bytes.js';
import { maskedCrc32c } from '../../src/ingest/crc32c.js';
import { encodeTfRecord } from '../../src/ingest/tfrecord.js';

const utf8 = new TextEncoder();
const scratch = new DataView(new ArrayBuffer(8));

/** Protobuf wire-format writer over a plain array (cheap to create: no ArrayBuffer per message). */
class Proto {
  readonly b: number[] = [];

  varint(v: number): this {
    let x = v;
    while (x > 0x7f) {
      this.b.push((x % 128) | 0x80);
      x = Math.floor(x / 128);
    }
    this.b.push(x);
    return this;
  }
  private raw(bytes: ArrayLike<number>): this {
    for (let i = 0; i < bytes.length; i++) this.b.push(bytes[i] as number);
    return this;
  }
  double(field: number, v: number): this {
    scratch.setFloat64(0, v, true);
    return this.varint((field << 3) | 1).raw(new Uint8Array(scratch.buffer, 0, 8));
  }
  float(field: number, v: number): this {
    scratch.setFloat32(0, v, true);
    return this.varint((field << 3) | 5).raw(new Uint8Array(scratch.buffer, 0, 4));
  }
  uint(field: number, v: number): this {
    return this.varint(field << 3).varint(v);
  }
  bytes(field: number, bytes: ArrayLike<number>): this {
    return this.varint((field << 3) | 2)
      .varint(bytes.length)
      .raw(bytes);
  }
  message(field: number, m: Proto): this {
    return this.bytes(field, m.b);
  }
  string(field: number, s: string): this {
    return this.bytes(field, utf8.encode(s));
  }
}

export interface ScalarEvent {
  tag: string;
  step: number;
  value: number;
  wallTime?: number;
  /** Write the value as a rank-0 DT_FLOAT tensor (TF2 / Keras) instead of `simple_value`. */
  asTensor?: 'tensor_content' | 'float_val';
  /** Plugin name in the value's metadata (TF2 writes `scalars` on every value). */
  plugin?: string;
}

/** The bytes of one `Event` holding one scalar `Summary.Value`. */
export function scalarEventBytes(e: ScalarEvent): Uint8Array {
  const value = new Proto().string(1, e.tag);
  if (e.plugin) value.message(9, new Proto().message(1, new Proto().string(1, e.plugin)));
  if (e.asTensor) {
    scratch.setFloat32(0, e.value, true);
    const f = new Uint8Array(scratch.buffer.slice(0, 4));
    // DT_FLOAT = 1, an empty (rank-0) shape, then float_val (field 5, packed) or tensor_content (4).
    const tensor = new Proto().uint(1, 1).bytes(2, []);
    tensor.bytes(e.asTensor === 'float_val' ? 5 : 4, f);
    value.message(8, tensor);
  } else {
    value.float(2, e.value);
  }
  const event = new Proto().double(1, e.wallTime ?? 1_700_000_000 + e.step);
  if (e.step !== 0) event.uint(2, e.step);
  return Uint8Array.from(event.message(5, new Proto().message(1, value)).b);
}

/** The `file_version` header event every writer but CatBoost puts first. */
export function headerEventBytes(wallTime = 1_700_000_000): Uint8Array {
  return Uint8Array.from(new Proto().double(1, wallTime).string(3, 'brain.Event:2').b);
}

/** A whole event file: a header record (unless `header: false`) and one record per scalar. */
export function eventFile(events: ScalarEvent[], options: { header?: boolean } = {}): Uint8Array {
  const records = events.map((e) => encodeTfRecord(scalarEventBytes(e)));
  if (options.header !== false) records.unshift(encodeTfRecord(headerEventBytes()));
  return concatBytes(records);
}

/** The bench's loss curve: exponential decay to a floor, with a deterministic wiggle. */
export function benchLoss(i: number, count: number): number {
  return 2.3 * Math.exp((-5 * i) / count) + 0.05 + 0.01 * Math.sin(i);
}

/**
 * A TensorBoard event file of `count` scalars (tag `train/loss`, steps 0..count-1, values
 * {@link benchLoss}), yielded in chunks of about `chunkBytes`, so a million-scalar file can be
 * written or parsed without holding it whole. Records are framed in place (fast enough for 1M).
 */
export function* scalarEventFileChunks(count: number, chunkBytes = 1 << 20): Generator<Uint8Array> {
  yield encodeTfRecord(headerEventBytes());
  // Every event has the same layout; only step (a varint), wall time and value change.
  const tag = utf8.encode('train/loss');
  let chunk = new Uint8Array(chunkBytes + 256);
  let view = new DataView(chunk.buffer);
  let at = 0;
  for (let i = 0; i < count; i++) {
    const p = new Proto().double(1, 1_700_000_000 + i);
    if (i !== 0) p.uint(2, i);
    p.message(5, new Proto().message(1, new Proto().bytes(1, tag).float(2, benchLoss(i, count))));
    const n = p.b.length;
    view.setUint32(at, n, true);
    view.setUint32(at + 4, 0, true);
    view.setUint32(at + 8, maskedCrc32c(chunk, at, at + 8), true);
    for (let k = 0; k < n; k++) chunk[at + 12 + k] = p.b[k] as number;
    view.setUint32(at + 12 + n, maskedCrc32c(chunk, at + 12, at + 12 + n), true);
    at += 16 + n;
    if (at >= chunkBytes || i === count - 1) {
      yield chunk.subarray(0, at);
      chunk = new Uint8Array(chunkBytes + 256);
      view = new DataView(chunk.buffer);
      at = 0;
    }
  }
}
