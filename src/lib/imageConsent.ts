/**
 * The reader's answer to "This timeline shows images from … Show them?", one per dataset.
 * Pure: the persistence module stores what these functions return; React asks and renders.
 *
 * - A dataset is named by where it came from (its URL) or, for a file from this computer or
 *   the built-in timeline, by its title.
 * - "Yes" holds for the sites that were listed when the reader agreed: a new version of a live
 *   sheet that brings pictures from a site not yet named asks again (listing every site).
 * - "No" is remembered too, and either answer can be changed (withdrawn) at any time.
 * - At most MAX_REMEMBERED datasets are remembered; the answers given longest ago go first.
 */

export type { ConsentAnswer, ConsentAnswers } from './imageConsentAnswers';
export { parseAnswers } from './imageConsentAnswers';
import type { ConsentAnswer, ConsentAnswers } from './imageConsentAnswers';

export type ConsentStatus = 'none-needed' | 'ask' | 'allowed' | 'refused';

export const MAX_REMEMBERED = 100;

/** The name a dataset's answer is remembered under. */
export function consentKey(dataset: { readonly origin: string | null; readonly title: string }) {
  return dataset.origin !== null ? `url:${dataset.origin}` : `title:${dataset.title}`;
}

/** Whether pictures from these sites may be shown for this dataset. */
export function consentStatus(
  answers: ConsentAnswers,
  key: string,
  hosts: readonly string[],
): ConsentStatus {
  if (hosts.length === 0) return 'none-needed';
  const answer = Object.hasOwn(answers, key) ? answers[key] : undefined;
  if (answer === undefined) return 'ask';
  if (!answer.allowed) return 'refused';
  return hosts.every((h) => answer.hosts.includes(h)) ? 'allowed' : 'ask';
}

/** The answers with this one recorded (and the oldest dropped beyond MAX_REMEMBERED). */
export function recordAnswer(
  answers: ConsentAnswers,
  key: string,
  answer: ConsentAnswer,
): ConsentAnswers {
  const entries = Object.entries(answers).filter(([k]) => k !== key);
  entries.push([key, answer]);
  entries.sort((a, b) => b[1].at - a[1].at);
  return Object.fromEntries(entries.slice(0, MAX_REMEMBERED));
}

/** How many sites the prompt names before it says "and N other sites". */
export const HOSTS_NAMED = 4;

/**
 * The sites as the prompt lists them: "a.org and b.org", "a.org, b.org und c.org"; beyond
 * HOSTS_NAMED the rest is counted (`more` words the count: "3 other sites").
 */
export function listHosts(
  hosts: readonly string[],
  intl: string,
  more: (count: number) => string,
): string {
  const named = hosts.slice(0, HOSTS_NAMED);
  const rest = hosts.length - named.length;
  const items = rest > 0 ? [...named, more(rest)] : named;
  return new Intl.ListFormat(intl, { style: 'long', type: 'conjunction' }).format(items);
}
