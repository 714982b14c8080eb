import type { TimelineModel } from '../view-model/page-model';
import { el } from './dom';
import { t } from '../i18n/language';

export interface TimelineActions {
  /** Show the year at this index (the slider, Home, End, the arrows). */
  seek(index: number): void;
  play(): void;
  pause(): void;
}

/**
 * The year slider with play/pause and previous/next. A thin view: it shows
 * the year the page shows, and hands every action up.
 */
export class TimelineView {
  readonly element: HTMLElement;
  private readonly slider: HTMLInputElement;
  private readonly playButton: HTMLButtonElement;
  private readonly previousButton: HTMLButtonElement;
  private readonly nextButton: HTMLButtonElement;
  private readonly yearOutput: HTMLOutputElement;
  private readonly ticks: HTMLElement;
  private shown: TimelineModel | undefined;

  constructor(actions: TimelineActions) {
    this.slider = el('input', { type: 'range', min: 0, step: 1, class: 'timeline-slider', id: 'year-slider', 'aria-label': t().timeline.year });
    this.playButton = el('button', { type: 'button', class: 'timeline-play', 'aria-label': t().timeline.play }, ['▶']);
    this.previousButton = el('button', { type: 'button', class: 'timeline-step', 'aria-label': t().timeline.previous }, ['‹']);
    this.nextButton = el('button', { type: 'button', class: 'timeline-step', 'aria-label': t().timeline.next }, ['›']);
    this.yearOutput = el('output', { class: 'timeline-year', for: 'year-slider' });
    this.ticks = el('div', { class: 'timeline-ticks', 'aria-hidden': 'true' });
    this.element = el('div', { class: 'timeline', role: 'group', 'aria-label': t().timeline.years }, [
      this.previousButton,
      this.playButton,
      this.nextButton,
      el('div', { class: 'timeline-track' }, [this.slider, this.ticks]),
      this.yearOutput,
    ]);

    this.slider.addEventListener('input', () => actions.seek(Number(this.slider.value)));
    this.slider.addEventListener('keydown', (event) => {
      // Space plays and pauses; arrows, Home and End are the slider's own.
      if (event.key === ' ') {
        event.preventDefault();
        if (this.shown?.playing) actions.pause();
        else actions.play();
      }
    });
    this.playButton.addEventListener('click', () => (this.shown?.playing ? actions.pause() : actions.play()));
    this.previousButton.addEventListener('click', () => actions.seek((this.shown?.index ?? 0) - 1));
    this.nextButton.addEventListener('click', () => actions.seek((this.shown?.index ?? 0) + 1));
  }

  render(model: TimelineModel): void {
    if (model === this.shown) return;
    this.shown = model;
    const { years, index, playing } = model;
    const year = years[index] ?? '';
    this.slider.max = String(years.length - 1);
    this.slider.value = String(index);
    this.slider.setAttribute('aria-valuetext', year);
    this.slider.disabled = years.length < 2;
    this.yearOutput.textContent = year;
    this.playButton.textContent = playing ? '❚❚' : '▶';
    this.playButton.setAttribute('aria-label', playing ? t().timeline.pause : t().timeline.play);
    this.playButton.setAttribute('aria-pressed', String(playing));
    this.playButton.disabled = years.length < 2;
    this.previousButton.disabled = index === 0;
    this.nextButton.disabled = index === years.length - 1;
    if (this.ticks.childElementCount !== years.length || this.ticks.firstElementChild?.textContent !== shortYear(years[0])) {
      this.ticks.replaceChildren(
        ...years.map((y, i) => {
          const tick = el('span', {}, [shortYear(y)]);
          // Under the slider's stops (CSSOM: the page's policy allows no inline style attribute).
          tick.style.left = years.length > 1 ? `${(i / (years.length - 1)) * 100}%` : '0';
          return tick;
        }),
      );
    }
  }
}

/** "2016/17" → "16/17": ticks must fit eleven years on a phone. */
function shortYear(year: string | undefined): string {
  return year ? year.slice(2) : '';
}
