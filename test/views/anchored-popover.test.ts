import { describe, expect, it } from 'vitest';
import { popoverPosition } from '../../src/views/anchored-popover';

// Edges kept: 8 px from each side of the window; 4 px between the button and the panel.
describe('popoverPosition: the panel stays inside the window', () => {
  const window = { width: 1280, height: 800 };

  it('opens under its button, level with its left edge, where it fits', () => {
    expect(popoverPosition({ left: 100, top: 60, bottom: 90 }, { width: 400, height: 200 }, window)).toEqual({
      left: 100,
      top: 94,
      maxWidth: 1264,
      maxHeight: 698,
    });
  });

  it('moves left as far as it must when the button is near the right edge', () => {
    // 1280 − 8 − 600 = 672
    expect(popoverPosition({ left: 1100, top: 60, bottom: 90 }, { width: 600, height: 200 }, window).left).toBe(672);
  });

  it('is no wider than the window, and starts at its left edge on a phone', () => {
    const phone = { width: 375, height: 812 };
    expect(popoverPosition({ left: 200, top: 60, bottom: 90 }, { width: 600, height: 200 }, phone)).toMatchObject({ left: 8, maxWidth: 359 });
  });

  it('opens above its button when there is no room below and more above', () => {
    // room below: 800 − 700 − 4 − 8 = 88; above: 670 − 4 − 8 = 658; top = 670 − 4 − 300 = 366
    expect(popoverPosition({ left: 100, top: 670, bottom: 700 }, { width: 300, height: 300 }, window)).toEqual({
      left: 100,
      top: 366,
      maxWidth: 1264,
      maxHeight: 658,
    });
  });

  it('stays below, and scrolls, when below has more room than above', () => {
    // room below: 800 − 130 − 4 − 8 = 658; above: 100 − 12 = 88
    expect(popoverPosition({ left: 100, top: 100, bottom: 130 }, { width: 300, height: 900 }, window)).toEqual({
      left: 100,
      top: 134,
      maxWidth: 1264,
      maxHeight: 658,
    });
  });
});
