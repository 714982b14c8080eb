/**
 * User timing for the benchmark (npm run bench): from a step to another
 * year, the script time to the page's recolour (pfa:year-script) and the
 * time to the frame after it (pfa:year-frame; two animation frames on, as
 * the map paints in the first).
 */
export class YearStepTiming {
  private pending = false;

  started(): void {
    performance.mark('pfa:year-step');
    this.pending = true;
  }

  /** The page has rendered its state: measured if a year step led to it. */
  rendered(): void {
    if (!this.pending) return;
    this.pending = false;
    performance.measure('pfa:year-script', 'pfa:year-step');
    requestAnimationFrame(() => requestAnimationFrame(() => performance.measure('pfa:year-frame', 'pfa:year-step')));
  }
}
