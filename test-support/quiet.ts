/**
 * Keeps `::debug::` workflow commands that in-process library code (@actions/cache, @actions/core)
 * writes to stdout out of the test log. Everything else still goes through. Returns the function that
 * puts stdout back and hands back the lines it dropped.
 */
export function dropDebugLines(): () => string[] {
  const write = process.stdout.write.bind(process.stdout);
  const dropped: string[] = [];
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const kept = text
      .split(/(?<=\n)/)
      .filter((line) => {
        if (!line.startsWith('::debug::')) return true;
        dropped.push(line);
        return false;
      })
      .join('');
    if (kept.length === 0) {
      const callback = rest.find((r): r is () => void => typeof r === 'function');
      callback?.();
      return true;
    }
    return (write as (c: string, ...r: unknown[]) => boolean)(kept, ...rest);
  }) as typeof process.stdout.write;
  return () => {
    process.stdout.write = write;
    return dropped;
  };
}
