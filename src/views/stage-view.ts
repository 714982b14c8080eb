import type { ForceFeature } from '../geography/boundaries';
import type { ExportModel } from '../view-model/export-model';
import type { ContentModel } from '../view-model/page-model';
import { lazyView } from './lazy-view';

/**
 * What stands in the map's place when the map is not shown: the table of
 * forces, brought up from below the first screen so that choosing Table
 * shows it where the reader is looking, or every year's map (its code,
 * with the exports' drawing, loads when first asked for).
 */
export class StageView {
  private shown: ContentModel['stage'] = 'map';
  private readonly years;

  constructor(
    private readonly host: HTMLElement,
    private readonly table: HTMLElement,
    private readonly tableHome: HTMLElement,
    features: readonly ForceFeature[],
    showYear: (year: string) => void,
  ) {
    this.years = lazyView<ExportModel, { render(model: ExportModel | undefined): void; element: HTMLElement }>(() =>
      import('./years-view').then(({ YearsView }) => {
        const view = new YearsView(features, showYear);
        host.append(view.element);
        return view;
      }),
    );
  }

  /** exported: absent while the figures failed, when nothing stands in the map's place (stage 'map'). */
  render(stage: ContentModel['stage'], exported: ExportModel | undefined): void {
    if (stage !== this.shown) {
      this.shown = stage;
      this.host.hidden = stage === 'map';
      this.host.dataset['shows'] = stage;
      if (stage === 'table') this.host.append(this.table);
      else if (this.table.parentElement !== this.tableHome) this.tableHome.append(this.table);
    }
    this.years.render(stage === 'years' ? exported : undefined);
  }
}
