#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  REPORT_SCHEMA_VERSION
} from "./chunk-3HTVLBLC.js";
import {
  inferBetter
} from "./chunk-BQVUO3CN.js";
import {
  fmt
} from "./chunk-4CRTBN4C.js";
import {
  mean,
  sampleStandardDeviation
} from "./chunk-M6VOV3UD.js";
import {
  tCdf,
  tQuantile,
  worseStatus,
  zQuantile
} from "./chunk-5PJNC2MI.js";
import {
  InputError
} from "./chunk-I44QFZY6.js";
import {
  finiteOrNull
} from "./chunk-QOWQGCTV.js";

// src/core/stats/seeds-needed.ts
function seedsNeeded(input) {
  const { sd, effect, alpha = 0.05, power = 0.8, arms = 2 } = input;
  if (!(sd >= 0) || !Number.isFinite(sd))
    throw new InputError(`seedsNeeded: sd must be finite and \u2265 0, got ${sd}.`);
  if (!(effect >= 0) || !Number.isFinite(effect)) {
    throw new InputError(`seedsNeeded: effect must be finite and \u2265 0, got ${effect}.`);
  }
  if (effect === 0) return null;
  const za = zQuantile(1 - alpha);
  const zb = zQuantile(power);
  const n = arms * (za + zb) ** 2 * sd * sd / (effect * effect) + za * za / (2 * arms);
  return Math.max(2, Math.ceil(n));
}

// src/core/compare-message.ts
function fmt2(x) {
  return x === null ? "n/a" : String(Number(x.toPrecision(4)));
}
function fmtP(p) {
  return p === null ? "n/a" : p < 1e-4 ? "< 0.0001" : String(Number(p.toPrecision(2)));
}
function estimateSeeds(raw, alpha, power) {
  const distance = Math.abs(raw.tolerance - (raw.degradation ?? 0));
  if (raw.arms === 2) {
    if (raw.seedSd === null) return null;
    const n2 = seedsNeeded({ sd: raw.seedSd, effect: distance, alpha, power, arms: 2 });
    return n2 === null ? null : Math.max(n2, raw.pr.n + 1, raw.reference.n + 1);
  }
  const sd = raw.pr.sd ?? raw.reference.sd;
  if (sd === null) return null;
  const zz = (zQuantile(1 - alpha) + zQuantile(power)) ** 2;
  const effective2 = distance * distance - zz * raw.fixedVariance;
  if (!(effective2 > 0)) return null;
  const n = seedsNeeded({ sd, effect: Math.sqrt(effective2), alpha, power, arms: 1 });
  return n === null ? null : Math.max(n, raw.pr.n + 1);
}
function comparisonMessage(input) {
  const core = meanMessage(input);
  const { tests, seeds } = input.raw;
  const testPart = tests && tests.length > 1 && input.raw.pRegressionBaseSpread !== null ? ` [the PR's seeds scatter, so it is also tested against the base's seed spread: ${tests.map((t) => `${t.test} p = ${fmtP(t.pValue)}`).join(", ")}]` : "";
  const seedPart = seeds?.message ? `; ${seeds.message}` : "";
  return { message: `${core.message}${testPart}${seedPart}`, seedsNeeded: core.seedsNeeded };
}
function meanMessage(input) {
  const { raw, outcome, alpha, power, tested } = input;
  const d = fmt2(raw.degradation);
  const tol = fmt2(raw.tolerance);
  const level = `${Number(((1 - alpha) * 100).toPrecision(4))} %`;
  if (raw.method === "non_finite") {
    const message = raw.pr.nonFinite > 0 ? `regressed: ${raw.pr.nonFinite} of ${raw.pr.nonFinite + raw.pr.n} PR seeds ended NaN or Infinity (the run diverged)` : "inconclusive: the reference has no finite value";
    return { message, seedsNeeded: null };
  }
  if (raw.method === "point") {
    const message = `${outcome}: point comparison, not a test (one value a side and no std): degradation ${d} against tolerance ${tol}; give the reference's std or run more seeds for a test`;
    return { message, seedsNeeded: null };
  }
  const bounds = `degradation ${d}, one-sided ${level} bounds ${fmt2(raw.degradationLower)} and ${fmt2(raw.degradationUpper)}, tolerance ${tol}`;
  const exact = raw.method === "zero_variance" ? " (no seed varies: the difference is exact)" : "";
  if (outcome === "regressed") {
    return {
      message: `regressed: worse by more than the tolerance (${bounds}; p = ${fmtP(input.pRegressionHolm)}${tested > 1 ? `, Holm-adjusted over ${tested} metrics` : ""})${exact}`,
      seedsNeeded: null
    };
  }
  if (outcome === "improved") {
    return { message: `improved: better by more than the tolerance (${bounds})${exact}`, seedsNeeded: null };
  }
  if (outcome === "unchanged") {
    return { message: `unchanged: within the tolerance (${bounds})${exact}`, seedsNeeded: null };
  }
  const seeds = estimateSeeds(raw, alpha, power);
  const holmOnly = raw.pRegression !== null && raw.pRegression < alpha ? `; worse by more than the tolerance on its own (p = ${fmtP(raw.pRegression)}) but not after Holm's adjustment over ${tested} metrics` : "";
  const perSide = raw.arms === 2 ? " a side" : "";
  const head = seeds !== null ? `inconclusive: about ${seeds} seeds${perSide} would decide` : raw.arms === 1 && raw.fixedVariance > 0 && raw.degradation !== raw.tolerance ? "inconclusive: more PR seeds alone would not decide, the reference's own run-to-run uncertainty is too large (give its std and the number of runs)" : "inconclusive: no practical number of seeds would decide";
  return { message: `${head} (${bounds}${holmOnly})`, seedsNeeded: seeds };
}

