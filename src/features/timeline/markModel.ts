import type { CSSProperties } from 'react';
import type { DatedEvent, Theme } from '../../domain/types';
import type { Emphasis } from '../../lib/emphasis';

/** One mark as the chart hands it to <EventMarks>: placed (x in days, y in px) and emphasised. */
export interface RenderEvent {
  readonly event: DatedEvent;
  readonly theme: Theme | null;
  readonly themeIndex: number;
  /** Days from the chart origin to the start. */
  readonly xDays: number;
  /** Length of the bar in days (0 for a point). */
  readonly durationDays: number;
  readonly y: number;
  readonly label: string;
  readonly ariaLabel: string;
  readonly emphasis: Exclude<Emphasis, 'hidden'>;
}

/** CSS custom properties carry positions, so zoom and pan restyle without re-rendering marks. */
export function cssVars(vars: Record<string, number | string>): CSSProperties {
  const style: CSSProperties & Record<string, number | string> = { ...vars };
  return style;
}
