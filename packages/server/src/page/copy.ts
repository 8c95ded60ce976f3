/** Copies the text: the Clipboard API where the page may use it, the selection and `copy` otherwise. */
export async function copyText(text: string, field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers, plain http on another host, or a refused permission.
    field.focus();
    field.select();
    return document.execCommand("copy");
  }
}
