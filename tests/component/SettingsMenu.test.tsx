import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SettingsMenu } from '../../src/features/header/SettingsMenu';
import { renderWithProviders } from '../setup/renderWithProviders';

describe('SettingsMenu', () => {
  it('groups the language and the colours as radio choices and keeps the menu open', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SettingsMenu />);
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const menu = screen.getByRole('menu', { name: 'Settings' });
    const language = within(menu).getByRole('group', { name: 'Language' });
    expect(within(language).getByRole('menuitemradio', { name: 'English' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(within(language).getByRole('menuitemradio', { name: 'Deutsch' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    const colours = within(menu).getByRole('group', { name: 'Colours' });
    await user.click(within(colours).getByRole('menuitemradio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(within(colours).getByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(screen.getByRole('menu', { name: 'Settings' })).toBeVisible();
    await user.click(within(colours).getByRole('menuitemradio', { name: 'Follow the system' }));
  });

  it('switches dimming of filtered-out events (formerly beside the theme filter)', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<SettingsMenu />);
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const dim = screen.getByRole('menuitemcheckbox', { name: /dim filtered-out events/i });
    expect(dim).toHaveAttribute('aria-checked', 'false');
    await user.click(dim);
    expect(store.getState().dimFiltered).toBe(true);
    expect(dim).toHaveAttribute('aria-checked', 'true');
    await user.keyboard(' ');
    expect(store.getState().dimFiltered).toBe(false);
  });
});
