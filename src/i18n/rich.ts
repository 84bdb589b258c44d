import { createElement, Fragment, type ReactNode } from 'react';

/**
 * A translated message with React nodes in place of some parameters, so the dataset's words
 * inside an interface sentence can carry their own `lang`:
 *
 *   rich(t('quotes.headingEvent', { title: '{title}' }), { title: <span lang="en">…</span> })
 *
 * (passing '{title}' as the value keeps the placeholder in the text for this function to fill).
 */
export function rich(text: string, values: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return text.split(/(\{[A-Za-z0-9_]+\})/).map((part, i) => {
    const name = /^\{([A-Za-z0-9_]+)\}$/.exec(part)?.[1];
    const value = name === undefined ? undefined : values[name];
    return createElement(Fragment, { key: i }, value === undefined ? part : value);
  });
}
