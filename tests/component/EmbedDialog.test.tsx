import { StrictMode } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useEmbedDialog } from '../../src/features/embed/useEmbedDialog';
import { ShareMenu } from '../../src/features/export/ShareMenu';
import type { LoadedDataset } from '../../src/domain/indexes';
import { loadFixture } from '../setup/fixtures';
import { renderWithProviders } from '../setup/renderWithProviders';

const origin = window.location.origin;

/** Share & export with Embed… beside Copy link, composed as the app composes it. */
function ShareWithEmbed({ data, datasetTitle }: { data: LoadedDataset; datasetTitle: string }) {
  const embed = useEmbedDialog(datasetTitle);
  return (
    <>
      <ShareMenu
        data={data}
        shareEntries={[{ kind: 'action', id: 'embed', label: 'Embed…', onSelect: embed.open }]}
      />
      {embed.dialog}
    </>
  );
}

async function chooseEmbed(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Share & export' }));
  await user.click(screen.getByRole('menuitem', { name: 'Embed…' }));
}
const IFRAME = (src: string, size: string) =>
  `<iframe src="${src}" title="Interactive timeline: Fixture &quot;mini&quot;" ${size} loading="lazy"></iframe>`;

function mockClipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
    writeText: spy,
  } as unknown as Clipboard);
  return spy;
}

/** Opens the dialog; `clipboard` replaces the clipboard (after user-event installs its own). */
async function openDialog(clipboard?: (text: string) => Promise<void>) {
  const user = userEvent.setup();
  const writeText = clipboard ? mockClipboard(clipboard) : null;
  renderWithProviders(<ShareWithEmbed data={loadFixture()} datasetTitle='Fixture "mini"' />, {
    themeFilter: ['alpha', 'gamma'],
    selectedEventId: 'e1',
  });
  await chooseEmbed(user);
  // The dialog is a lazy chunk: under a full suite on two busy cores it can take seconds.
  const dialog = await screen.findByRole(
    'dialog',
    { name: 'Embed this view' },
    { timeout: 10_000 },
  );
  const code = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' });
  return { user, dialog, code, writeText };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('EmbedDialog', { timeout: 20_000 }, () => {
  it('sits next to Copy link in the share and export menu', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ShareWithEmbed data={loadFixture()} datasetTitle="Fixture" />);
    await user.click(screen.getByRole('button', { name: 'Share & export' }));
    const names = within(screen.getByRole('menu', { name: 'Share & export' }))
      .getAllByRole('menuitem')
      .map((b) => b.textContent);
    expect(names.slice(0, 2)).toEqual(['Copy link', 'Embed…']);
  });

  it('gives the iframe code for the current view, with escaped attributes', async () => {
    const { code, dialog } = await openDialog();
    expect(code).toHaveAttribute('readonly');
    expect(code.value).toBe(
      IFRAME(
        `${origin}/?embed=1&amp;themes=alpha~gamma&amp;event=e1`,
        'height="720" style="width:100%;border:0"',
      ),
    );
    expect(dialog).toHaveAccessibleDescription(/Paste this code into a web page/);
    // The live preview is the embed URL itself, unescaped.
    expect(within(dialog).getByTitle('Preview of the embedded timeline')).toHaveAttribute(
      'src',
      `${origin}/?embed=1&themes=alpha~gamma&event=e1`,
    );
  });

  it('changes the code with the width and height options', async () => {
    const { user, dialog, code } = await openDialog();
    const src = `${origin}/?embed=1&amp;themes=alpha~gamma&amp;event=e1`;
    const width = within(dialog).getByRole('group', { name: 'Width' });
    const height = within(dialog).getByRole('group', { name: 'Height' });

    await user.click(within(width).getByRole('radio', { name: 'Fixed' }));
    expect(code.value).toBe(
      IFRAME(src, 'width="800" height="720" style="max-width:100%;border:0"'),
    );
    const widthPx = within(width).getByRole('spinbutton', { name: 'Width in pixels' });
    await user.clear(widthPx);
    await user.type(widthPx, '640');
    expect(code.value).toBe(
      IFRAME(src, 'width="640" height="720" style="max-width:100%;border:0"'),
    );
    // Too narrow for the layout: held at 320.
    await user.clear(widthPx);
    await user.type(widthPx, '100');
    expect(code.value).toContain(' width="320" ');

    await user.click(within(width).getByRole('radio', { name: /Responsive/ }));
    const heightPx = within(height).getByRole('spinbutton', { name: 'Height in pixels' });
    await user.clear(heightPx);
    await user.type(heightPx, '480');
    expect(code.value).toBe(IFRAME(src, 'height="480" style="width:100%;border:0"'));

    await user.click(within(height).getByRole('radio', { name: /Auto-size/ }));
    expect(within(height).getByRole('radio', { name: /Auto-size/ })).toBeChecked();
    const [iframe, ...script] = code.value.split('\n');
    expect(iframe).toBe(IFRAME(src, 'height="720" style="width:100%;border:0"'));
    expect(script[0]).toBe('<script>');
    expect(script.join('\n')).toContain(`event.origin !== "${origin}"`);
    expect(script.join('\n')).toContain('data.type !== "wpc-timeline:height"');
    expect(script.at(-1)).toBe('</script>');
  });

  it('copies the code and says so', async () => {
    const { user, dialog, code, writeText } = await openDialog(() => Promise.resolve());
    await user.click(within(dialog).getByRole('radio', { name: /Auto-size/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Copy code' }));
    expect(writeText).toHaveBeenCalledWith(code.value);
    const status = within(dialog).getByRole('status');
    expect(status).toHaveTextContent(/^Copied\s*$/);
    // Copying again announces again (the live region's text changes).
    const before = status.textContent;
    await user.click(within(dialog).getByRole('button', { name: 'Copy code' }));
    expect(status.textContent).not.toBe(before);
  });

  it('selects the code for the reader when the clipboard is refused', async () => {
    const { user, dialog, code } = await openDialog(() =>
      Promise.reject(new DOMException('denied', 'NotAllowedError')),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Copy code' }));
    await waitFor(() => {
      expect(code).toHaveFocus();
    });
    expect([code.selectionStart, code.selectionEnd]).toEqual([0, code.value.length]);
    expect(within(dialog).getByRole('status')).toHaveTextContent(/Could not copy automatically/);
  });

  it('stays open under StrictMode, whose rehearsal unmount re-runs its effects', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <StrictMode>
        <ShareWithEmbed data={loadFixture()} datasetTitle="Fixture" />
      </StrictMode>,
    );
    await chooseEmbed(user);
    // The dialog is a lazy chunk: under a full suite on two busy cores it can take seconds.
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Embed this view' },
      { timeout: 10_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dialog).toBeInTheDocument();
    expect(dialog).toHaveAttribute('open');
  });

  it('closes and gives focus back to the menu button that opened it', async () => {
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Share & export' })).toHaveFocus();
  });
});
