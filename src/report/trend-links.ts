import { benchmarkKey, slug } from '../history/layout.js';
import { trendHash } from '../history/wire.js';
import type { ReportLinks } from './channels/channel.js';

/** Links into a trend page at `base` for one suite: the page, and each benchmark's chart (the page's hash contract). */
export function trendLinks(base: string, suite: string): Pick<ReportLinks, 'trendUrl' | 'benchmarkLink'> {
  const id = slug(suite);
  return {
    trendUrl: `${base}#${trendHash({ suite: id })}`,
    benchmarkLink: (b) => `${base}#${trendHash({ suite: id, b: benchmarkKey(b) })}`,
  };
}
