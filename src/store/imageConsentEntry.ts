import { parseAnswers, type ConsentAnswers } from '../lib/imageConsentAnswers';
import type { PersistedEntry } from './persistence';

/**
 * The reader's answers to "Show images from these sites?", one per dataset
 * (lib/imageConsent.ts): nothing is fetched from another site before a yes.
 */
export const IMAGE_CONSENT: PersistedEntry<ConsentAnswers> = {
  key: 'wpc-timeline.imageConsent',
  version: 1,
  fallback: {},
  parse: parseAnswers,
  migrate: () => undefined,
};
