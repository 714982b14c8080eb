/** Calls back once the frame being made now is on screen: in the task after the next paint, not in the frame's own time. */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback));
}
