const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/**
 * Bytes in the binary unit a reader thinks in: `812 B`, `3.2 KiB`, `64 MiB`, `1.0 GiB`.
 * Without `digits`, whole amounts have no decimals and others one; with it, every amount above
 * a KiB has exactly that many (`2.00 GiB`, as PyTorch writes sizes).
 */
export function formatBytes(bytes: number, digits?: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const decimals = unit === 0 ? 0 : (digits ?? (Number.isInteger(value) ? 0 : 1));
  return `${value.toFixed(decimals)} ${UNITS[unit]}`;
}
