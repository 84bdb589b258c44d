/** The CSS named colours (colorjs/color-name ships no types): name → [r, g, b]. */
declare module 'color-name' {
  const colors: Readonly<Record<string, readonly [number, number, number]>>;
  export default colors;
}
