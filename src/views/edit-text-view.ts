import type { EditTextModel } from '../view-model/edit-text-model';
import { MAX_PINS, type ReaderTextKey } from '../state/app-state';
import { t } from '../i18n/language';
import { panelWords } from '../i18n/panel-words';
import { el } from './dom';

/** What the panel asks of the page: the reader's words and pins, written into the link as typed (the link's parser checks them). */
export type ApplyText = (params: Partial<Record<ReaderTextKey | 'pins', string>>) => void;

/**
 * "Edit text": a modal dialog where the reader writes the title, subtitle,
 * note and credit of the map and its exports, and pins value labels to up
 * to five forces. Each field shows its default words while empty and
 * counts its characters against its limit, saying when it is passed.
 * Escape or Cancel closes it without change; focus goes back to the button
 * that opened it. Its code loads when the reader first opens it.
 */
/** The panel's words, loaded with it. */
const words = () => panelWords().edit;

/** "12 of 120 characters", or, past the limit, what is wrong and what to do. */
function lengthNote(text: string, limit: number): { text: string; over: boolean } {
  const length = [...text].length;
  return length > limit ? { text: words().tooLong(length - limit, limit), over: true } : { text: words().length(length, limit), over: false };
}

export class EditTextView {
  readonly dialog = el('dialog', { id: 'edit-text-dialog', class: 'about-dialog edit-text-dialog', 'aria-labelledby': 'edit-text-heading' });
  private readonly form = el('form', { method: 'dialog', class: 'edit-text-form' });
  private readonly fields = el('div', { class: 'edit-text-fields' });
  private readonly pinList = el('ul', { class: 'edit-text-pins', 'aria-label': words().pinList });
  private readonly pinChoice = el('select', { id: 'edit-text-pin-choice' });
  private readonly pinButton = el('button', { type: 'button' }, [words().labelForce]);
  private readonly status = el('p', { class: 'edit-text-status', role: 'status' });
  private readonly inputs = new Map<ReaderTextKey, HTMLInputElement | HTMLTextAreaElement>();
  private model: EditTextModel | undefined;
  private pins: { slug: string; name: string }[] = [];
  private opener: HTMLElement | null = null;

  constructor(private readonly apply: ApplyText) {
    const close = el('button', { type: 'button', class: 'about-close', 'aria-label': words().close }, ['×']);
    close.addEventListener('click', () => this.dialog.close());
    const cancel = el('button', { type: 'button' }, [words().cancel]);
    cancel.addEventListener('click', () => this.dialog.close());
    this.pinButton.addEventListener('click', () => this.addPin());
    this.form.addEventListener('submit', (event) => this.submit(event));
    this.form.append(
      el('p', { class: 'field-note' }, [words().intro]),
      this.fields,
      el('fieldset', { class: 'edit-text-labels' }, [
        el('legend', {}, [words().valueLabels]),
        el('p', { class: 'field-note', id: 'edit-text-pins-note' }, [words().pinsNote(MAX_PINS)]),
        this.pinList,
        el('div', { class: 'share-row' }, [
          el('label', { for: 'edit-text-pin-choice', class: 'visually-hidden' }, [words().forceToLabel]),
          this.pinChoice,
          this.pinButton,
        ]),
      ]),
      this.status,
      el('div', { class: 'share-row edit-text-actions' }, [el('button', { type: 'submit', class: 'primary-button' }, [words().apply]), cancel]),
    );
    this.dialog.append(
      el('div', { class: 'about-head' }, [el('h2', { id: 'edit-text-heading' }, [t().header.editText]), close]),
      el('div', { class: 'about-body' }, [this.form]),
    );
    // Back to the button that opened it, whichever way it closes (Escape, Cancel, ×, Apply).
    this.dialog.addEventListener('close', () => this.opener?.focus());
    this.dialog.addEventListener('click', (event) => {
      if (event.target === this.dialog) this.dialog.close();
    });
    document.body.append(this.dialog);
  }

  render(model: EditTextModel | undefined): void {
    if (model === undefined) return;
    this.model = model;
    // While the reader is typing, what the page shows does not overwrite the form.
    if (!this.dialog.open) this.fill(model);
  }

  open(opener: HTMLElement): void {
    this.opener = opener;
    if (this.model) this.fill(this.model);
    if (!this.dialog.open) this.dialog.showModal();
    // Straight to the first field: the title is what most readers came to change.
    this.inputs.get('title')?.focus();
  }

  private fill(model: EditTextModel): void {
    this.inputs.clear();
    this.fields.replaceChildren(
      ...model.fields.map((field) => {
        const id = `edit-text-${field.key}`;
        const counter = el('span', { class: 'field-note', id: `${id}-count` });
        const attributes = { id, name: field.key, placeholder: field.placeholder, 'aria-describedby': `${id}-count` };
        const input = field.multiline ? el('textarea', { ...attributes, rows: 3 }) : el('input', { ...attributes, type: 'text' });
        input.value = field.value;
        const count = () => {
          const note = lengthNote(input.value, field.limit);
          counter.textContent = note.text;
          counter.classList.toggle('is-over', note.over);
          if (note.over) input.setAttribute('aria-invalid', 'true');
          else input.removeAttribute('aria-invalid');
        };
        input.addEventListener('input', count);
        count();
        this.inputs.set(field.key, input);
        return el('div', { class: 'edit-text-field' }, [el('label', { for: id, class: 'field-label' }, [words().fields[field.key]]), input, counter]);
      }),
    );
    this.pins = [...model.pins];
    this.showPins();
    this.status.textContent = '';
  }

  private showPins(): void {
    const model = this.model;
    if (!model) return;
    this.pinList.replaceChildren(
      ...this.pins.map((pin) => {
        const remove = el('button', { type: 'button', 'aria-label': words().removeLabel(pin.name) }, [words().remove]);
        remove.addEventListener('click', () => {
          this.pins = this.pins.filter((other) => other.slug !== pin.slug);
          this.showPins();
          this.pinChoice.focus();
        });
        return el('li', {}, [el('span', {}, [pin.name]), ' ', remove]);
      }),
    );
    const pinned = new Set(this.pins.map((pin) => pin.slug));
    this.pinChoice.replaceChildren(
      ...model.forces.filter((force) => !pinned.has(force.slug)).map((force) => el('option', { value: force.slug }, [force.name])),
    );
    const full = this.pins.length >= model.maxPins;
    this.pinChoice.disabled = full;
    this.pinButton.disabled = full;
  }

  private addPin(): void {
    const force = this.model?.forces.find((candidate) => candidate.slug === this.pinChoice.value);
    if (!force || !this.model || this.pins.length >= this.model.maxPins) return;
    this.pins.push(force);
    this.showPins();
    this.status.textContent = words().willBeLabelled(force.name);
  }

  private submit(event: SubmitEvent): void {
    const over = [...this.inputs.entries()].filter(
      ([key, input]) => lengthNote(input.value, this.model!.fields.find((field) => field.key === key)!.limit).over,
    );
    if (over.length > 0) {
      event.preventDefault();
      this.status.textContent = words().notApplied(over.map(([key]) => words().fields[key]).join(', '));
      over[0]![1].focus();
      return;
    }
    const params: Partial<Record<ReaderTextKey | 'pins', string>> = { pins: this.pins.map((pin) => pin.slug).join(',') };
    for (const [key, input] of this.inputs) params[key] = input.value;
    // method="dialog": the dialog closes itself after this.
    this.apply(params);
  }
}
