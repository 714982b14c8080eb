import { embedHeightMessage } from '../view-model/embed-message';

/**
 * In the embeddable page framed by another: tells the host page the page's
 * height each time it changes, so that the snippet it was given sizes the
 * frame to it and the frame never scrolls inside itself. The embedded page's
 * height follows its width alone (app.css, html[data-embed]), never the
 * frame's height, so that setting one does not change the other. The height
 * is no secret: it goes to whatever page frames this one.
 */
export function postEmbedHeight(page: Document, frame: Window): void {
  if (!page.documentElement.hasAttribute('data-embed') || frame.parent === frame) return;
  const app = page.getElementById('app');
  if (!app) return;
  let posted = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(app.getBoundingClientRect().height);
    if (height === posted) return;
    posted = height;
    frame.parent.postMessage(embedHeightMessage(height), '*');
  }).observe(app);
}
