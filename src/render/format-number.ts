/** U+2212: an exponent written with it never breaks across lines at its sign, as `e-95` does. */
const MINUS = '\u2212';

/**
 * The one number formatter of every renderer: whole numbers below 10⁹ in full (a step is
 * `1200000` everywhere), 4 significant digits otherwise, exponent notation below 10⁻³ and
 * from 10⁵ with at most 3 significant digits and a minus sign that does not wrap (`6.15e−7`),
 * `–` for null.
 */
export function fmtNum(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  if (Number.isInteger(value) && Math.abs(value) < 1e9) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e5 || Math.abs(value) < 1e-3)) {
    const [mantissa = '', exponent = ''] = value.toExponential(2).split('e');
    const m = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
    return `${m}e${exponent.replace('+', '').replace('-', MINUS)}`;
  }
  return String(Number(value.toPrecision(4)));
}

/** Smallest p-value worth printing: below it the digits are noise from the model's assumptions. */
export const P_FLOOR = 1e-4;

/** `p = 0.037`, `p = 4e−4`, `p < 1e−4`: two significant digits, floored at P_FLOOR. */
export function fmtP(p: number | null | undefined): string {
  if (p === null || p === undefined || Number.isNaN(p)) return 'p –';
  if (p < P_FLOOR) return `p < ${fmtNum(P_FLOOR)}`;
  return `p = ${fmtNum(Number(p.toPrecision(2)))}`;
}
