import type { ForceTable } from '../forces/force-table';
import { t } from '../i18n/language';
import { el } from './dom';
import type { UseImported } from './import-view';

type ImportViewModule = Pick<typeof import('./import-view'), 'ImportView'>;

/**
 * "Map your own figures": a disclosure whose panel (the parser's worker,
 * the report) loads when the reader first opens it. A load that fails (a
 * network fault, or an old tab asking for code the site no longer has
 * after an update) says so, with a button to try again.
 */
export function mountImportPanel(
  container: HTMLElement,
  forces: ForceTable,
  onUse: UseImported,
  load: () => Promise<ImportViewModule> = () => import('./import-view'),
): void {
  const words = t().importPanel;
  const details = el('details', { class: 'import', id: 'import-panel' }, [el('summary', {}, [words.summary])]);
  const status = el('p', { class: 'import-status', role: 'status' });
  details.append(status);
  container.append(details);
  let loading = false;
  let loaded = false;

  const mount = async () => {
    if (loading || loaded) return;
    loading = true;
    status.replaceChildren(words.loading);
    try {
      const { ImportView } = await load();
      status.remove();
      details.append(new ImportView(forces, onUse).element);
      loaded = true;
    } catch (error) {
      const retry = el('button', { type: 'button', class: 'import-retry' }, [t().page.tryAgain]);
      retry.addEventListener('click', () => void mount());
      const reason = error instanceof Error ? error.message : String(error);
      status.replaceChildren(el('span', { class: 'import-error', role: 'alert' }, [words.loadFailed(reason)]), retry);
    } finally {
      loading = false;
    }
  };
  details.addEventListener('toggle', () => {
    if (details.open) void mount();
  });
}
