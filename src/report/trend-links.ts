import { benchmarkKey } from '../history/layout.js';
import { trendHash } from '../history/wire.js';
import type { ReportLinks } from './channels/channel.js';

/**
 * Links into a trend page at `base` for one suite: the page, and each benchmark's chart (the page's
 * hash contract). The suite is named exactly; the page finds its folder in the registry, so two
 * suites whose folder names would collide each get their own page.
 */
export function trendLinks(base: string, suite: string): Pick<ReportLinks, 'trendUrl' | 'benchmarkLink'> {
  return {
    trendUrl: `${base}#${trendHash({ suite })}`,
    benchmarkLink: (b) => `${base}#${trendHash({ suite, b: benchmarkKey(b) })}`,
  };
}
