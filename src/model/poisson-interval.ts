/**
 * Exact 95% intervals for counts of events, as public-health profiles give
 * them: a count is taken as one draw of a Poisson variable.
 *
 * - One count (Garwood): the chi-square quantiles at 2·count and
 *   2·(count + 1) degrees of freedom, halved; a chi-square quantile halved
 *   is a gamma quantile, which is what is computed here.
 * - Two counts (the ratio of a year to its base): conditional on their sum,
 *   the first is binomial, so the Clopper–Pearson interval of its share p
 *   gives the ratio p / (1 − p), scaled by the exposures (populations) when
 *   rates are compared. This is R's two-sample poisson.test.
 *
 * The special functions are the textbook ones (series and continued
 * fractions for the regularized incomplete gamma and beta functions, a
 * Lanczos log-gamma), inverted by Newton's method kept inside a bracket
 * that bisection narrows whenever a Newton step would leave it.
 */

export interface Interval {
  lower: number;
  upper: number;
}

/** Two-sided 95%: 2.5% in each tail. */
const TAIL = 0.025;
const EPSILON = 1e-15;
const MAX_ITERATIONS = 100_000;

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** P(a, x) and Q(a, x) = 1 − P, each computed directly where it is the small one, so that neither loses its digits. */
function regularizedGamma(a: number, x: number): { p: number; q: number } {
  if (x <= 0) return { p: 0, q: 1 };
  const front = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    // Series: P = front · Σ xⁿ / (a (a+1) … (a+n)).
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) {
        const p = Math.min(1, sum * front);
        return { p, q: 1 - p };
      }
    }
    throw new Error(`regularized gamma: the series did not converge for a = ${a}, x = ${x}`);
  }
  // Continued fraction for Q (modified Lentz).
  const q =
    front *
    continuedFraction(
      (n) => (n === 0 ? 1 : -n * (n - a)),
      (n) => x + 2 * n + 1 - a,
      a,
      x,
    );
  return { p: 1 - q, q };
}

/**
 * Evaluates b₀ + a₁/(b₁ + a₂/(b₂ + …)) inverted: 1 / (b₀ + a₁/(b₁ + …)),
 * with partial numerators numerator(n) (n ≥ 1) and denominators denominator(n).
 */
function continuedFraction(numerator: (n: number) => number, denominator: (n: number) => number, a: number, x: number): number {
  const tiny = 1e-300;
  let b = denominator(0);
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    const an = numerator(n);
    b = denominator(n);
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) return h;
  }
  throw new Error(`continued fraction did not converge for a = ${a}, x = ${x}`);
}

/** The regularized incomplete beta function I_x(a, b). */
function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
  // The continued fraction converges fast below the mean; above it, use the symmetry I_x(a, b) = 1 − I_{1−x}(b, a).
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

function betaFraction(x: number, a: number, b: number): number {
  // The even and odd terms of the continued fraction for I_x(a, b), as one sequence (n = 2m and 2m + 1).
  const numerator = (n: number): number => {
    const m = Math.floor(n / 2);
    return n % 2 === 0 ? (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)) : -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
  };
  // 1 / (1 + d₁/(1 + d₂/(1 + …))).
  return continuedFraction(numerator, () => 1, a, x);
}

/**
 * The x in [low, high] where cdf(x) = p, for a continuous increasing cdf
 * with density: Newton from the guess, bisecting whenever a step would
 * leave the bracket, until the step is below the precision of x.
 */
function invert(cdf: (x: number) => number, density: (x: number) => number, p: number, guess: number, low: number, high: number): number {
  let x = Math.min(Math.max(guess, low), high);
  if (!(x > low && x < high)) x = (low + high) / 2;
  for (let i = 0; i < 400; i++) {
    const error = cdf(x) - p;
    if (error === 0) return x;
    if (error > 0) high = x;
    else low = x;
    const slope = density(x);
    let next = x - error / slope;
    if (!(next > low && next < high) || !Number.isFinite(next)) next = (low + high) / 2;
    if (Math.abs(next - x) <= 1e-14 * Math.max(Math.abs(x), 1e-300) || high - low <= 1e-15 * high) return next;
    x = next;
  }
  return x;
}

