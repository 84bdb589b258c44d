/**
 * The little XML the slide writers need: escaped text and attributes, numbers with at most
 * two decimals, elements as strings. Pure.
 */
import type { QuadCurve } from '../chart/sceneTypes';

/** Characters XML 1.0 cannot carry (C0 controls other than tab/LF/CR, lone surrogates, …). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or attribute value, safe inside an XML document. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A number for an attribute: at most two decimals, no "-0". */
export function num(v: number): string {
  const r = Math.round(v * 100) / 100;
  return String(r === 0 ? 0 : r);
}

export type Attrs = Readonly<Record<string, string | number | undefined>>;

export function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
  }
  return out;
}

export function el(name: string, a: Attrs, body?: string): string {
  return body === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${body}</${name}>`;
}

export function textEl(a: Attrs, text: string): string {
  return el('text', a, escapeXml(text));
}

/** A quadratic curve as SVG path data. */
export function quadPath(c: QuadCurve): string {
  return `M${num(c.x0)} ${num(c.y0)}Q${num(c.cx)} ${num(c.cy)} ${num(c.x1)} ${num(c.y1)}`;
}
