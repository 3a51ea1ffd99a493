/**
 * Saves a file the browser downloads, through a link to a blob: no `downloads`
 * permission is needed, and nothing leaves the browser.
 */
export function saveFile(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // Firefox follows only a link that is in the document.
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox reads the blob after click() returns: revoking it at once would cancel the file.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
