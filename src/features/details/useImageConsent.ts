/**
 * The reader's answer for the dataset on screen, shared by every picture (a tiny external
 * store over the persistence entry, so answering in one place updates the others).
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import {
  consentKey,
  consentStatus,
  recordAnswer,
  type ConsentAnswers,
  type ConsentStatus,
} from '../../lib/imageConsent';
import { datasetPictureHosts } from '../../lib/media';
import { entryText, IMAGE_CONSENT, readEntry, writeEntry } from '../../store/persistence';
import { currentLocation } from '../../store/browserUrl';

let answers: ConsentAnswers = {};
/** The stored text `answers` was read from (undefined: not read yet). */
let readFrom: string | null | undefined;
const listeners = new Set<() => void>();

function snapshot(): ConsentAnswers {
  const text = entryText(IMAGE_CONSENT);
  if (text !== readFrom) {
    answers = readEntry(IMAGE_CONSENT);
    readFrom = text;
  }
  return answers;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab of the app answered: read again.
  const onStorage = (e: StorageEvent) => {
    if (e.key === IMAGE_CONSENT.key) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function answer(key: string, allowed: boolean, hosts: readonly string[]) {
  answers = recordAnswer(snapshot(), key, { allowed, hosts, at: Date.now() });
  // Not kept (private mode): the answer still holds while the page is open.
  writeEntry(IMAGE_CONSENT, answers);
  readFrom = entryText(IMAGE_CONSENT);
  for (const l of listeners) l();
}

const hostsCache = new WeakMap<LoadedDataset, string[]>();

/** The other sites this dataset's pictures come from (computed once per dataset). */
export function pictureHostsOf(data: LoadedDataset): string[] {
  let hosts = hostsCache.get(data);
  if (hosts === undefined) {
    hosts = datasetPictureHosts(data, currentLocation().origin);
    hostsCache.set(data, hosts);
  }
  return hosts;
}

export interface ImageConsent {
  readonly status: ConsentStatus;
  readonly hosts: readonly string[];
  readonly allow: () => void;
  readonly refuse: () => void;
}

export function useImageConsent(data: LoadedDataset): ImageConsent {
  const all = useSyncExternalStore(subscribe, snapshot, snapshot);
  const hosts = useMemo(() => pictureHostsOf(data), [data]);
  const key = consentKey({ origin: data.origin, title: data.dataset.title });
  const status = consentStatus(all, key, hosts);
  const allow = useCallback(() => answer(key, true, hosts), [key, hosts]);
  const refuse = useCallback(() => answer(key, false, hosts), [key, hosts]);
  return { status, hosts, allow, refuse };
}
