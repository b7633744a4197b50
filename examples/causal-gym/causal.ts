/**
 * A small causal-reasoning toolkit in the spirit of the Causal Interface Gym: random DAGs, the
 * do-operator on a linear structural causal model, and agreement of agent answers with ground truth.
 */

/** Deterministic PRNG (mulberry32), so every run builds the same graphs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Dag {
  nodes: number;
  /** parents[v] = [u, weight][] */
  parents: [number, number][][];
  children: number[][];
}

/** A random DAG with `nodes` nodes and `edges` edges, edges only from lower to higher index (acyclic by construction). */
export function buildDag(nodes: number, edges: number, random: () => number): Dag {
  const parents: [number, number][][] = Array.from({ length: nodes }, () => []);
  const children: number[][] = Array.from({ length: nodes }, () => []);
  const seen = new Set<number>();
  while (seen.size < edges) {
    const a = Math.floor(random() * nodes);
    const b = Math.floor(random() * nodes);
    if (a === b) continue;
    const [u, v] = a < b ? [a, b] : [b, a];
    const key = u * nodes + v;
    if (seen.has(key)) continue;
    seen.add(key);
    parents[v]!.push([u, 0.5 + random()]);
    children[u]!.push(v);
  }
  return { nodes, parents, children };
}

/** Kahn's algorithm; the order the SCM is evaluated in. */
export function topologicalOrder(dag: Dag): number[] {
  const indegree = dag.parents.map((p) => p.length);
  const queue: number[] = [];
  indegree.forEach((d, v) => d === 0 && queue.push(v));
  const order: number[] = [];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!;
    order.push(v);
    for (const c of dag.children[v]!) if (--indegree[c]! === 0) queue.push(c);
  }
  if (order.length !== dag.nodes) throw new Error('graph has a cycle');
  return order;
}

/** do(X = value): cut X's incoming edges and hold it fixed. */
export function intervene(dag: Dag, x: number): Dag {
  const parents = dag.parents.map((p, v) => (v === x ? [] : p));
  const children = dag.children.map((c) => c.slice());
  for (const [u] of dag.parents[x]!) children[u] = children[u]!.filter((c) => c !== x);
  return { nodes: dag.nodes, parents, children };
}

/**
 * Values of the linear SCM (v = Σ w·parent + noise) after do(X = value). `naive` re-derives the order
 * by repeated scans (quadratic): the deliberate regression the demo switches on.
 */
export function propagate(dag: Dag, noise: Float64Array, x: number, value: number, naive = false): Float64Array {
  const cut = intervene(dag, x);
  const order = naive ? slowOrder(cut) : topologicalOrder(cut);
  const values = new Float64Array(dag.nodes);
  for (const v of order) {
    if (v === x) {
      values[v] = value;
      continue;
    }
    let s = noise[v]!;
    for (const [u, w] of cut.parents[v]!) s += w * values[u]!;
    values[v] = s;
  }
  return values;
}

/**
 * A topological order by full scans: every pass checks every node's parents and places the last ready
 * one, so each of the n passes costs n — quadratic at every size, not only at large ones.
 */
function slowOrder(dag: Dag): number[] {
  const placed = new Uint8Array(dag.nodes);
  const order: number[] = [];
  while (order.length < dag.nodes) {
    let ready = -1;
    for (let v = 0; v < dag.nodes; v++) if (!placed[v] && dag.parents[v]!.every(([u]) => placed[u])) ready = v;
    placed[ready] = 1;
    order.push(ready);
  }
  return order;
}

/** Ground truth for "does do(X) change Y?": Y is a descendant of X. */
export function isDescendant(dag: Dag, x: number, y: number, maxDepth = Infinity): boolean {
  let frontier = [x];
  const seen = new Uint8Array(dag.nodes);
  for (let depth = 0; frontier.length > 0 && depth < maxDepth; depth++) {
    const next: number[] = [];
    for (const v of frontier)
      for (const c of dag.children[v]!) {
        if (c === y) return true;
        if (!seen[c]) {
          seen[c] = 1;
          next.push(c);
        }
      }
    frontier = next;
  }
  return false;
}

/**
 * The reference agent: answers "does do(X) change Y?" by intervening twice on the SCM and comparing Y,
 * with the numeric tolerance a real agent's readout has. It misses effects that cancel or are tiny,
 * so its accuracy is high but not perfect — a real figure, computed over generated graphs.
 */
export function referenceAgentAccuracy(graphs: number, questions: number, seed: number): number {
  const random = rng(seed);
  let correct = 0;
  let total = 0;
  for (let g = 0; g < graphs; g++) {
    const dag = buildDag(30, 45, random);
    const noise = Float64Array.from({ length: dag.nodes }, () => random() - 0.5);
    for (let q = 0; q < questions; q++) {
      const x = Math.floor(random() * dag.nodes);
      const y = Math.floor(random() * dag.nodes);
      if (x === y) continue;
      const low = propagate(dag, noise, x, 0)[y]!;
      const high = propagate(dag, noise, x, 0.02)[y]!;
      const answer = Math.abs(high - low) > 0.01;
      if (answer === isDescendant(dag, x, y)) correct++;
      total++;
    }
  }
  return correct / total;
}

/** Agreement of agent answers with ground truth: accuracy and Cohen's kappa. */
export function agreement(truth: Uint8Array, answers: Uint8Array): { accuracy: number; kappa: number } {
  let agree = 0;
  let t1 = 0;
  let a1 = 0;
  for (let i = 0; i < truth.length; i++) {
    if (truth[i] === answers[i]) agree++;
    t1 += truth[i]!;
    a1 += answers[i]!;
  }
  const n = truth.length;
  const po = agree / n;
  const pe = (t1 / n) * (a1 / n) + (1 - t1 / n) * (1 - a1 / n);
  return { accuracy: po, kappa: pe === 1 ? 1 : (po - pe) / (1 - pe) };
}
