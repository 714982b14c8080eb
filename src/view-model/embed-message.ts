/**
 * The message the embeddable page (embed.html) posts to the page that frames
 * it, whenever its height changes: namespaced, so that no other script's
 * message is taken for it, and versioned, so that a host's snippet can tell
 * a later form from this one. The snippet (share-links.ts) checks all of it
 * before it sizes the frame.
 */
export const EMBED_HEIGHT_MESSAGE = { type: 'pfa-atlas:embed-height', version: 1 } as const;

/** The tallest frame a snippet accepts: a height past it is not this page's. */
export const MAX_EMBED_HEIGHT = 10_000;

export function embedHeightMessage(height: number): typeof EMBED_HEIGHT_MESSAGE & { height: number } {
  return { ...EMBED_HEIGHT_MESSAGE, height };
}
