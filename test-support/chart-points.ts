import { readIndex, readSeries, suiteFolder, type FileReader, type SeriesPoint } from '../src/history/layout.js';

/** Every chart point of one benchmark (the first in the index unless named), however the history lays it out. */
export async function chartPoints(reader: FileReader, suite: string, benchmark?: string): Promise<SeriesPoint[]> {
  const warn = (m: string) => {
    throw new Error(m);
  };
  const folder = await suiteFolder(reader, suite, warn);
  const index = await readIndex(reader, folder, warn);
  const entry = benchmark === undefined ? index?.benchmarks[0] : index?.benchmarks.find((b) => b.name === benchmark);
  if (!entry) throw new Error(`no benchmark ${benchmark ?? '(first)'} in suite ${suite}`);
  return readSeries(reader, folder, entry, warn);
}
