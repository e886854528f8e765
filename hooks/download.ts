// Saves text as a file the user downloads, without the downloads permission.
export function downloadText(fileName: string, text: string, type: string) {
  downloadParts(fileName, [text], type);
}

/** The same, for a file made of parts (a big export, never joined into one string). */
export function downloadParts(fileName: string, parts: readonly string[], type: string) {
  const url = URL.createObjectURL(new Blob(parts as string[], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