// src/core/stats/sample-summary.ts
function sampleSummary(values, what = "values") {
  if (values.length === 0) throw new InputError(`${what}: expected at least one value, got none.`);
  for (const v of values) {
    if (!Number.isFinite(v)) throw new InputError(`${what}: expected finite numbers, got ${v}.`);
  }
  const n = values.length;
  const first = values[0];
  if (values.every((v) => v === first)) return { mean: first, sd: n === 1 ? null : 0, n };
  return { mean: mean(values), sd: sampleStandardDeviation(values), n };
}

// src/core/compare-sides.ts
function fromValues(values, what) {
  if (values.length === 0) throw new InputError(`${what}: expected at least one value, got none.`);
  const finite = values.filter(Number.isFinite);
  const nonFinite = values.length - finite.length;
  if (finite.length === 0) return { mean: null, sd: null, n: 0, sdSource: "none", nonFinite, sdDf: 0 };
  const s = sampleSummary(finite, what);
  return {
    mean: s.mean,
    sd: s.sd,
    n: s.n,
    sdSource: s.sd === null ? "none" : "seeds",
    nonFinite,
    sdDf: s.n - 1
  };
}
function prSide(values, metric) {
  return fromValues(values, `PR values of metric '${metric}'`);
}
function referenceSide(ref, metric) {
  const what = `reference of metric '${metric}'`;
  if ("values" in ref) return fromValues(ref.values, `${what} (values)`);
  if (!Number.isFinite(ref.value))
    throw new InputError(`${what}: value must be a finite number, got ${ref.value}.`);
  if (ref.std !== void 0 && !(ref.std >= 0 && Number.isFinite(ref.std))) {
    throw new InputError(`${what}: std must be a finite number \u2265 0, got ${ref.std}.`);
  }
  if (ref.runs !== void 0 && !(Number.isInteger(ref.runs) && ref.runs >= 1)) {
    throw new InputError(`${what}: runs must be a positive integer, got ${ref.runs}.`);
  }
  const n = ref.runs ?? 1;
  if (ref.std === void 0) return { mean: ref.value, sd: null, n, sdSource: "none", nonFinite: 0, sdDf: 0 };
  const sdDf = n >= 2 ? n - 1 : Number.POSITIVE_INFINITY;
  return { mean: ref.value, sd: ref.std, n, sdSource: "given", nonFinite: 0, sdDf };
}
function publicSide(side, sdSource = side.sdSource) {
  return { mean: side.mean, sd: side.sd, n: side.n, sdSource, nonFinite: side.nonFinite };
}

