/**
 * Names. The dataset gives an author as one string ("Scott Bekker"); it is read into personal
 * names (given, family, suffix) or an organisation's name, which CSL-JSON, BibTeX and RIS
 * then carry. A one-word name ("samdizzy") and anything that looks like an organisation
 * ("Microsoft News Center") are kept as written, never inverted. "A and B", "A & B", "A; B"
 * and "A, B" are read as several people only when every part is a personal name of two or
 * more words. Lower-case particles ("van", "de") stay with the family name.
 */

export type AuthorName =
  | {
      readonly kind: 'person';
      readonly given: string;
      readonly family: string;
      readonly suffix?: string;
    }
  | { readonly kind: 'corporate'; readonly name: string };

const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV|V|VI)$/;
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'das',
  'del',
  'della',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'ten',
  'ter',
]);
const ORGANISATION_WORD =
  /\b(?:Inc|Corp|Corporation|Company|Co|Ltd|LLC|LLP|PLC|GmbH|AG|Group|Team|Staff|Editors|Editorial|Desk|News|Newsroom|Press|Association|Institute|University|College|Foundation|Council|Department|Ministry|Agency|Committee|Board|Society|Center|Centre|Microsoft|Network|Services|Blog|Magazine|Times|Journal|Media)\b/;

function looksLikeOrganisation(name: string): boolean {
  return ORGANISATION_WORD.test(name) || /[\d@/&]/.test(name);
}

function words(s: string): string[] {
  return s.split(' ').filter((w) => w !== '');
}

/** "Martin Luther King, Jr." → person; a single word → the name as written. */
function parsePersonName(raw: string): AuthorName {
  let rest = raw;
  let suffix: string | undefined;
  const m = /,?\s+(Jr\.?|Sr\.?|II|III|IV|V|VI)$/.exec(rest);
  if (m?.[1] !== undefined) {
    suffix = m[1];
    rest = rest.slice(0, m.index);
  }
  const ws = words(rest);
  if (ws.length < 2) return { kind: 'corporate', name: raw };
  let familyStart = ws.length - 1;
  while (familyStart > 1 && PARTICLES.has(ws[familyStart - 1] ?? '')) familyStart--;
  const given = ws.slice(0, familyStart).join(' ');
  const family = ws.slice(familyStart).join(' ');
  return suffix === undefined
    ? { kind: 'person', given, family }
    : { kind: 'person', given, family, suffix };
}

function isPersonalName(part: string): boolean {
  const ws = words(part.replace(/,?\s+(?:Jr\.?|Sr\.?|II|III|IV|V|VI)$/, ''));
  return ws.length >= 2 && !looksLikeOrganisation(part);
}

/** Reads the dataset's one-string author into names; see (G). */
export function parseAuthors(author: string): AuthorName[] {
  const s = author.trim().replace(/\s+/g, ' ');
  if (s === '') return [];
  const parts: string[] = [];
  for (const piece of s.split(/\s*;\s*|,?\s+(?:and|&)\s+|,\s*/)) {
    const last = parts.length - 1;
    if (SUFFIX.test(piece) && last >= 0) parts[last] = `${parts[last] ?? ''}, ${piece}`;
    else if (piece !== '') parts.push(piece);
  }
  if (parts.length > 1 && parts.every(isPersonalName)) return parts.map(parsePersonName);
  if (looksLikeOrganisation(s) || /\s(?:and|&)\s|;/.test(s))
    return [{ kind: 'corporate', name: s }];
  // Already inverted: "Bekker, Scott" or "King, Martin Luther, Jr.".
  const inverted = /^([^,]+), ([^,]+?)(?:, (Jr\.?|Sr\.?|II|III|IV|V|VI))?$/.exec(s);
  if (inverted?.[1] !== undefined && inverted[2] !== undefined && !SUFFIX.test(inverted[2])) {
    const family = inverted[1];
    const given = inverted[2];
    const suffix = inverted[3];
    return [
      suffix === undefined
        ? { kind: 'person', given, family }
        : { kind: 'person', given, family, suffix },
    ];
  }
  return [parsePersonName(s)];
}

/** "Bekker, Scott" (with ", Jr." after the given name when there is a suffix). */
export function invertedName(n: AuthorName): string {
  if (n.kind === 'corporate') return n.name;
  return `${n.family}, ${n.given}${n.suffix === undefined ? '' : `, ${n.suffix}`}`;
}
