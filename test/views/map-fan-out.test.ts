import { describe, expect, it, vi } from 'vitest';
import type { RegionFocus } from '../../src/geography/boundaries';
import type { ChoroplethMap } from '../../src/views/choropleth-map';
import { MapFanOut } from '../../src/views/map-fan-out';

class Fan extends MapFanOut {
  add(map: Parameters<MapFanOut['addMap']>[0]): void {
    this.addMap(map);
  }
}

function recordingMap() {
  return { setFills: vi.fn(), setHovered: vi.fn(), setSelected: vi.fn(), setKeyboardFocus: vi.fn(), setFocus: vi.fn() } satisfies Pick<
    ChoroplethMap,
    'setFills' | 'setHovered' | 'setSelected' | 'setKeyboardFocus' | 'setFocus'
  >;
}

const southWest = { region: 'south-west' } as unknown as RegionFocus;

describe('MapFanOut', () => {
  it('does not fit a map added before the page has set any focus (it would be drawn at a view never shown)', () => {
    const fan = new Fan();
    const map = recordingMap();
    fan.add(map);
    expect(map.setFocus).not.toHaveBeenCalled();
    fan.setFocus(southWest, false);
    expect(map.setFocus).toHaveBeenCalledTimes(1);
    expect(map.setFocus).toHaveBeenCalledWith(southWest, false);
  });

  it('gives a map added later the focus set so far, without a glide, the whole country (undefined) included', () => {
    const fan = new Fan();
    fan.setFocus(undefined, true);
    const map = recordingMap();
    fan.add(map);
    expect(map.setFocus).toHaveBeenCalledWith(undefined, false);

    const regional = new Fan();
    regional.setFocus(southWest, true);
    const other = recordingMap();
    regional.add(other);
    expect(other.setFocus).toHaveBeenCalledWith(southWest, false);
  });

  it('gives a map added later the fills and marks set so far', () => {
    const fan = new Fan();
    const fills = new Map([['dorset', '#123456']]);
    fan.setFills(fills);
    fan.setSelected('dorset');
    fan.setHovered('devon-and-cornwall');
    const map = recordingMap();
    fan.add(map);
    expect(map.setFills).toHaveBeenCalledWith(fills);
    expect(map.setSelected).toHaveBeenCalledWith('dorset');
    expect(map.setHovered).toHaveBeenCalledWith('devon-and-cornwall');
  });
});
