/**
 * A small seeded PRNG (mulberry32): uniform floats in [0, 1), the same sequence for the same seed. Louvain's
 * random traversal and the betweenness sample draw from it, so every answer is reproducible.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The default seed of every randomised computation here. */
export const DEFAULT_SEED = 2019;
