/**
 * L2-regularised logistic regression, fitted by Newton's method (iteratively reweighted least squares
 * with a Cholesky solve). Small, exact and deterministic: the same rows give the same weights, with
 * no random initialisation or sampling. Minimises mean log-loss + λ/2·|w|² (the bias is not penalised).
 */
export type Logistic = { weights: number[]; bias: number };

export function trainLogistic(rows: readonly Float64Array[], labels: readonly number[], lambda: number, iterations = 12): Logistic {
  const n = rows.length;
  const d = rows[0].length + 1; // last column: the bias
  const w = new Float64Array(d);
  const x = (r: Float64Array, j: number) => (j < d - 1 ? r[j] : 1);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Float64Array(d);
    const hessian = new Float64Array(d * d);
    for (let i = 0; i < n; i++) {
      const r = rows[i];
      const p = sigmoid(dot(w, r));
      const g = (p - labels[i]) / n;
      const h = Math.max(p * (1 - p), 1e-9) / n;
      for (let a = 0; a < d; a++) {
        const xa = x(r, a);
        gradient[a] += g * xa;
        const hx = h * xa;
        if (hx === 0) continue;
        const row = a * d;
        for (let b = 0; b <= a; b++) hessian[row + b] += hx * x(r, b);
      }
    }
    for (let a = 0; a < d; a++) {
      const penalty = a < d - 1 ? lambda : 1e-8;
      gradient[a] += a < d - 1 ? lambda * w[a] : 0;
      hessian[a * d + a] += penalty;
      for (let b = 0; b < a; b++) hessian[b * d + a] = hessian[a * d + b];
    }
    const step = choleskySolve(hessian, gradient, d);
    let change = 0;
    for (let a = 0; a < d; a++) {
      w[a] -= step[a];
      change = Math.max(change, Math.abs(step[a]));
    }
    if (change < 1e-7) break;
  }
  return { weights: Array.from(w.subarray(0, d - 1)), bias: w[d - 1] };
}

/** Probability of the positive class for one (already scaled) row. */
export function predictLogistic(model: Logistic, row: ArrayLike<number>): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++) z += model.weights[j] * row[j];
  return sigmoid(z);
}

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

function dot(w: Float64Array, r: Float64Array): number {
  let z = w[w.length - 1];
  for (let j = 0; j < r.length; j++) z += w[j] * r[j];
  return z;
}

/** Solves H·s = g for a symmetric positive definite H (row-major, d×d). */
function choleskySolve(h: Float64Array, g: Float64Array, d: number): Float64Array {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = h[i * d + j];
      for (let k = 0; k < j; k++) sum -= l[i * d + k] * l[j * d + k];
      l[i * d + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j * d + j];
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let sum = g[i];
    for (let k = 0; k < i; k++) sum -= l[i * d + k] * y[k];
    y[i] = sum / l[i * d + i];
  }
  const s = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < d; k++) sum -= l[k * d + i] * s[k];
    s[i] = sum / l[i * d + i];
  }
  return s;
}
