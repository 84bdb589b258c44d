/**
 * The message catalogue: its shape, and the pure functions that turn a message and its
 * parameters into text. No React, no DOM, no global state (see i18n.ts for those).
 *
 *   'Zoom in'                          a plain message
 *   'Stop {n} of {total}'              simple {name} interpolation
 *   { one: '# quote', other: '# quotes' }
 *                                      a plural message: Intl.PluralRules picks the form from
 *                                      `count`; `#` is the count, formatted for the locale
 */

export type PluralCategory = Intl.LDMLPluralRule;

export type PluralMessage = { readonly other: string } & {
  readonly [C in Exclude<PluralCategory, 'other'>]?: string;
};

export type Message = string | PluralMessage;

/** Any catalogue, before its keys are known. */
export type CatalogueShape = Readonly<Record<string, Message>>;

/** A translation of `E`: every key of the English catalogue, strings where it has strings. */
export type CatalogueOf<E extends CatalogueShape> = {
  readonly [K in keyof E]: E[K] extends string ? string : PluralMessage;
};

type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | ParamNames<Rest>
  : never;

/** The parameters a message needs: its {names}, plus `count` for a plural message. */
export type ParamsOf<M> = M extends string
  ? ParamNames<M>
  : M extends PluralMessage
    ? 'count' | ParamNames<Extract<M[keyof M], string>>
    : never;

export type ParamValue = string | number;

/** `t(key)` for a message without parameters, `t(key, { name })` for one with. */
export type ArgsFor<M> = [ParamsOf<M>] extends [never]
  ? []
  : [params: { readonly [P in ParamsOf<M>]: ParamValue }];

export function isPluralMessage(m: Message): m is PluralMessage {
  return typeof m !== 'string';
}

const PARAM = /\{([A-Za-z0-9_]+)\}/g;

/** The parameter names a message uses, sorted and without duplicates (`count` for plurals). */
export function messageParams(m: Message): string[] {
  const names = new Set<string>();
  const texts = isPluralMessage(m) ? Object.values(m) : [m];
  if (isPluralMessage(m)) names.add('count');
  for (const text of texts) for (const match of text.matchAll(PARAM)) names.add(match[1] ?? '');
  return [...names].sort();
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

export function numberFormat(locale: string): Intl.NumberFormat {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale);
    numberFormats.set(locale, f);
  }
  return f;
}

export function pluralCategory(locale: string, count: number): PluralCategory {
  let r = pluralRules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    pluralRules.set(locale, r);
  }
  return r.select(count);
}

/** Replaces each {name}; numbers are formatted for the locale (pass years as strings). */
export function interpolate(
  text: string,
  params: Readonly<Record<string, ParamValue>>,
  locale: string,
): string {
  return text.replace(PARAM, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? numberFormat(locale).format(v) : v;
  });
}

/**
 * A message as text: the plural form for `count` (exact `zero` … `many` when the locale has
 * them, else `other`), `#` replaced by the formatted count, then {name} interpolation.
 */
export function formatMessage(
  message: Message,
  params: Readonly<Record<string, ParamValue>>,
  locale: string,
): string {
  if (!isPluralMessage(message)) return interpolate(message, params, locale);
  const count = Number(params.count ?? 0);
  const form = message[pluralCategory(locale, count)] ?? message.other;
  const withCount = form.replace(/#/g, numberFormat(locale).format(count));
  return interpolate(withCount, params, locale);
}
