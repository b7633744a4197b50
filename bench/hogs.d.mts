/** Starts `count` intermittent CPU hogs (bench/hogs.mjs); returns what stops them all. */
export function startHogs(count: number): () => void;
