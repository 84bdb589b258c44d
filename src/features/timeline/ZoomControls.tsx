export function ZoomControls({
  onZoomIn,
  onZoomOut,
  onReset,
  canZoomOut,
}: {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
  canZoomOut: boolean;
}) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={onZoomIn} aria-keyshortcuts="+" title="Zoom in (+)">
        <span aria-hidden="true">+</span> Zoom in
      </button>
      <button
        type="button"
        onClick={onZoomOut}
        aria-keyshortcuts="-"
        title="Zoom out (−)"
        aria-disabled={!canZoomOut}
      >
        <span aria-hidden="true">−</span> Zoom out
      </button>
      <button
        type="button"
        onClick={onReset}
        aria-keyshortcuts="0"
        title="Show the whole timeline (0)"
      >
        Reset zoom
      </button>
    </div>
  );
}
