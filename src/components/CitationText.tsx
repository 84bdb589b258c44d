import { Fragment } from 'react';
import { plainText, type CitationSegment } from '../lib/citations';

/** Runs of citation text, italic where the style says so. */
export function Segments({ segments }: { segments: readonly CitationSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.italic === true ? <i key={i}>{s.text}</i> : <Fragment key={i}>{s.text}</Fragment>,
      )}
    </>
  );
}

/** The citation as a reader sees it: entries as paragraphs, italics kept; BibTeX as code. */
export function CitationText({
  code,
  entries,
}: {
  code: boolean;
  entries: readonly (readonly CitationSegment[])[];
}) {
  if (code) {
    return <pre className="cite__code">{plainText(entries)}</pre>;
  }
  return (
    <>
      {entries.map((segments, i) => (
        <p key={i} className="cite__entry">
          <Segments segments={segments} />
        </p>
      ))}
    </>
  );
}
