/**
 * Drawing a mock exam: how many questions each domain gets (in the exam guide's proportions) and which
 * ones, with a seeded random source so that a draw can be repeated and tested.
 */

/** A random source: numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32, a small well-known seeded generator: the same seed gives the same sequence. Written here
 * because it is six lines and the draw needs a seed (Math.random has none).
 */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in random order (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * Splits `total` questions across domains in proportion to their weights (largest remainder method),
 * giving no domain more than `available` holds; what a short domain cannot take goes to the others in
 * proportion. Returns the count per domain id; the counts add up to `total`, or to all that is
 * available when that is less.
 */
export function allocateQuestions(
  weights: readonly { id: string; percent: number }[],
  available: Readonly<Record<string, number>>,
  total: number,
): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(weights.map((w) => [w.id, 0]));
  let left = Math.min(
    total,
    weights.reduce((n, w) => n + (available[w.id] ?? 0), 0),
  );
  while (left > 0) {
    const open = weights.filter((w) => w.percent > 0 && counts[w.id]! < (available[w.id] ?? 0));
    // Domains with no weight take questions only when the weighted ones have none left.
    const pool = open.length ? open : weights.filter((w) => counts[w.id]! < (available[w.id] ?? 0));
    const sum = pool.reduce((n, w) => n + (w.percent || 1), 0);
    const shares = pool.map((w) => {
      const exact = (left * (w.percent || 1)) / sum;
      const room = (available[w.id] ?? 0) - counts[w.id]!;
      return {
        id: w.id,
        whole: Math.min(Math.floor(exact), room),
        fraction: exact - Math.floor(exact),
        room,
      };
    });
    let given = shares.reduce((n, s) => n + s.whole, 0);
    for (const s of shares) counts[s.id]! += s.whole;
    // The seats left by rounding go to the largest remainders, then in the weights' order.
    const byRemainder = [...shares].sort((a, b) => b.fraction - a.fraction);
    for (const s of byRemainder) {
      if (given >= left) break;
      if (s.whole < s.room) {
        counts[s.id]! += 1;
        given += 1;
      }
    }
    if (given === 0) break;
    left -= given;
  }
  return counts;
}

/**
 * Draws a mock exam from a bank: each domain's count from `allocateQuestions`, questions picked at
 * random within their domain, then the whole list shuffled so domains mix. Returns question ids.
 */
export function drawExam(
  bank: readonly { id: string; domain: string }[],
  weights: readonly { id: string; percent: number }[],
  total: number,
  random: Random,
): string[] {
  const byDomain = new Map<string, string[]>(weights.map((w) => [w.id, []]));
  for (const q of bank) byDomain.get(q.domain)?.push(q.id);
  const available = Object.fromEntries([...byDomain].map(([id, ids]) => [id, ids.length]));
  const counts = allocateQuestions(weights, available, total);
  const picked = weights.flatMap((w) => shuffle(byDomain.get(w.id)!, random).slice(0, counts[w.id]));
  return shuffle(picked, random);
}
