import type { Stance } from '../../domain/types';

export const STANCE_LABEL: Record<Stance, string> = {
  reassuring: 'Reassuring',
  warning: 'Warning',
  critical: 'Critical',
  momentum: 'Momentum',
  neutral: 'Neutral',
};

/** A text symbol per stance, so stance is never told by colour alone. */
export const STANCE_SYMBOL: Record<Stance, string> = {
  reassuring: '☺',
  warning: '⚠',
  critical: '✕',
  momentum: '↗',
  neutral: '•',
};
