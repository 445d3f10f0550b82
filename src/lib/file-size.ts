/** A download's size the way Norwegian public services write it: "PDF, 82 kB", "PDF, 1,2 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${(bytes / 1000 / 1000).toLocaleString('nb-NO', { maximumFractionDigits: 1 })} MB`;
}

/** The marker PdfLink leaves in a page for the file's size, filled in once the PDF is built. */
export const SIZE_MARK = /<span class="file-size" data-file="([^"]+)"([^>]*)>([^<]*)<\/span>/g;
