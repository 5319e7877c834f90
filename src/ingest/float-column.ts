/** A growable column of float64 values: amortised O(1) push, trimmed to a Float64Array at the end. */
export class FloatColumn {
  private data: Float64Array;
  private size = 0;

  constructor(capacity = 64) {
    this.data = new Float64Array(capacity);
  }

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    if (this.size === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = value;
  }

  /** The value at `i` (0 <= i < length). */
  at(i: number): number {
    return this.data[i] as number;
  }

  /** A right-sized copy of the values pushed so far. */
  toArray(): Float64Array {
    return this.data.slice(0, this.size);
  }
}
