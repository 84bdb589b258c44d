import { memo } from 'react';
import { glyphPath, patternId } from '../../lib/glyphs';
import { cssVars, type RenderEvent } from './markModel';

interface EventMarksProps {
  readonly marks: readonly RenderEvent[];
  readonly selectedId: string | null;
  readonly tabStopId: string | null;
}

const GLYPH_R = 6;

/**
 * Stateless and memoised: re-renders when the layout, filter or selection changes, never on
 * zoom or pan (those only change CSS variables on the parent group).
 */
export const EventMarks = memo(function EventMarks({
  marks,
  selectedId,
  tabStopId,
}: EventMarksProps) {
  return (
    <>
      {marks.map((m) => {
        const selected = m.event.id === selectedId;
        const color = m.theme?.color ?? '#444444';
        const labelWidth = m.label.length * 7.4 + 8;
        return (
          <g
            key={m.event.id}
            className={`mark${selected ? ' is-selected' : ''}${m.emphasis === 'dimmed' ? ' is-dimmed' : ''}${m.event.dateCertainty && m.event.dateCertainty !== 'exact' ? ' is-approximate' : ''}`}
            role="option"
            aria-selected={selected}
            aria-label={m.ariaLabel}
            tabIndex={m.event.id === tabStopId ? 0 : -1}
            data-event-id={m.event.id}
            style={cssVars({ '--x': m.xDays, '--y': m.y, '--d': m.durationDays })}
          >
            <rect className="hit" x={-10} y={-11} width={labelWidth + 22} height={22} />
            {m.durationDays > 0 && (
              <>
                <rect className="bar" y={6} height={5} fill={color} />
                <rect
                  className="bar bar--pattern"
                  y={6}
                  height={5}
                  fill={`url(#${patternId(m.themeIndex)})`}
                />
              </>
            )}
            <path
              className="glyph"
              d={glyphPath(m.theme?.glyph ?? 'circle', GLYPH_R)}
              fill={color}
            />
            <text className="label" x={GLYPH_R + 6} dy="0.35em">
              {m.label}
            </text>
            <rect
              className="focus-ring"
              x={-GLYPH_R - 5}
              y={-11}
              width={labelWidth + 16}
              height={22}
              rx={5}
            />
          </g>
        );
      })}
    </>
  );
});