/** The standard normal quantile (Acklam's rational approximation, 1e-9): only a starting point for Newton. */
function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const poly = (k: readonly number[], t: number) => k.reduce((sum, coefficient) => sum * t + coefficient, 0);
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - 0.02425) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

/** The p quantile of the gamma distribution of shape a and scale 1: chi-square's at 2a degrees of freedom, halved. */
export function gammaQuantile(p: number, a: number): number {
  if (!(p > 0 && p < 1) || !(a > 0)) throw new RangeError(`gamma quantile needs 0 < p < 1 and a > 0 (p = ${p}, a = ${a})`);
  // Wilson–Hilferty's start; the bracket is widened until it holds the root.
  const z = normalQuantile(p);
  const wilsonHilferty = a * (1 - 1 / (9 * a) + z / (3 * Math.sqrt(a))) ** 3;
  let high = Math.max(1, 2 * a);
  while (regularizedGamma(a, high).p < p) high *= 2;
  const logNorm = logGamma(a);
  const upperTail = p > 0.5;
  // Solving on the tail that is small keeps its digits (Q for p near 1).
  const cdf = (x: number) => (upperTail ? -regularizedGamma(a, x).q : regularizedGamma(a, x).p);
  const target = upperTail ? -(1 - p) : p;
  return invert(cdf, (x) => Math.exp((a - 1) * Math.log(x) - x - logNorm), target, wilsonHilferty > 0 ? wilsonHilferty : high / 2, 0, high);
}

/** The p quantile of the beta distribution with shapes a and b. */
export function betaQuantile(p: number, a: number, b: number): number {
  if (!(p > 0 && p < 1) || !(a > 0) || !(b > 0)) throw new RangeError(`beta quantile needs 0 < p < 1, a > 0 and b > 0 (p = ${p}, a = ${a}, b = ${b})`);
  const mean = a / (a + b);
  const spread = Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1)));
  const logNorm = logGamma(a + b) - logGamma(a) - logGamma(b);
  const upperTail = p > 0.5;
  const cdf = (x: number) => (upperTail ? -(1 - regularizedBeta(x, a, b)) : regularizedBeta(x, a, b));
  const target = upperTail ? -(1 - p) : p;
  const density = (x: number) => Math.exp(logNorm + (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x));
  return invert(cdf, density, target, mean + normalQuantile(p) * spread, 0, 1);
}

/** The exact (Garwood) 95% interval of a Poisson count: 0 has a lower bound of 0. */
export function poissonCountInterval(count: number): Interval {
  checkCount(count, 'count');
  return { lower: count === 0 ? 0 : gammaQuantile(TAIL, count), upper: gammaQuantile(1 - TAIL, count + 1) };
}

/** The exact 95% interval of a rate: the count's, per `per` people. */
export function poissonRateInterval(count: number, population: number, per: number): Interval {
  const { lower, upper } = poissonCountInterval(count);
  return { lower: (lower / population) * per, upper: (upper / population) * per };
}

/**
 * The exact conditional 95% interval of the ratio of two Poisson counts
 * (count over base), or of their rates when each comes with its exposure.
 * A count of 0 has a lower bound of 0; a base of 0, an upper bound of
 * Infinity.
 */
export function poissonRatioInterval(count: number, base: number, exposures: { count: number; base: number } = { count: 1, base: 1 }): Interval {
  checkCount(count, 'count');
  checkCount(base, 'base');
  const total = count + base;
  if (total === 0) return { lower: 0, upper: Infinity };
  const shareLow = count === 0 ? 0 : betaQuantile(TAIL, count, base + 1);
  const shareHigh = base === 0 ? 1 : betaQuantile(1 - TAIL, count + 1, base);
  const scale = exposures.base / exposures.count;
  return { lower: (shareLow / (1 - shareLow)) * scale, upper: shareHigh === 1 ? Infinity : (shareHigh / (1 - shareHigh)) * scale };
}

function checkCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`a Poisson ${name} must be a whole number of at least 0, not ${value}`);
}
