import type { AboutModel } from '../view-model/about-model';
import { el } from './dom';

/**
 * "About these figures", reached from the title: a dialog on what the
 * figures count, where they come from, what is left out and why, and how
 * rates and changes are worked out. A modal dialog keeps focus inside it
 * and closes on Escape. Its code loads when the reader first opens it.
 */
export class AboutView {
  readonly dialog = el('dialog', { id: 'about-dialog', class: 'about-dialog', 'aria-labelledby': 'about-title' });
  private readonly body = el('div', { class: 'about-body' });
  private shown: AboutModel | undefined;
  private readonly heading = el('h2', { id: 'about-title' });
  private readonly close = el('button', { type: 'button', class: 'about-close' }, ['×']);

  constructor() {
    this.dialog.append(el('div', { class: 'about-head' }, [this.heading, this.close]), this.body);
    this.close.addEventListener('click', () => this.dialog.close());
    document.body.append(this.dialog);
    // A click on the backdrop closes it, as a reader expects of a dialog over the page.
    this.dialog.addEventListener('click', (event) => {
      if (event.target === this.dialog) this.dialog.close();
    });
  }

  open(): void {
    if (!this.dialog.open) this.dialog.showModal();
  }

  render(model: AboutModel | undefined): void {
    if (model === undefined || model === this.shown) return;
    this.shown = model;
    this.heading.textContent = model.heading;
    this.close.setAttribute('aria-label', model.close);
    // The dataset's title, definition and attribution carry their own language where it is not the page's.
    this.body.replaceChildren(
      el('p', { class: 'about-dataset', lang: model.title.lang }, [model.title.text]),
      ...model.sections.map((section) =>
        el('section', {}, [
          el('h3', {}, [section.heading]),
          ...section.paragraphs.map((paragraph) =>
            typeof paragraph === 'string' ? el('p', {}, [paragraph]) : el('p', { lang: paragraph.lang }, [paragraph.text]),
          ),
          section.list && section.list.length > 0
            ? el(
                'ul',
                {},
                section.list.map((item) => el('li', {}, [item])),
              )
            : null,
          section.link ? el('p', {}, [el('a', { href: section.link.href, rel: 'noopener noreferrer', target: '_blank' }, [section.link.text])]) : null,
        ]),
      ),
    );
  }
}
