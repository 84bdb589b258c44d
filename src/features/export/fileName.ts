import { utcFormat } from 'd3-time-format';
import { formatDatasetYear, withinDate, yearAtMs } from '../../domain/dates';
import { slugify } from '../../lib/slug';
import { DAY_MS, span, type Domain } from '../../lib/viewport';

const MAX_BASE_CHARS = 48;
const fmtMonth = utcFormat('%b-%Y');
const fmtDay = utcFormat('%-d-%b-%Y');

/** "Microsoft's partner channel…" → "microsofts-partner-channel-moves-to-the-cloud". */
export function slugForFile(title: string, max = MAX_BASE_CHARS): string {
  // Apostrophes go without a trace: "Microsoft's" → "microsofts", not "microsoft-s".
  const slug = slugify(title.replace(/['’‘`]/g, ''), Infinity);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

/** The window for a file name: "jul-2008-sep-2008", or "7-jul-2008-20-jul-2008" below two months. */
export function spanForFile(domain: Domain): string {
  if (!withinDate(domain[0]) || !withinDate(domain[1] - 1)) {
    // Deep in time: the years, as the dataset writes them ("y-13799999999-y-3499").
    return `${formatDatasetYear(yearAtMs(domain[0]))}-${formatDatasetYear(yearAtMs(domain[1] - 1))}`.toLowerCase();
  }
  const fmt = span(domain) > 62 * DAY_MS ? fmtMonth : fmtDay;
  // The end is exclusive: name the last instant inside the window.
  return `${fmt(new Date(domain[0]))}-${fmt(new Date(domain[1] - 1))}`.toLowerCase();
}

/** `<dataset title slug>-<visible span>.<ext>`, e.g. "wpc-2007-2011-jul-2008-sep-2008.svg". */
export function exportFileName(datasetTitle: string, domain: Domain, extension: string): string {
  return `${slugForFile(datasetTitle) || 'timeline'}-${spanForFile(domain)}.${extension}`;
}
