import type { TimelineController, TimelineState } from '../state/timeline-controller';
import { el } from './dom';

/**
 * The year slider with play/pause and previous/next. A thin view: every
 * action goes to the headless TimelineController, and render() shows
 * whatever state it is given.
 */
export class TimelineView {
  readonly element: HTMLElement;
  private readonly slider: HTMLInputElement;
  private readonly playButton: HTMLButtonElement;
  private readonly previousButton: HTMLButtonElement;
  private readonly nextButton: HTMLButtonElement;
  private readonly yearOutput: HTMLOutputElement;
  private readonly ticks: HTMLElement;

  constructor(controller: TimelineController) {
    this.slider = el('input', { type: 'range', min: 0, step: 1, class: 'timeline-slider', id: 'year-slider', 'aria-label': 'Year' });
    this.playButton = el('button', { type: 'button', class: 'timeline-play', 'aria-label': 'Play through the years' }, ['▶']);
    this.previousButton = el('button', { type: 'button', class: 'timeline-step', 'aria-label': 'Previous year' }, ['‹']);
    this.nextButton = el('button', { type: 'button', class: 'timeline-step', 'aria-label': 'Next year' }, ['›']);
    this.yearOutput = el('output', { class: 'timeline-year', for: 'year-slider' });
    this.ticks = el('div', { class: 'timeline-ticks', 'aria-hidden': 'true' });
    this.element = el('div', { class: 'timeline', role: 'group', 'aria-label': 'Years' }, [
      this.previousButton,
      this.playButton,
      this.nextButton,
      el('div', { class: 'timeline-track' }, [this.slider, this.ticks]),
      this.yearOutput,
    ]);

    this.slider.addEventListener('input', () => controller.seek(Number(this.slider.value)));
    this.slider.addEventListener('keydown', (event) => {
      // Space plays and pauses; arrows, Home and End are the slider's own.
      if (event.key === ' ') {
        event.preventDefault();
        controller.toggle();
      }
    });
    this.playButton.addEventListener('click', () => controller.toggle());
    this.previousButton.addEventListener('click', () => controller.step(-1));
    this.nextButton.addEventListener('click', () => controller.step(1));
    controller.subscribe((state) => this.render(state));
    this.render(controller.state);
  }

  render(state: Readonly<TimelineState>): void {
    const { years, index, playing } = state;
    const year = years[index] ?? '';
    this.slider.max = String(years.length - 1);
    this.slider.value = String(index);
    this.slider.setAttribute('aria-valuetext', year);
    this.slider.disabled = years.length < 2;
    this.yearOutput.textContent = year;
    this.playButton.textContent = playing ? '❚❚' : '▶';
    this.playButton.setAttribute('aria-label', playing ? 'Pause' : 'Play through the years');
    this.playButton.setAttribute('aria-pressed', String(playing));
    this.playButton.disabled = years.length < 2;
    this.previousButton.disabled = index === 0;
    this.nextButton.disabled = index === years.length - 1;
    if (this.ticks.childElementCount !== years.length || this.ticks.firstElementChild?.textContent !== shortYear(years[0])) {
      this.ticks.replaceChildren(...years.map((y) => el('span', {}, [shortYear(y)])));
    }
  }
}

/** "2016/17" → "16/17": ticks must fit eleven years on a phone. */
function shortYear(year: string | undefined): string {
  return year ? year.slice(2) : '';
}
