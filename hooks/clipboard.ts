// Copying from the side panel. Chrome only lets a focused document write the clipboard, inside the
// click: call these straight from the handler, with everything to copy already at hand.

export async function copyRich(html: string, text: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Some browsers refuse rich items (or the document lost focus): the copy event below still works.
    }
  }
  copyWithEvent({ 'text/html': html, 'text/plain': text });
}

export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // fall through to the copy event
    }
  }
  copyWithEvent({ 'text/plain': text });
}

function copyWithEvent(data: Record<string, string>) {
  const onCopy = (e: ClipboardEvent) => {
    for (const [type, value] of Object.entries(data)) e.clipboardData?.setData(type, value);
    e.preventDefault();
  };
  document.addEventListener('copy', onCopy, { once: true });
  const ok = document.execCommand('copy');
  document.removeEventListener('copy', onCopy);
  if (!ok) throw new Error('the browser did not allow copying');
}
