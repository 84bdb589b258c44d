import { useRef, useState, type ReactNode } from 'react';
import { currentLocation } from '../../store/browserUrl';
import { embedIdFromSearch } from './heightMessage';
import { useHeightReporter } from './useHeightReporter';
import './embed.css';

/**
 * The embed's page: a bare `<main>` (no header, no footer) whose height is posted to the
 * host (see useHeightReporter), from the first loading message on. Part of the first script,
 * so it stays tiny; the embed's content (EmbedView) loads lazily.
 */
export function EmbedRoot({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const [id] = useState(() => embedIdFromSearch(currentLocation().search));
  useHeightReporter(ref, id);
  return (
    <main id="main" className="embed-page" ref={ref}>
      {children}
    </main>
  );
}
