/** Where the prebuilt blank PDF of a plan or form lives in the built site (no leading slash). */
export function pdfPath(kind: 'planer' | 'skjema', id: string): string {
  return `pdf/${kind}/${id}.pdf`;
}
