import { messageParts } from '../format/user-text';

/**
 * A message as DOM nodes: the app's words as text, each piece of user text
 * (isolated in the message, see src/format/user-text.ts) in a <bdi>, so
 * that a right-to-left name cannot reorder the sentence around it.
 */
export function messageNodes(message: string): (string | HTMLElement)[] {
  return messageParts(message).map((part) => {
    if (typeof part === 'string') return part;
    const bdi = document.createElement('bdi');
    bdi.textContent = part.user;
    return bdi;
  });
}
