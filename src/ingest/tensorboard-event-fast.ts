/**
 * A hand decoder for the one shape most TensorBoard records have: an Event with `wall_time`
 * (field 1), `step` (2) and a `summary` (5) of Values with an ASCII `tag` (1), a `simple_value`
 * (2), a `node_name` (7) and `metadata` (9) naming a plugin. It reads what protobufjs would, a
 * hundred times cheaper; any other field, wire type or oddity answers `slow`, and the caller
 * decodes that record with protobufjs (tensors, images, headers, graphs, corrupt records ...).
 */
export class FastEventDecoder {
  wallTime = 0;
  step = 0;
  /** Values in the summary, each with a tag, a plugin name ('' for none) and a simple value (or none). */
  count = 0;
  readonly tags: string[] = [];
  readonly plugins: string[] = [];
  readonly simple: number[] = [];
  readonly hasSimple: boolean[] = [];
  private pos = 0;
  /** The floats of the bytes being decoded, read through one DataView per buffer, not one per record. */
  private view: DataView = new DataView(new ArrayBuffer(0));
  private viewOf: Uint8Array | undefined;
  private lastTagBytes: Uint8Array = new Uint8Array(0);
  private lastTag = '';

  /**
   * Decodes the Event in data[start, end). `values`: decoded, with a summary; `none`: a
   * well-formed Event without one; `slow`: use protobufjs.
   */
  decode(data: Uint8Array, start: number, end: number): 'values' | 'none' | 'slow' {
    if (data !== this.viewOf) {
      this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
      this.viewOf = data;
    }
    this.pos = start;
    this.wallTime = 0;
    this.step = 0;
    this.count = 0;
    let summary = false;
    while (this.pos < end) {
      const key = this.varint(data, end);
      if (key < 0) return 'slow';
      if (key === 0x09) {
        if (this.pos + 8 > end) return 'slow';
        this.wallTime = this.view.getFloat64(this.pos, true);
        this.pos += 8;
      } else if (key === 0x10) {
        const step = this.varint(data, end);
        if (step < 0) return 'slow';
        this.step = step;
      } else if (key === 0x2a && !summary) {
        summary = true;
        const len = this.varint(data, end);
        if (len < 0 || this.pos + len > end) return 'slow';
        if (!this.summary(data, this.pos + len)) return 'slow';
      } else {
        return 'slow';
      }
    }
    return summary ? 'values' : 'none';
  }

  /** A varint below 2^49 (exact as a double), or -1 for a longer or truncated one. */
  private varint(data: Uint8Array, end: number): number {
    let x = 0;
    let scale = 1;
    for (let k = 0; k < 7; k++) {
      if (this.pos >= end) return -1;
      const b = data[this.pos++] as number;
      x += (b & 0x7f) * scale;
      if (b < 0x80) return x;
      scale *= 128;
    }
    return -1;
  }

  private summary(data: Uint8Array, end: number): boolean {
    while (this.pos < end) {
      if (data[this.pos++] !== 0x0a) return false;
      const len = this.varint(data, end);
      if (len < 0 || this.pos + len > end) return false;
      if (!this.value(data, this.pos + len)) return false;
    }
    return this.pos === end;
  }

  private value(data: Uint8Array, end: number): boolean {
    const i = this.count;
    let tag = '';
    let plugin = '';
    let simple = 0;
    let hasSimple = false;
    while (this.pos < end) {
      const key = this.varint(data, end);
      if (key === 0x0a || key === 0x3a) {
        const len = this.varint(data, end);
        if (len < 0 || this.pos + len > end) return false;
        if (key === 0x0a) {
          const t = this.ascii(data, this.pos, this.pos + len, true);
          if (t === undefined) return false;
          tag = t;
        }
        this.pos += len;
      } else if (key === 0x15) {
        if (this.pos + 4 > end) return false;
        simple = this.view.getFloat32(this.pos, true);
        hasSimple = true;
        this.pos += 4;
      } else if (key === 0x4a) {
        const len = this.varint(data, end);
        if (len < 0 || this.pos + len > end) return false;
        const name = this.metadata(data, this.pos + len, plugin);
        if (name === undefined) return false;
        plugin = name;
      } else {
        return false;
      }
    }
    if (this.pos !== end) return false;
    this.tags[i] = tag;
    this.plugins[i] = plugin;
    this.simple[i] = simple;
    this.hasSimple[i] = hasSimple;
    this.count = i + 1;
    return true;
  }

  /** SummaryMetadata: the plugin name of its plugin_data (field 1.1); later ones win, as protobuf merges. */
  private metadata(data: Uint8Array, end: number, plugin: string): string | undefined {
    while (this.pos < end) {
      const key = this.varint(data, end);
      if (key !== 0x0a) return undefined;
      const len = this.varint(data, end);
      if (len < 0 || this.pos + len > end) return undefined;
      const stop = this.pos + len;
      while (this.pos < stop) {
        const k = this.varint(data, stop);
        const l = k === 0x0a || k === 0x12 ? this.varint(data, stop) : -1;
        if (l < 0 || this.pos + l > stop) return undefined;
        if (k === 0x0a) {
          const name = this.ascii(data, this.pos, this.pos + l, false);
          if (name === undefined) return undefined;
          plugin = name;
        }
        this.pos += l;
      }
    }
    return this.pos === end ? plugin : undefined;
  }

  /** ASCII bytes as a string (with `cache`, the last tag is reused), or undefined for anything else. */
  private ascii(data: Uint8Array, start: number, end: number, cache: boolean): string | undefined {
    const last = this.lastTagBytes;
    if (cache && last.length === end - start) {
      let same = true;
      for (let k = 0; k < last.length; k++) {
        if (last[k] !== data[start + k]) {
          same = false;
          break;
        }
      }
      if (same) return this.lastTag;
    }
    let s = '';
    for (let k = start; k < end; k++) {
      const c = data[k] as number;
      if (c >= 0x80) return undefined;
      s += String.fromCharCode(c);
    }
    if (cache) {
      this.lastTagBytes = data.slice(start, end);
      this.lastTag = s;
    }
    return s;
  }
}
