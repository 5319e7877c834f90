/**
 * Keeps the last `capacity` lines pushed into it, in order, in O(capacity) memory.
 * Throws RangeError when capacity is not a positive integer.
 */
export class TailBuffer {
  private readonly items: string[] = [];
  private next = 0;
  private total = 0;

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`TailBuffer capacity must be a positive integer, got ${capacity}`);
    }
  }

  push(line: string): void {
    if (this.items.length < this.capacity) this.items.push(line);
    else this.items[this.next] = line;
    this.next = (this.next + 1) % this.capacity;
    this.total++;
  }

  /** How many lines were ever pushed. */
  get count(): number {
    return this.total;
  }

  /** The kept lines, oldest first. */
  lines(): string[] {
    if (this.items.length < this.capacity) return this.items.slice();
    return [...this.items.slice(this.next), ...this.items.slice(0, this.next)];
  }
}
