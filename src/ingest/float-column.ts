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

  /**
   * The values pushed so far: a view when the buffer is mostly full (at most a third unused, as
   * SeriesBuilder hands its arrays over), else a right-sized copy. Call it once, when done pushing.
   */
  toArray(): Float64Array {
    return this.size * 4 >= this.data.length * 3
      ? this.data.subarray(0, this.size)
      : this.data.slice(0, this.size);
  }
}
