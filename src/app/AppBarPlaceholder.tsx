/** While the dataset loads: the bar's frame and the built-in title, so nothing jumps. */
export function AppBarPlaceholder({ title }: { title: string }) {
  return (
    <header className="appbar appbar--placeholder">
      <div className="appbar__title-block">
        <h1 className="appbar__title">{title}</h1>
      </div>
    </header>
  );
}
