/**
 * Links between events, seen from one event: what it points at (out) and what points at it
 * (in), in a fixed order of kinds, with the wording for each side ("Responds to" / "Answered
 * by"). Pure; the wording comes from the caller's translate function, so it follows the
 * reader's locale.
 */
import { LINK_KINDS } from '../domain/linkKinds';
import type { EventLink, LinkKind } from '../domain/types';

export type LinkDirection = 'out' | 'in';

/** One link as one event sees it. */
export interface LinkEnd {
  readonly link: EventLink;
  /** Position of the link in the dataset's list. */
  readonly index: number;
  readonly direction: LinkDirection;
  /** The event at the other end. */
  readonly otherId: string;
}

export type LinkIndex = ReadonlyMap<string, readonly LinkEnd[]>;

const KIND_ORDER = new Map<LinkKind, number>(LINK_KINDS.map((k, i) => [k, i]));

function rank(e: LinkEnd): number {
  return (KIND_ORDER.get(e.link.kind) ?? 0) * 2 + (e.direction === 'out' ? 0 : 1);
}

/** Every event's links, both ways; a self-link is listed once, as outgoing. */
export function buildLinkIndex(links: readonly EventLink[] | undefined): LinkIndex {
  const index = new Map<string, LinkEnd[]>();
  const add = (id: string, end: LinkEnd) => {
    const list = index.get(id);
    if (list) list.push(end);
    else index.set(id, [end]);
  };
  (links ?? []).forEach((link, i) => {
    add(link.from, { link, index: i, direction: 'out', otherId: link.to });
    if (link.to !== link.from)
      add(link.to, { link, index: i, direction: 'in', otherId: link.from });
  });
  for (const list of index.values()) list.sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  return index;
}

const indexes = new WeakMap<readonly EventLink[], LinkIndex>();
const NO_LINKS: LinkIndex = new Map();

/** `buildLinkIndex`, remembered per links list (a dataset's list never changes). */
export function linkIndexOf(links: readonly EventLink[] | undefined): LinkIndex {
  if (!links) return NO_LINKS;
  let index = indexes.get(links);
  if (!index) {
    index = buildLinkIndex(links);
    indexes.set(links, index);
  }
  return index;
}

/** The message key for a kind seen from one side: `links.out.responds-to`, `links.in.echoes`… */
export function linkLabelKey(kind: LinkKind, direction: LinkDirection) {
  return `links.${direction}.${kind}` as const;
}

export interface LinkGroup {
  readonly kind: LinkKind;
  readonly direction: LinkDirection;
  readonly ends: readonly LinkEnd[];
}

/** An event's links grouped by kind and side, in the index's order. */
export function groupLinks(ends: readonly LinkEnd[]): LinkGroup[] {
  const groups: LinkGroup[] = [];
  for (const end of ends) {
    const last = groups.at(-1);
    if (last && last.kind === end.link.kind && last.direction === end.direction) {
      (last.ends as LinkEnd[]).push(end);
    } else {
      groups.push({ kind: end.link.kind, direction: end.direction, ends: [end] });
    }
  }
  return groups;
}

/** The links to draw: every one, or only those touching the focused or selected events. */
export function linksToDraw(
  links: readonly EventLink[] | undefined,
  index: LinkIndex,
  showAll: boolean,
  ids: readonly (string | null)[],
): readonly EventLink[] {
  if (!links || links.length === 0) return [];
  if (showAll) return links;
  const seen = new Set<number>();
  const out: EventLink[] = [];
  for (const id of ids) {
    if (id === null) continue;
    for (const end of index.get(id) ?? []) {
      if (seen.has(end.index)) continue;
      seen.add(end.index);
      out.push(end.link);
    }
  }
  return out;
}
