/**
 * Size families: benchmarks that differ only by a size parameter (pytest-benchmark's `test_dag[10-15]`
 * or `[n=100]`, Go's and Google Benchmark's `BM_sort/1024`, a name that ends in `_10_15`). Pure and
 * free of the rules layer, so the trend page finds the same families as the gate (scaling.ts).
 */

/** A name's numbers (integers or decimals). */
const NUMBER = /\d+(?:\.\d+)?/g;

/** Members a family needs, and how far its sizes must span (largest ÷ smallest) for a slope to mean anything. */
export const MIN_MEMBERS = 3;
export const MIN_SPAN = 4;

export interface FamilyMember {
  benchmark: string;
  size: number;
}

/**
 * Families among `names`: names equal but for their numbers, at least MIN_MEMBERS of them, whose first
 * number that differs between them is distinct for each (the size) and spans MIN_SPAN or more. The
 * family is named by the template with the size as `n` and other numbers as `#`
 * (`test_dag_creation_n_#`). Numbers that are the same in every member (Go's `-8` GOMAXPROCS, `sha256`)
 * are part of the name, not sizes.
 */
export function sizeFamilies(names: readonly string[]): Map<string, FamilyMember[]> {
  const byTemplate = new Map<string, { name: string; numbers: string[] }[]>();
  for (const name of new Set(names)) {
    const numbers = name.match(NUMBER) ?? [];
    if (numbers.length === 0) continue;
    const template = name.replace(NUMBER, '#');
    const list = byTemplate.get(template) ?? [];
    list.push({ name, numbers });
    byTemplate.set(template, list);
  }
  const families = new Map<string, FamilyMember[]>();
  for (const [template, list] of byTemplate) {
    if (list.length < MIN_MEMBERS) continue;
    const positions = list[0]!.numbers.length;
    const at = Array.from({ length: positions }, (_, i) => i).find((i) => new Set(list.map((m) => m.numbers[i])).size > 1);
    if (at === undefined) continue;
    const sizes = list.map((m) => Number(m.numbers[at]));
    if (new Set(sizes).size !== sizes.length || sizes.some((s) => !(s > 0))) continue;
    if (Math.max(...sizes) / Math.min(...sizes) < MIN_SPAN) continue;
    let i = 0;
    const label = template.replace(/#/g, () => (i++ === at ? 'n' : '#'));
    families.set(
      label,
      list.map((m, k) => ({ benchmark: m.name, size: sizes[k]! })).sort((a, b) => a.size - b.size),
    );
  }
  return families;
}

/** Ordinary least-squares slope of log figure against log size: the family's exponent. */
export function exponentOf(sizes: readonly number[], figures: readonly number[]): number {
  const x = sizes.map(Math.log);
  const y = figures.map(Math.log);
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
  }
  return sxy / sxx;
}
