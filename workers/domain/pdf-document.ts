/**
 * What a generated PDF says, as data: a title, then sections of label/value rows and paragraphs. The
 * tax and invoice documents are built as this (pure, tested by their text), and one renderer
 * (workers/services/pdf) lays any of them out, so every document looks alike.
 */
export interface PdfRow {
  label: string;
  value: string;
}

export type PdfBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'rows'; rows: PdfRow[] }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; columns: string[]; rows: string[][]; alignRight?: number[] };

export interface PdfDocumentSpec {
  /** Printed at the top and stored as the PDF's title. */
  title: string;
  /** A line under the title (form revision, copy). */
  subtitle?: string;
  blocks: PdfBlock[];
  /** Small print at the bottom of each page. */
  footer: string;
  /** The document's own date: the PDF's creation date, so the same data gives the same file. */
  createdAt: Date;
}
