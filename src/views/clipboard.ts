/** Writes text to the clipboard; the clipboard may be refused (no permission, an insecure page): false then. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
