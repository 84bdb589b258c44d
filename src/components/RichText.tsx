import { sanitizeRichText } from './sanitizeRichText';

export function RichText({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={className}
      // Sanitised above to a small allowlist; see sanitizeRichText.
      dangerouslySetInnerHTML={{ __html: sanitizeRichText(html) }}
    />
  );
}
