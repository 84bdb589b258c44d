import type { LoadedDataset } from '../domain/indexes';

/** The two interface strings the built-in dataset's heading uses, in the reader's language. */
export interface BuiltinHeadingText {
  readonly title: string;
  readonly subtitle: string;
}

export interface DatasetHeading {
  readonly title: string;
  readonly subtitle: string;
  /** The language of the title and subtitle: the interface's (undefined) for the built-in, else the data's. */
  readonly lang: string | undefined;
}

/** The first line (up to a sentence) of a description, for a one-line subtitle. */
export function firstLine(text: string, max = 160): string {
  const line = text.trim().split(/\n/)[0]?.trim() ?? '';
  const sentence = /^(.+?[.!?])(\s|$)/u.exec(line)?.[1] ?? line;
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A dataset owns its page: the heading, subtitle and document title come from the loaded
 * dataset. The built-in WPC timeline uses its translated title; any other uses its own title
 * and the first sentence of its description (a TimelineJS title slide becomes both).
 */
export function datasetHeading(
  data: Pick<LoadedDataset, 'dataset'>,
  builtin: BuiltinHeadingText | null,
): DatasetHeading {
  if (builtin !== null) return { ...builtin, lang: undefined };
  return {
    title: data.dataset.title,
    subtitle: firstLine(data.dataset.description ?? ''),
    lang: data.dataset.language?.trim() || 'en',
  };
}
