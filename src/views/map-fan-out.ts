import type { RegionFocus } from '../geography/boundaries';
import type { ChoroplethMap, ForceFills } from './choropleth-map';

type Settable = Pick<ChoroplethMap, 'setFills' | 'setHovered' | 'setSelected' | 'setKeyboardFocus' | 'setFocus'>;

/**
 * A map made of several maps drawn at once (the SVG map and MapLibre while
 * one replaces the other; the geographic and the tile map): every setting
 * goes to each of them, and a map added later is given everything set so far.
 */
export abstract class MapFanOut implements Settable {
  private readonly maps: Settable[] = [];
  private readonly settings: { fills?: ForceFills; hovered?: string; selected?: string; keyboard?: string; focus?: RegionFocus } = {};
  /**
   * Whether the page has set the focus yet (undefined is a focus: the whole of England and Wales). Until it has, a map
   * added is not fitted nor drawn: a link to a region would draw every force twice, the first time at a view never shown.
   */
  private focusSet = false;

  protected addMap(map: Settable): void {
    const { fills, hovered, selected, keyboard, focus } = this.settings;
    if (fills) map.setFills(fills);
    map.setHovered(hovered);
    map.setSelected(selected);
    map.setKeyboardFocus(keyboard);
    if (this.focusSet) map.setFocus(focus, false);
    this.maps.push(map);
  }

  protected removeMap(map: Settable): void {
    this.maps.splice(this.maps.indexOf(map), 1);
  }

  setFills(fills: ForceFills): void {
    this.settings.fills = fills;
    for (const map of this.maps) map.setFills(fills);
  }

  setHovered(code: string | undefined): void {
    this.settings.hovered = code;
    for (const map of this.maps) map.setHovered(code);
  }

  setSelected(code: string | undefined): void {
    this.settings.selected = code;
    for (const map of this.maps) map.setSelected(code);
  }

  setKeyboardFocus(code: string | undefined): void {
    this.settings.keyboard = code;
    for (const map of this.maps) map.setKeyboardFocus(code);
  }

  setFocus(focus: RegionFocus | undefined, animate: boolean): void {
    this.settings.focus = focus;
    this.focusSet = true;
    for (const map of this.maps) map.setFocus(focus, animate);
  }
}
