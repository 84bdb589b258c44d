/**
 * Every interface string of the embed view and the Embed dialog, in one plain object, so they
 * can move into the shared message catalogue in one piece.
 */
export const embedMessages = {
  // The embed view
  openFullView: 'Open full view',
  opensInNewTab: '(opens in a new tab)',
  embedTitleFallback: 'WPC timeline',
  selected: (dateAndTitle: string) => `Selected: ${dateAndTitle}`,
  panelTimeline: 'The timeline',
  panelTable: 'The table',
  panelFilter: 'The theme filter',
  panelQuotes: 'The quote panel',

  // The Embed button and dialog
  embedButton: 'Embed…',
  dialogTitle: 'Embed this view',
  dialogIntro:
    'Paste this code into a web page to show the timeline, the theme filters and the quotes of the current view. Readers can open the full app from it.',
  widthLegend: 'Width',
  widthResponsive: 'Responsive (100% of the container)',
  widthFixed: 'Fixed',
  widthPixels: 'Width in pixels',
  heightLegend: 'Height',
  heightFixed: 'Fixed',
  heightPixels: 'Height in pixels',
  heightAuto: 'Auto-size (adds a small script that fits the frame to its content)',
  codeLabel: 'Embed code',
  copy: 'Copy code',
  copied: 'Copied',
  copyFailed:
    'Could not copy automatically. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  previewHeading: 'Preview',
  previewTitle: 'Preview of the embedded timeline',
  close: 'Close',
  loadingDialog: 'Opening the embed options…',
  /** The iframe's title attribute in the host page. */
  iframeTitle: (datasetTitle: string) => `Interactive timeline: ${datasetTitle}`,
} as const;
