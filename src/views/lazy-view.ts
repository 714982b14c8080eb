/**
 * A view whose code loads when it first has something to show (a force's
 * profile, About these figures), so the first map does not wait for it;
 * it shows the latest slice once its code is here. Before that an absent
 * slice needs nothing done.
 */
export function lazyView<M, V extends { render(model: M | undefined): void }>(
  load: () => Promise<V>,
): { render(model: M | undefined): void; loaded(): Promise<V> } {
  let view: Promise<V> | undefined;
  let latest: M | undefined;
  const loaded = () => {
    view ??= load().catch((error: unknown) => {
      view = undefined;
      throw error;
    });
    return view;
  };
  return {
    render(model) {
      latest = model;
      if (model === undefined && !view) return;
      void loaded().then((v) => v.render(latest));
    },
    loaded,
  };
}
