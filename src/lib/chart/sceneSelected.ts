/**
 * The selected event's title: never cut. Bold (larger on the stage), beside its mark, on its
 * left, or broken into lines to stay inside the frame, drawn last on an opaque background.
 */
import type { ChartItem } from './chartItems';
import type { SceneLabel } from './sceneTypes';
import { text, type SceneInput } from './sceneInput';
import { wrapText } from './textMetrics';

export function selectedTitle(input: SceneInput, it: ChartItem, x: number, y: number): SceneLabel {
  const { metrics: m, palette: pal, fit, width } = input;
  const s = m.fontPx / 12.5;
  const size = input.stage ? Math.round(m.fontPx * 1.2 * 10) / 10 : m.fontPx;
  const pad = 4 * s;
  const w = fit.measure(it.label, size, true);
  const rightX = input.fitToFrame ? Math.max(pad, x + m.labelOffset) : x + m.labelOffset;
  const leftEnd = x - m.labelOffset;
  let lines: string[] = [it.label];
  let textLeft = rightX;
  let anchor: 'start' | 'end' = 'start';
  if (rightX + w > width - pad) {
    if (leftEnd - w >= pad) {
      anchor = 'end';
      textLeft = leftEnd - w;
    } else {
      const rightRoom = width - pad - rightX;
      const leftRoom = leftEnd - pad;
      const useLeft = leftRoom > rightRoom;
      const room = Math.max(rightRoom, leftRoom);
      if (room >= 10 * size) {
        lines = wrapText(it.label, room, size, true, fit.measure, 4);
        anchor = useLeft ? 'end' : 'start';
      } else {
        // Too little room either side: the title over the whole frame, whole or in lines.
        lines = wrapText(it.label, width - 2 * pad, size, true, fit.measure, 4);
      }
      const widest = Math.max(...lines.map((l) => fit.measure(l, size, true)));
      textLeft =
        room >= 10 * size
          ? useLeft
            ? leftEnd - widest
            : rightX
          : Math.max(pad, width - pad - widest);
      if (room < 10 * size) anchor = 'start';
    }
  }
  const widths = lines.map((l) => fit.measure(l, size, true));
  const lineW = Math.max(...widths);
  const lineHeight = Math.round(size * 1.25);
  const boxPad = 3 * s;
  return {
    ...text({
      text: lines[0] ?? '',
      x: anchor === 'start' ? textLeft : textLeft + lineW,
      y: y + 0.36 * size,
      size,
      weight: 700,
      color: pal.select,
      anchor,
      opacity: it.dimmed ? 0.3 : 1,
      role: 'event-label',
      content: true,
    }),
    id: it.id,
    title: it.label,
    whole: true,
    width: lineW,
    halo: {
      x: textLeft - boxPad,
      y: y - size * 0.75,
      width: lineW + 2 * boxPad,
      height: size * 1.5 + (lines.length - 1) * lineHeight,
      color: pal.background,
    },
    selected: true,
    ...(lines.length > 1 ? { lines, lineHeight } : {}),
    ...(input.stage ? { outline: pal.select } : {}),
  };
}
