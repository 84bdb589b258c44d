import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ThemeFilter } from '../../src/features/filters/ThemeFilter';
import { loadFixture } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

const data = loadFixture();

describe('ThemeFilter', () => {
  it('offers one checkbox per theme, named by its label, with its event count', () => {
    renderWithProviders(<ThemeFilter data={data} />);
    const group = screen.getByRole('group', { name: /themes/i });
    const boxes = within(group).getAllByRole('checkbox', { name: /theme$/ });
    expect(
      boxes.map((b) => b.getAttribute('id') && (b as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['Alpha theme', 'Beta theme', 'Gamma theme']);
    const alpha = screen.getByRole('checkbox', { name: 'Alpha theme' });
    expect(alpha).toBeChecked();
    expect(alpha).toHaveAccessibleDescription('3 events');
  });

  it('toggles a theme in the store and reflects it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<ThemeFilter data={data} />);
    await user.click(screen.getByRole('checkbox', { name: 'Beta theme' }));
    expect(store.getState().themeFilter).toEqual(['alpha', 'gamma']);
    expect(screen.getByRole('checkbox', { name: 'Beta theme' })).not.toBeChecked();
    expect(screen.getByText('(2 of 3 shown)')).toBeInTheDocument();
  });

  it('has All and None shortcuts, named by their visible text (WCAG 2.5.3)', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ThemeFilter data={data} />, { themeFilter: ['alpha'] });
    await user.click(screen.getByRole('button', { name: 'None' }));
    for (const box of screen.getAllByRole('checkbox', { name: /theme$/ }))
      expect(box).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'All' }));
    for (const box of screen.getAllByRole('checkbox', { name: /theme$/ }))
      expect(box).toBeChecked();
  });

  it('works from the keyboard', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<ThemeFilter data={data} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'All' })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Alpha theme' })).toHaveFocus();
    await user.keyboard(' ');
    expect(store.getState().themeFilter).toEqual(['beta', 'gamma']);
  });
});
