/**
 * Building DOM from data. Text always goes in as text (textContent or
 * attributes), never as HTML: figures and names may come from a user's
 * file or a link.
 */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  element.append(...children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false));
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | undefined> = {},
  children: Child[] = [],
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  setAttributes(element, attributes);
  element.append(...children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false));
  return element;
}

function setAttributes(element: Element, attributes: Record<string, string | number | boolean | undefined>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

/** Options for a <select>, keeping the selection. */
export function setOptions(select: HTMLSelectElement, options: readonly { value: string; label: string }[], selected: string): void {
  const same =
    select.options.length === options.length &&
    options.every((option, i) => select.options[i]!.value === option.value && select.options[i]!.text === option.label);
  if (!same) select.replaceChildren(...options.map((option) => el('option', { value: option.value }, [option.label])));
  select.value = selected;
}

/** A labelled control: <label>text <control></label>. */
export function labelled(text: string, control: HTMLElement, className = 'field'): HTMLLabelElement {
  return el('label', { class: className }, [el('span', { class: 'field-label' }, [text]), control]);
}