// src/core/stats/incomplete-beta.ts
function logGamma(x) {
  const c = [
    0.9999999999998099,
    676.5203681218851,
    -1259.1392167224028,
    771.3234287776531,
    -176.6150291621406,
    12.507343278686905,
    -0.13857109526572012,
    9984369578019572e-21,
    15056327351493116e-23
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
function betaFraction(x, a, b) {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let num = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + num * d;
    c = 1 + num / c;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = Math.abs(c) < tiny ? tiny : c;
    h *= d * c;
    num = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + num * d;
    c = 1 + num / c;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = Math.abs(c) < tiny ? tiny : c;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}
function regularizedBeta(x, a, b) {
  if (!(x >= 0 && x <= 1) || !(a > 0) || !(b > 0)) {
    throw new InputError(`incomplete beta: need 0 \u2264 x \u2264 1 and a, b > 0, got x = ${x}, a = ${a}, b = ${b}.`);
  }
  if (x === 0 || x === 1) return x;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? front * betaFraction(x, a, b) / a : 1 - front * betaFraction(1 - x, b, a) / b;
}
function fCdf(f, d1, d2) {
  if (!(f > 0)) return 0;
  if (f === Number.POSITIVE_INFINITY) return 1;
  return regularizedBeta(d1 * f / (d1 * f + d2), d1 / 2, d2 / 2);
}

// src/core/seed-findings.ts
var SCATTER_MIN_SD_RATIO = 3;
var SEED_FINDINGS_ALPHA_SHARE = 0.2;
function seedFindings(input) {
  const { pr, base, tolerance, alpha } = input;
  const minRatio = input.scatterMinSdRatio ?? SCATTER_MIN_SD_RATIO;
  if (pr.length < 1 || base.length < 2) return { scatter: null, collapse: null, message: null };
  const b = sampleSummary(base, "base seeds");
  const bSd = b.sd;
  let scatter = null;
  if (pr.length >= 2) {
    const p = sampleSummary(pr, "PR seeds");
    const pSd = p.sd;
    const ratio = bSd > 0 ? pSd / bSd : null;
    const pValue2 = bSd > 0 ? 1 - fCdf(pSd * pSd / (bSd * bSd), p.n - 1, b.n - 1) : null;
    const flagged = ratio !== null && ratio >= minRatio && pValue2 !== null && pValue2 < alpha;
    scatter = { prSd: pSd, baseSd: bSd, sdRatio: ratio, pValue: pValue2, flagged };
  }
  let worst = 0;
  for (let i = 1; i < pr.length; i++) if (pr[i] < pr[worst]) worst = i;
  const value = pr[worst] * (input.orientation ?? 1);
  const degradation = b.mean - pr[worst];
  const scale = bSd * Math.sqrt(1 + 1 / b.n);
  const pOne = scale > 0 ? tCdf(-(degradation - tolerance) / scale, b.n - 1) : null;
  const pValue = pOne === null ? null : Math.min(1, pr.length * pOne);
  const collapse = {
    seed: input.prLabels?.[worst] ?? `#${worst + 1}`,
    value,
    degradation,
    baseSds: bSd > 0 ? degradation / bSd : null,
    pValue,
    flagged: degradation > tolerance && pValue !== null && pValue < alpha
  };
  const parts = [];
  if (scatter?.flagged) {
    parts.push(
      `the PR's seeds scatter ${scatter.sdRatio === null ? "where the base does not vary" : `${fmt(scatter.sdRatio)}\xD7 the base's seed sd`} (sd ${fmt(scatter.prSd)} vs ${fmt(scatter.baseSd)}${scatter.pValue === null ? "" : `, F-test p = ${fmt(scatter.pValue)}`})`
    );
  }
  if (collapse.flagged) {
    const details = [
      ...collapse.baseSds === null ? [] : [`${fmt(collapse.baseSds)} base seed SDs`],
      ...collapse.pValue === null ? [] : [`p = ${fmt(collapse.pValue)}`]
    ];
    parts.push(
      `seed ${collapse.seed} collapsed to ${fmt(collapse.value)}, ${fmt(collapse.degradation)} worse than the base mean${details.length > 0 ? ` (${details.join(", ")})` : ""}`
    );
  }
  return { scatter, collapse, message: parts.length > 0 ? parts.join("; ") : null };
}

// src/core/stats/benjamini-hochberg.ts
function benjaminiHochberg(pValues) {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p);
  const adjusted = new Array(m).fill(1);
  let running = 1;
  order.forEach(({ p, i }, k) => {
    running = Math.min(running, m / (m - k) * p);
    adjusted[i] = Math.min(1, running);
  });
  return adjusted;
}

// src/core/stats/holm.ts
function holm(pValues) {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array(m).fill(1);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

// src/core/stats/welch-t-test.ts
function welchDf(v1, df1, v2, df2) {
  const den = (df1 === Number.POSITIVE_INFINITY ? 0 : v1 * v1 / df1) + (df2 === Number.POSITIVE_INFINITY ? 0 : v2 * v2 / df2);
  return den === 0 ? Number.POSITIVE_INFINITY : (v1 + v2) * (v1 + v2) / den;
}
function welchTTest(x, y, options = {}) {
  const { margin = 0, alternative = "two-sided", confidence = 0.95 } = options;
  const dfx = x.sdDf ?? x.n - 1;
  const dfy = y.sdDf ?? y.n - 1;
  if (!(dfx > 0) || !(dfy > 0)) {
    throw new InputError(`Welch's t-test: each sd needs at least two values (n = ${x.n} and ${y.n}).`);
  }
  const vx = x.sd * x.sd / x.n;
  const vy = y.sd * y.sd / y.n;
  const se = Math.sqrt(vx + vy);
  if (!(se > 0)) throw new InputError("Welch's t-test: both standard deviations are 0; compare the means.");
  const df = welchDf(vx, dfx, vy, dfy);
  const difference = x.mean - y.mean;
  const t = (difference - margin) / se;
  if (alternative === "greater") {
    return {
      difference,
      se,
      df,
      t,
      pValue: tCdf(-t, df),
      lower: difference - tQuantile(confidence, df) * se,
      upper: Number.POSITIVE_INFINITY
    };
  }
  if (alternative === "less") {
    return {
      difference,
      se,
      df,
      t,
      pValue: tCdf(t, df),
      lower: Number.NEGATIVE_INFINITY,
      upper: difference + tQuantile(confidence, df) * se
    };
  }
  const half = tQuantile(1 - (1 - confidence) / 2, df) * se;
  const pValue = Math.min(1, 2 * tCdf(-Math.abs(t), df));
  return { difference, se, df, t, pValue, lower: difference - half, upper: difference + half };
}

// src/core/stats/seed-tests.ts
function summaries(samples, need) {
  if (samples.pr.length < need.pr || samples.base.length < need.base) {
    throw new InputError(
      `seed test: needs at least ${need.pr} PR and ${need.base} base seeds, got ${samples.pr.length} and ${samples.base.length}.`
    );
  }
  return { pr: sampleSummary(samples.pr, "PR seeds"), base: sampleSummary(samples.base, "base seeds") };
}
var welchSeedTest = {
  id: "welch",
  description: "Welch's t-test: each side's own seed spread, Welch\u2013Satterthwaite degrees of freedom",
  regression(samples, margin, confidence) {
    const { pr, base } = summaries(samples, { pr: 2, base: 2 });
    const r = welchTTest(
      { mean: base.mean, sd: base.sd, n: base.n },
      { mean: pr.mean, sd: pr.sd, n: pr.n },
      { margin, alternative: "greater", confidence }
    );
    return { test: "welch", degradation: r.difference, se: r.se, df: r.df, pValue: r.pValue, lower: r.lower };
  }
};
var baseSpreadSeedTest = {
  id: "base_spread",
  description: "the PR's mean against the base's seed spread (Student t, the base's degrees of freedom)",
  regression(samples, margin, confidence) {
    const { pr, base } = summaries(samples, { pr: 1, base: 2 });
    const sd = base.sd;
    const se = sd * Math.sqrt(1 / base.n + 1 / pr.n);
    if (!(se > 0))
      throw new InputError("seed test: the base seeds do not vary; compare the values directly.");
    const df = base.n - 1;
    const degradation = base.mean - pr.mean;
    return {
      test: "base_spread",
      degradation,
      se,
      df,
      pValue: tCdf(-(degradation - margin) / se, df),
      lower: degradation - tQuantile(confidence, df) * se
    };
  }
};
var SEED_TESTS = [welchSeedTest, baseSpreadSeedTest];
function runSeedTests(samples, margin, confidence) {
  return SEED_TESTS.flatMap((t) => {
    try {
      return [t.regression(samples, margin, confidence)];
    } catch (error) {
      if (error instanceof InputError) return [];
      throw error;
    }
  });
}

// src/core/compare.ts
function checkInput(input) {
  const { metric, tolerance, better } = input;
  if (!(tolerance >= 0 && Number.isFinite(tolerance))) {
    throw new InputError(
      `metric '${metric}': tolerance must be a finite number \u2265 0 in the metric's unit, got ${tolerance}.`
    );
  }
  if (better !== "higher" && better !== "lower") {
    throw new InputError(`metric '${metric}': better must be 'higher' or 'lower', got '${String(better)}'.`);
  }
}
var jsonValues = (values) => values.map((v) => finiteOrNull(v));
function seedEvidence(input, alpha) {
  if (!("values" in input.reference)) return { tests: null, seeds: null, pRegressionBaseSpread: null };
  const sign = input.better === "higher" ? 1 : -1;
  const keep = input.pr.flatMap((v, i) => Number.isFinite(v) ? [i] : []);
  const pr = keep.map((i) => sign * input.pr[i]);
  const labels = input.prLabels ? keep.map((i) => input.prLabels?.[i] ?? `#${i + 1}`) : keep.map((i) => `#${i + 1}`);
  const base = input.reference.values.filter(Number.isFinite).map((v) => sign * v);
  const tests = runSeedTests({ pr, base }, input.tolerance, 1 - alpha);
  const seeds = pr.length > 0 && base.length >= 2 ? seedFindings({
    pr,
    base,
    prLabels: labels,
    tolerance: input.tolerance,
    alpha: alpha * SEED_FINDINGS_ALPHA_SHARE,
    orientation: sign
  }) : null;
  const spread = tests.find((t) => t.test === "base_spread");
  const pRegressionBaseSpread = seeds?.scatter?.flagged && spread ? spread.pValue : null;
  return { tests: tests.length > 0 ? tests : null, seeds, pRegressionBaseSpread };
}
function analyse(input, alpha) {
  checkInput(input);
  const pr = prSide(input.pr, input.metric);
  const ref = referenceSide(input.reference, input.metric);
  const arms = "values" in input.reference ? 2 : 1;
  const evidence = seedEvidence(input, alpha);
  const base = {
    metric: input.metric,
    better: input.better,
    tolerance: input.tolerance,
    confidence: 1 - alpha,
    arms,
    seedsNeeded: null,
    prValues: jsonValues(input.pr),
    referenceValues: "values" in input.reference ? jsonValues(input.reference.values) : null,
    ...evidence
  };
  const none = { se: null, df: null, pNonInferiority: null, pRegression: null, pImprovement: null };
  if (pr.mean === null || ref.mean === null || pr.nonFinite > 0) {
    const bounds = { degradationLower: null, degradationUpper: null, difference: null, degradation: null };
    return {
      ...base,
      ...none,
      ...bounds,
      method: "non_finite",
      pr: publicSide(pr),
      reference: publicSide(ref),
      seedSd: null,
      fixedVariance: 0
    };
  }
  const difference = pr.mean - ref.mean;
  const degradation = input.better === "higher" ? -difference : difference;
  const common = { ...base, difference, degradation };
  if (pr.sd === null && ref.sd === null) {
    const bounds = { degradationLower: null, degradationUpper: null };
    return {
      ...common,
      ...none,
      ...bounds,
      method: "point",
      pr: publicSide(pr),
      reference: publicSide(ref),
      seedSd: null,
      fixedVariance: 0
    };
  }
  const sdPr = pr.sd ?? ref.sd;
  const sdRef = ref.sd ?? sdPr;
  const vPr = sdPr * sdPr / pr.n;
  const vRef = sdRef * sdRef / ref.n;
  const se = Math.sqrt(vPr + vRef);
  const shared = pr.sd === null || ref.sd === null;
  const sides = {
    pr: publicSide(pr, pr.sd === null ? "borrowed" : pr.sdSource),
    reference: publicSide(ref, ref.sd === null ? "borrowed" : ref.sdSource)
  };
  const seedSd = Math.sqrt((sdPr * sdPr + sdRef * sdRef) / 2);
  const fixedVariance = arms === 1 ? vRef : 0;
  const delta = input.tolerance;
  if (se === 0) {
    return {
      ...common,
      ...sides,
      method: "zero_variance",
      se: 0,
      df: null,
      degradationLower: degradation,
      degradationUpper: degradation,
      pNonInferiority: degradation <= delta ? 0 : 1,
      pRegression: degradation > delta ? 0 : 1,
      pImprovement: degradation < -delta ? 0 : 1,
      seedSd: 0,
      fixedVariance: 0
    };
  }
  const df = shared ? pr.sd === null ? ref.sdDf : pr.sdDf : welchDf(vPr, pr.sdDf, vRef, ref.sdDf);
  const q = tQuantile(1 - alpha, df);
  const pNonInferiority = tCdf((degradation - delta) / se, df);
  const pRegression = tCdf((delta - degradation) / se, df);
  return {
    ...common,
    ...sides,
    method: shared ? "shared_sd" : "welch",
    se,
    df: finiteOrNull(df),
    degradationLower: degradation - q * se,
    degradationUpper: degradation + q * se,
    pNonInferiority,
    pRegression,
    pImprovement: tCdf((degradation + delta) / se, df),
    seedSd,
    fixedVariance
  };
}
function indexed(values, adjust) {
  const present = values.flatMap((p, i) => p === null ? [] : [{ p, i }]);
  const adjusted = adjust(present.map((x) => x.p));
  const out = values.map(() => null);
  present.forEach((x, k) => {
    out[x.i] = adjusted[k] ?? null;
  });
  return out;
}
function decide(raw, pRegHolm, pImpHolm, alpha, pSpreadHolm = null) {
  const { method, degradation, tolerance } = raw;
  if (method === "non_finite") return raw.pr.nonFinite > 0 ? "regressed" : "inconclusive";
  if (method === "point" && degradation !== null) {
    return degradation > tolerance ? "regressed" : degradation < -tolerance ? "improved" : "unchanged";
  }
  if (pRegHolm !== null && pRegHolm < alpha) return "regressed";
  if (raw.method === "welch" && pSpreadHolm !== null && pSpreadHolm < alpha * SEED_FINDINGS_ALPHA_SHARE)
    return "regressed";
  if (pImpHolm !== null && pImpHolm < alpha) return "improved";
  if (raw.pNonInferiority !== null && raw.pNonInferiority < alpha) return "unchanged";
  return "inconclusive";
}
function compareWithReference(inputs, options = {}) {
  const { alpha = 0.05, power = 0.8 } = options;
  if (!(alpha > 0 && alpha < 0.5)) throw new InputError(`compare: alpha must be in (0, 0.5), got ${alpha}.`);
  if (!(power > 0 && power < 1)) throw new InputError(`compare: power must be in (0, 1), got ${power}.`);
  const seen = /* @__PURE__ */ new Set();
  for (const { metric } of inputs) {
    if (seen.has(metric))
      throw new InputError(`compare: metric '${metric}' is given twice; name each metric once.`);
    seen.add(metric);
  }
  const raws = inputs.map((input) => analyse(input, alpha));
  const pReg = raws.map((r) => r.pRegression);
  const pRegHolm = indexed(pReg, holm);
  const pRegBH = indexed(pReg, benjaminiHochberg);
  const pImpHolm = indexed(
    raws.map((r) => r.pImprovement),
    holm
  );
  const pSpreadHolm = indexed(
    raws.map((r) => r.method === "welch" ? r.pRegressionBaseSpread : null),
    holm
  );
  const tested = pReg.filter((p) => p !== null).length;
  return raws.map((raw, i) => {
    const holmReg = pRegHolm[i] ?? null;
    const holmImp = pImpHolm[i] ?? null;
    const spreadHolm = pSpreadHolm[i] ?? null;
    const outcome = decide(raw, holmReg, holmImp, alpha, spreadHolm);
    const { arms, seedSd, fixedVariance, ...rest } = raw;
    const { message, seedsNeeded: seedsNeeded2 } = comparisonMessage({
      raw,
      outcome,
      alpha,
      power,
      tested,
      pRegressionHolm: holmReg !== null && holmReg < alpha ? holmReg : spreadHolm !== null && spreadHolm < alpha ? spreadHolm : holmReg
    });
    return {
      ...rest,
      outcome,
      pRegressionHolm: holmReg,
      pRegressionBH: pRegBH[i] ?? null,
      pImprovementHolm: holmImp,
      pRegressionBaseSpreadHolm: spreadHolm,
      seedsNeeded: seedsNeeded2,
      message
    };
  });
}

// src/core/held-out-metric.ts
var HELD_OUT = /(^|[^a-z])(val|valid|validation|eval|evaluation|dev|test|testing)([^a-z]|$)/i;
function isHeldOutMetric(name) {
  return HELD_OUT.test(name);
}

// src/core/train-val-gap.ts
function finalTrainValGaps(report) {
  const out = {};
  for (const check of report.checks) {
    for (const f of check.findings) {
      if (f.judge !== "validation" || f.verdict === "too_short") continue;
      out[f.series] = {
        ratio: finiteOrNull(f.evidence.gap_ratio),
        difference: finiteOrNull(f.evidence.gap_difference)
      };
    }
  }
  return out;
}
var GAP_MIN_GROWTH = 1.25;
function mean2(values) {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}
function compareTrainValGaps(pr, base, options) {
  const minGrowth = options.minGrowth ?? GAP_MIN_GROWTH;
  const names = [...new Set(pr.flatMap((g) => Object.keys(g)))].filter((n) => base.some((b) => n in b));
  return names.flatMap((series) => {
    const prRatios = pr.map((g) => g[series]?.ratio ?? null);
    const baseRatios = base.map((g) => g[series]?.ratio ?? null);
    const lp = prRatios.filter((r) => r !== null && r > 0).map(Math.log);
    const lb = baseRatios.filter((r) => r !== null && r > 0).map(Math.log);
    if (lp.length === 0 || lb.length === 0) return [];
    const prRatio = Math.exp(mean2(lp));
    const baseRatio = Math.exp(mean2(lb));
    const growth = prRatio / baseRatio;
    const diffs = (side) => side.map((g) => g[series]?.difference ?? null).filter((d) => d !== null);
    const prDifference = mean2(diffs(pr));
    const baseDifference = mean2(diffs(base));
    let pValue = null;
    const spread = (x) => x.length >= 2 ? sampleSummary(x).sd : 0;
    if (lp.length >= 2 && lb.length >= 2 && spread(lp) + spread(lb) > 0) {
      pValue = welchSeedTest.regression({ pr: lp.map((x) => -x), base: lb.map((x) => -x) }, 0, 0.95).pValue;
    }
    const grew = growth >= minGrowth && pValue !== null && pValue < options.alpha;
    const verb = growth >= 1 ? "grew" : "shrank";
    const diffPart = prDifference !== null && baseDifference !== null ? ` (val \u2212 train ${fmt(baseDifference)} to ${fmt(prDifference)})` : "";
    const test = pValue === null ? `; no test with ${lb.length} base and ${lp.length} PR seed${lp.length === 1 ? "" : "s"}` : `, one-sided Welch p = ${fmt(pValue)}${grew ? "" : growth >= minGrowth ? ", not significant" : ` (below the ${fmt(minGrowth)}\xD7 that counts)`}`;
    return [
      {
        series,
        prRatio,
        baseRatio,
        prRatios,
        baseRatios,
        prDifference,
        baseDifference,
        growth,
        pValue,
        grew,
        message: `${series}: the val/train loss ratio ${verb} from ${fmt(baseRatio)}\xD7 to ${fmt(prRatio)}\xD7${diffPart} over ${lb.length} base and ${lp.length} PR seed${lp.length === 1 ? "" : "s"}${test}`
      }
    ];
  });
}

// src/core/build-report.ts
function compareFinalMetrics(seeds, config, baseSeeds, options = {}) {
  const { prLabels } = options;
  const reference = config.reference;
  const valuesOf = (side, metric) => side.map((s) => Object.hasOwn(s, metric) ? s[metric] : void 0).filter((v) => typeof v === "number");
  const prValuesOf = (metric) => seeds.flatMap((s) => Object.hasOwn(s, metric) ? [s[metric] ?? Number.NaN] : []);
  let rules;
  if (reference) rules = reference.metrics;
  else if (baseSeeds) {
    const shared = Object.keys(seeds[0] ?? {}).filter((m) => baseSeeds.some((b) => Object.hasOwn(b, m)));
    rules = Object.fromEntries(
      shared.filter((m) => isHeldOutMetric(m) && inferBetter(m) !== void 0).map((m) => [m, {}])
    );
  } else if (!options.trainValGaps) return null;
  else rules = {};
  const inputs = [];
  const missing = [];
  for (const [metric, rule] of Object.entries(rules)) {
    const values = prValuesOf(metric);
    const labels = prLabels ? seeds.flatMap((s, i) => Object.hasOwn(s, metric) ? [prLabels[i] ?? `#${i + 1}`] : []) : void 0;
    const base = baseSeeds ? valuesOf(baseSeeds, metric) : [];
    if (values.length === 0 || (baseSeeds ? base.length === 0 : rule.value === void 0)) {
      missing.push(metric);
      continue;
    }
    inputs.push({
      metric,
      pr: values,
      reference: baseSeeds ? { values: base } : {
        value: rule.value,
        ...rule.std === void 0 ? {} : { std: rule.std },
        ...rule.runs === void 0 ? {} : { runs: rule.runs }
      },
      better: rule.better ?? inferBetter(metric) ?? "higher",
      tolerance: rule.tolerance ?? 0,
      ...labels ? { prLabels: labels } : {}
    });
  }
  const results = inputs.length > 0 ? compareWithReference(inputs, { alpha: config.thresholds.alpha }) : [];
  let status = missing.length > 0 ? "warn" : "pass";
  for (const r of results) {
    if (r.outcome === "regressed" && config.gate.reference !== "off") {
      status = config.gate.reference === "fail" ? "fail" : status === "fail" ? "fail" : "warn";
    } else if (r.outcome === "inconclusive" && status === "pass") status = "warn";
    const seedFinding = r.seeds?.scatter?.flagged || r.seeds?.collapse?.flagged;
    if (seedFinding && config.gate.seeds !== "off") {
      status = config.gate.seeds === "fail" ? "fail" : status === "fail" ? "fail" : "warn";
    }
  }
  const gaps = options.trainValGaps ? compareTrainValGaps(options.trainValGaps.pr, options.trainValGaps.base, {
    alpha: config.thresholds.alpha
  }) : [];
  if (gaps.some((g) => g.grew) && config.gate.gap !== "off") {
    status = config.gate.gap === "fail" ? "fail" : status === "fail" ? "fail" : "warn";
  }
  return {
    source: reference?.source ?? (baseSeeds ? `${baseSeeds.length} base report(s)` : null),
    status,
    results: results.map((r) => ({ ...r })),
    missing,
    ...gaps.length > 0 ? { trainValGaps: gaps.map((g) => ({ ...g })) } : {}
  };
}
function buildReport(checks, config, run) {
  const finalMetrics = /* @__PURE__ */ Object.create(null);
  for (const c of checks) Object.assign(finalMetrics, c.finalMetrics);
  const comparison = compareFinalMetrics([finalMetrics], config);
  let status = "pass";
  for (const c of checks) status = worseStatus(status, c.report.status);
  if (comparison) status = worseStatus(status, comparison.status);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    status: status === "skipped" ? "pass" : status,
    checks: checks.map((c) => c.report),
    finalMetrics,
    comparison,
    gaps: checks.find((c) => c.gaps)?.gaps ?? null,
    run: {
      seed: run.seed,
      startedAt: run.startedAt,
      durationMs: run.durationMs,
      trainspotterVersion: run.trainspotterVersion,
      config: run.configPath,
      ...run.git ? { git: run.git } : {}
    }
  };
}

export {
  finalTrainValGaps,
  compareFinalMetrics,
  buildReport
};
