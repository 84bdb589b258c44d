import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GlossaryText } from '../../src/components/GlossaryText';
import { buildGlossaryMatcher, type GlossaryEntry } from '../../src/lib/glossaryMatch';
import { renderWithProviders } from '../setup/renderWithProviders';

const entries: GlossaryEntry[] = [
  {
    id: 'bpos',
    term: 'BPOS',
    definition: 'Business Productivity Online Suite: hosted Exchange and SharePoint, sold monthly.',
  },
  {
    id: 'office-365',
    term: 'Office 365',
    aliases: ['O365'],
    definition: 'The 2011 successor to BPOS: Office, Exchange, SharePoint and Lync online.',
  },
];
const matcher = buildGlossaryMatcher(entries);
const SENTENCE = 'BPOS became Office 365 in 2011, and BPOS customers moved over.';

function renderSentence(text = SENTENCE) {
  renderWithProviders(
    <p data-testid="text">
      <GlossaryText text={text} matcher={matcher} entries={entries} />
    </p>,
  );
  return screen.getByTestId('text');
}

/** The paragraph as runs: `[term]` for a marked term, plain text merged. Tooltips left out. */
function runs(p: HTMLElement): string[] {
  const out: string[] = [];
  for (const node of p.childNodes) {
    if (node instanceof HTMLElement && node.classList.contains('glossary-term-wrap')) {
      out.push(`[${node.querySelector('button')!.textContent}]`);
    } else {
      const last = out.at(-1);
      if (last !== undefined && !last.startsWith('['))
        out[out.length - 1] = last + (node.textContent ?? '');
      else out.push(node.textContent ?? '');
    }
  }
  return out;
}

describe('GlossaryText', () => {
  it('marks BPOS and Office 365, the first occurrence of each only', () => {
    const p = renderSentence();
    expect(runs(p)).toEqual([
      '[BPOS]',
      ' became ',
      '[Office 365]',
      ' in 2011, and BPOS customers moved over.',
    ]);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['BPOS', 'Office 365']);
    for (const b of buttons) {
      expect(b).toHaveAttribute('type', 'button');
      expect(b).toHaveClass('glossary-term');
    }
  });

  it('describes each term by its definition', () => {
    renderSentence();
    expect(screen.getByRole('button', { name: 'BPOS' })).toHaveAccessibleDescription(
      entries[0]!.definition,
    );
    expect(screen.getByRole('button', { name: 'Office 365' })).toHaveAccessibleDescription(
      entries[1]!.definition,
    );
  });

  it('shows the definition on keyboard focus and hides it with Escape', async () => {
    const user = userEvent.setup();
    renderSentence();
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.tab();
    const bpos = screen.getByRole('button', { name: 'BPOS' });
    expect(bpos).toHaveFocus();
    const tip = screen.getByRole('tooltip');
    expect(tip).toBeVisible();
    expect(tip).toHaveTextContent(entries[0]!.definition);
    expect(bpos.getAttribute('aria-describedby')).toBe(tip.id);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(bpos).toHaveFocus();
    // Moving on shows the next term's definition.
    await user.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent(entries[1]!.definition);
  });

  it('shows the definition on hover, keeps it while hovered, and Escape dismisses it', async () => {
    const user = userEvent.setup();
    renderSentence();
    const term = screen.getByRole('button', { name: 'Office 365' });
    await user.hover(term);
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent(entries[1]!.definition);
    // The pointer can move onto the tooltip without losing it (WCAG 1.4.13).
    await user.hover(tip);
    expect(screen.getByRole('tooltip')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.unhover(tip);
    await user.hover(term);
    expect(screen.getByRole('tooltip')).toBeVisible();
    await user.unhover(term);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('matches aliases and leaves text without terms alone', () => {
    const p = renderSentence('Partners resold O365 seats.');
    expect(runs(p)).toEqual(['Partners resold ', '[O365]', ' seats.']);
    expect(screen.getByRole('button', { name: 'O365' })).toHaveAccessibleDescription(
      entries[1]!.definition,
    );
  });

  it('skips terms already marked earlier in the same block', () => {
    renderWithProviders(
      <p data-testid="text">
        <GlossaryText
          text={SENTENCE}
          matcher={matcher}
          entries={entries}
          alreadyMarked={new Set(['bpos'])}
        />
      </p>,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Office 365']);
  });
});
