import type { z } from 'zod';
import { datasetSchema } from './schema';
import { migrateToLatest } from './migrations';
import { KNOWN_SCHEMA_VERSIONS } from './schemaVersion';
import { describeDateProblem, parsePartialDate } from './dates';
import { describeEventDateProblem } from './eventDates';
import { CHART_BACKGROUND, contrastRatio, MIN_GRAPHIC_CONTRAST } from './contrast';
import type { Dataset, DatasetProblem } from './types';

export { DatasetError } from './datasetError';

export type ValidationResult =
  | { ok: true; dataset: Dataset; warnings: DatasetProblem[] }
  | { ok: false; problems: DatasetProblem[] };

type PathKey = PropertyKey;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `events[3] (id "wpc-2008").start` — a JSON path that also names the item when it has an id. */
export function formatPath(path: readonly PathKey[], root: unknown): string {
  let out = '';
  let node: unknown = root;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      if (isRecord(node) && typeof node.id === 'string' && node.id.length <= 120) {
        out += ` (id "${node.id}")`;
      }
    } else {
      const k = String(key);
      out += out === '' ? k : `.${k}`;
      node = isRecord(node) ? node[k] : undefined;
    }
  }
  return out === '' ? '(top level)' : out;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): DatasetProblem {
  let message = issue.message;
  if (issue.code === 'invalid_type') {
    const where = issue.path.reduce<unknown>(
      (node, key) =>
        isRecord(node) || Array.isArray(node)
          ? (node as Record<PropertyKey, unknown>)[key]
          : undefined,
      root,
    );
    message =
      where === undefined
        ? `is required (expected ${issue.expected})`
        : `should be ${issue.expected}, not ${where === null ? 'null' : Array.isArray(where) ? 'array' : typeof where}`;
  } else if (issue.code === 'unrecognized_keys') {
    message = `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  } else if (issue.code === 'invalid_value' && issue.path.at(-1) === 'schemaVersion') {
    const v = isRecord(root) ? root.schemaVersion : undefined;
    message =
      v === undefined
        ? `schemaVersion is missing (this app reads versions ${KNOWN_SCHEMA_VERSIONS.join(', ')})`
        : `schema version ${JSON.stringify(v)} is not one this app knows (it reads versions ${KNOWN_SCHEMA_VERSIONS.join(', ')})`;
  } else if (issue.code === 'too_big' && issue.origin === 'string') {
    message = `is too long: at most ${String(issue.maximum)} characters are allowed`;
  } else if (issue.code === 'too_big' && issue.origin === 'array') {
    message = `has too many entries: at most ${String(issue.maximum)} are allowed`;
  }
  return { path: formatPath(issue.path, root), message, severity: 'error' };
}

type Raw = Record<string, unknown>;

function arrayOf(root: Raw, key: string): Raw[] {
  const v = root[key];
  return Array.isArray(v) ? v.map((x) => (isRecord(x) ? x : {})) : [];
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * The checks a schema cannot express: unique ids, references that resolve, end ≥ start,
 * contrast. They run on the raw input too, so a file with structural errors still gets
 * every dangling reference reported in the same pass.
 */
function crossReferenceProblems(root: Raw): {
  errors: DatasetProblem[];
  warnings: DatasetProblem[];
} {
  const errors: DatasetProblem[] = [];
  const warnings: DatasetProblem[] = [];
  const err = (path: readonly PathKey[], message: string) =>
    errors.push({ path: formatPath(path, root), message, severity: 'error' });
  const warn = (path: readonly PathKey[], message: string) =>
    warnings.push({ path: formatPath(path, root), message, severity: 'warning' });

  const uniqueIds = (kind: 'themes' | 'sources' | 'events' | 'quotes') => {
    const seen = new Map<string, number>();
    arrayOf(root, kind).forEach((item, i) => {
      if (typeof item.id !== 'string') return;
      const first = seen.get(item.id);
      if (first !== undefined) {
        err([kind, i, 'id'], `duplicate id "${item.id}" (first used at ${kind}[${first}])`);
      } else {
        seen.set(item.id, i);
      }
    });
    return new Set(seen.keys());
  };
  const themeIds = uniqueIds('themes');
  const sourceIds = uniqueIds('sources');
  const eventIds = uniqueIds('events');
  uniqueIds('quotes');

  arrayOf(root, 'themes').forEach((t, i) => {
    if (typeof t.color !== 'string' || !/^#[0-9a-f]{6}$/i.test(t.color)) return;
    const ratio = contrastRatio(t.color, CHART_BACKGROUND);
    if (ratio < MIN_GRAPHIC_CONTRAST) {
      warn(
        ['themes', i, 'color'],
        `colour ${t.color} has contrast ${ratio.toFixed(2)}:1 against white; marks need at least ${MIN_GRAPHIC_CONTRAST}:1`,
      );
    }
  });

  const checkThemes = (kind: 'events' | 'quotes', i: number, themes: unknown) => {
    strings(themes).forEach((t, j) => {
      if (!themeIds.has(t)) err([kind, i, 'themes', j], `theme "${t}" is not defined in themes`);
    });
  };
  const checkSource = (path: readonly PathKey[], s: unknown) => {
    if (typeof s === 'string' && !sourceIds.has(s))
      err(path, `source "${s}" is not defined in sources`);
  };

  arrayOf(root, 'sources').forEach((s, i) => {
    if (!isRecord(s.standpoint)) return;
    const repeats = s.standpoint.repeats;
    checkSource(['sources', i, 'standpoint', 'repeats'], repeats);
    if (typeof repeats === 'string' && repeats === s.id)
      err(['sources', i, 'standpoint', 'repeats'], 'a source cannot repeat itself');
  });

  arrayOf(root, 'events').forEach((e, i) => {
    if (Array.isArray(e.sources))
      e.sources.forEach((s, j) => checkSource(['events', i, 'sources', j], s));
    checkThemes('events', i, e.themes);
    if (Array.isArray(e.themes) && e.themes.length === 0 && e.kind !== 'conference') {
      err(['events', i, 'themes'], 'every event except a conference needs at least one theme');
    }
    if (typeof e.start === 'string' && typeof e.end === 'string') {
      if (describeDateProblem(e.start) === null && describeDateProblem(e.end) === null) {
        if (parsePartialDate(e.end).startMs < parsePartialDate(e.start).startMs) {
          err(['events', i, 'end'], `ends (${e.end}) before it starts (${e.start})`);
        }
      } else {
        const problem = describeEventDateProblem(e.start, e.end);
        if (problem !== null) err(['events', i, 'end'], problem);
      }
    }
    if (Array.isArray(e.dateClaims)) {
      e.dateClaims.forEach((c: unknown, j) => {
        if (!isRecord(c) || !Array.isArray(c.sources)) return;
        c.sources.forEach((src, l) =>
          checkSource(['events', i, 'dateClaims', j, 'sources', l], src),
        );
      });
    }
    if ((e.dateCertainty === 'approximate' || e.dateCertainty === 'inferred') && !e.dateNote) {
      warn(['events', i, 'dateNote'], `an ${e.dateCertainty} date should say how it is known`);
    }
    if (Array.isArray(e.conflicts)) {
      e.conflicts.forEach((c: unknown, j) => {
        if (!isRecord(c) || !Array.isArray(c.claims)) return;
        c.claims.forEach((claim: unknown, k) => {
          if (!isRecord(claim) || !Array.isArray(claim.sources)) return;
          claim.sources.forEach((src, l) =>
            checkSource(['events', i, 'conflicts', j, 'claims', k, 'sources', l], src),
          );
        });
      });
    }
  });

  arrayOf(root, 'quotes').forEach((q, i) => {
    if (typeof q.eventId === 'string' && !eventIds.has(q.eventId)) {
      err(['quotes', i, 'eventId'], `event "${q.eventId}" is not defined in events`);
    }
    checkSource(['quotes', i, 'sourceId'], q.sourceId);
    checkThemes('quotes', i, q.themes);
  });

  const quoteIds = new Set(
    arrayOf(root, 'quotes')
      .map((q) => q.id)
      .filter((x): x is string => typeof x === 'string'),
  );
  const glossaryIds = new Set<string>();
  arrayOf(root, 'glossary').forEach((g, i) => {
    if (typeof g.id !== 'string') return;
    if (glossaryIds.has(g.id)) err(['glossary', i, 'id'], `duplicate id "${g.id}"`);
    glossaryIds.add(g.id);
  });
  arrayOf(root, 'glossary').forEach((g, i) => {
    strings(g.related).forEach((r, j) => {
      if (!glossaryIds.has(r))
        err(['glossary', i, 'related', j], `glossary term "${r}" is not defined`);
    });
    if (Array.isArray(g.sources))
      g.sources.forEach((s, j) => checkSource(['glossary', i, 'sources', j], s));
  });

  arrayOf(root, 'eras').forEach((era, i) => {
    if (typeof era.start !== 'string' || typeof era.end !== 'string') return;
    if (describeDateProblem(era.start) !== null || describeDateProblem(era.end) !== null) return;
    if (parsePartialDate(era.end).startMs < parsePartialDate(era.start).startMs) {
      err(['eras', i, 'end'], `ends (${era.end}) before it starts (${era.start})`);
    }
  });

  arrayOf(root, 'tours').forEach((tour, i) => {
    if (!Array.isArray(tour.stops)) return;
    tour.stops.forEach((stop: unknown, j) => {
      if (!isRecord(stop) || !isRecord(stop.view)) return;
      const v = stop.view;
      const at = ['tours', i, 'stops', j, 'view'] as const;
      if (typeof v.eventId === 'string' && !eventIds.has(v.eventId)) {
        err([...at, 'eventId'], `event "${v.eventId}" is not defined in events`);
      }
      if (typeof v.quoteId === 'string' && !quoteIds.has(v.quoteId)) {
        err([...at, 'quoteId'], `quote "${v.quoteId}" is not defined in quotes`);
      }
      strings(v.themes).forEach((t, k) => {
        if (!themeIds.has(t)) err([...at, 'themes', k], `theme "${t}" is not defined in themes`);
      });
      if (typeof v.from === 'string' && typeof v.to === 'string') {
        if (describeDateProblem(v.from) === null && describeDateProblem(v.to) === null) {
          if (parsePartialDate(v.to).endMs <= parsePartialDate(v.from).startMs) {
            err([...at, 'to'], `the window ends (${v.to}) before it starts (${v.from})`);
          }
        }
      }
    });
  });
  linkProblems(arrayOf(root, 'links'), eventIds, err, warn, checkSource);
  return { errors, warnings };
}

type Report = (path: readonly PathKey[], message: string) => void;

/** Links: both ends are events, every source is defined; a repeated link is only a warning. */
function linkProblems(
  links: readonly Raw[],
  eventIds: ReadonlySet<string>,
  err: Report,
  warn: Report,
  checkSource: (path: readonly PathKey[], s: unknown) => void,
) {
  const seen = new Map<string, number>();
  links.forEach((l, i) => {
    for (const end of ['from', 'to'] as const) {
      const v = l[end];
      if (typeof v === 'string' && !eventIds.has(v)) {
        err(['links', i, end], `event "${v}" is not defined in events`);
      }
    }
    if (Array.isArray(l.sources))
      l.sources.forEach((s, j) => checkSource(['links', i, 'sources', j], s));
    const key = `${String(l.from)}|${String(l.to)}|${String(l.kind)}`;
    const first = seen.get(key);
    if (first !== undefined) warn(['links', i], `repeats links[${first}] (same events and kind)`);
    else seen.set(key, i);
  });
}

/** Structure (zod) and cross-references, all problems in one pass. */
export function validateDataset(input: unknown): ValidationResult {
  if (!isRecord(input)) {
    return {
      ok: false,
      problems: [
        {
          path: '(top level)',
          message: `a dataset is a JSON object, not ${Array.isArray(input) ? 'an array' : input === null ? 'null' : typeof input}`,
          severity: 'error',
        },
      ],
    };
  }
  const { raw } = migrateToLatest(input);
  const root = isRecord(raw) ? raw : input;
  const parsed = datasetSchema.safeParse(root);
  const structural = parsed.success ? [] : parsed.error.issues.map((i) => describeIssue(i, root));
  const { errors, warnings } = crossReferenceProblems(root);
  if (!parsed.success || errors.length > 0) {
    return { ok: false, problems: [...structural, ...errors, ...warnings] };
  }
  return { ok: true, dataset: parsed.data, warnings };
}
