import { PDFDocument, type PDFFont, type PDFPage, rgb } from '@cantoo/pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import type { PdfBlock, PdfDocumentSpec } from '../../domain/pdf-document';

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = 48;
const BODY = 10;
const LINE = 14;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.4, 0.4, 0.45);
const RULE = rgb(0.82, 0.82, 0.86);

/**
 * @pdf-lib/fontkit's subset has encode(stream), which @cantoo/pdf-lib mistakes for fontkit 2's
 * encode() and calls without a stream; hiding it makes pdf-lib take encodeStream(), the path this
 * fontkit was written for.
 */
const subsettingFontkit = {
  create(bytes: Uint8Array) {
    const font = fontkit.create(bytes);
    const createSubset = font.createSubset.bind(font);
    return Object.assign(font, {
      createSubset() {
        const subset = createSubset();
        return {
          includeGlyph: (glyph: Parameters<typeof subset.includeGlyph>[0]) => subset.includeGlyph(glyph),
          encodeStream: () => subset.encodeStream(),
        };
      },
    });
  },
} as unknown as typeof fontkit;

interface Pen {
  doc: PDFDocument;
  page: PDFPage;
  y: number;
  regular: PDFFont;
  bold: PDFFont;
  footer: string;
}

/** Splits text into lines that fit width (by words; a word longer than the line is cut). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) <= width) line = next;
      else {
        if (line) lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

function footer(pen: Pen) {
  pen.page.drawText(pen.footer, { x: MARGIN, y: MARGIN / 2, size: 7, font: pen.regular, color: MUTED });
}

/** Room for `height` more points, or a new page. */
function need(pen: Pen, height: number) {
  if (pen.y - height >= MARGIN) return;
  pen.page = pen.doc.addPage([PAGE.width, PAGE.height]);
  footer(pen);
  pen.y = PAGE.height - MARGIN;
}

function text(pen: Pen, value: string, x: number, opts: { bold?: boolean; size?: number; color?: typeof INK } = {}) {
  pen.page.drawText(value, {
    x,
    y: pen.y,
    size: opts.size ?? BODY,
    font: opts.bold ? pen.bold : pen.regular,
    color: opts.color ?? INK,
  });
}

function drawBlock(pen: Pen, block: PdfBlock) {
  const width = PAGE.width - 2 * MARGIN;
  if (block.kind === 'heading') {
    need(pen, LINE * 3);
    pen.y -= LINE;
    text(pen, block.text, MARGIN, { bold: true, size: 12 });
    pen.y -= 6;
    pen.page.drawLine({
      start: { x: MARGIN, y: pen.y },
      end: { x: PAGE.width - MARGIN, y: pen.y },
      thickness: 0.5,
      color: RULE,
    });
    pen.y -= LINE;
  } else if (block.kind === 'paragraph') {
    pen.y -= 4;
    for (const line of wrap(block.text, pen.regular, BODY, width)) {
      need(pen, LINE);
      text(pen, line, MARGIN);
      pen.y -= LINE;
    }
  } else if (block.kind === 'rows') {
    const labelWidth = 190;
    for (const row of block.rows) {
      const values = wrap(row.value, pen.regular, BODY, width - labelWidth);
      need(pen, LINE * values.length);
      text(pen, row.label, MARGIN, { color: MUTED });
      for (const line of values) {
        text(pen, line, MARGIN + labelWidth);
        pen.y -= LINE;
      }
    }
  } else {
    // The first column (the description) takes almost half; the figures share the rest.
    const first = block.columns.length > 1 ? width * 0.46 : width;
    const rest = block.columns.length > 1 ? (width - first) / (block.columns.length - 1) : 0;
    const left = (i: number) => MARGIN + (i === 0 ? 0 : first + rest * (i - 1));
    const right = (i: number) => MARGIN + first + rest * i;
    const cell = (values: string[], bold: boolean) => {
      need(pen, LINE);
      values.forEach((value, i) => {
        const font = bold ? pen.bold : pen.regular;
        const x = block.alignRight?.includes(i) ? right(i) - font.widthOfTextAtSize(value, BODY) : left(i);
        text(pen, value, x, { bold });
      });
      pen.y -= LINE;
    };
    cell(block.columns, true);
    for (const row of block.rows) cell(row, false);
  }
}

/**
 * Lays a document out on A4 pages with the DejaVu fonts (subset, so a file stays small). Deterministic:
 * the creation and modification dates are the document's own, so rendering the same data twice gives the
 * same bytes, which is what lets the signed forms be rendered on demand instead of stored.
 */
export async function renderPdf(spec: PdfDocumentSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(subsettingFontkit);
  doc.setTitle(spec.title);
  doc.setProducer('Affiliate Edge');
  doc.setCreator('Affiliate Edge');
  doc.setCreationDate(spec.createdAt);
  doc.setModificationDate(spec.createdAt);
  // Imported on first use: Node tools that load the app (the OpenAPI type generator) cannot import .ttf.
  const [{ default: regularBytes }, { default: boldBytes }] = await Promise.all([
    import('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    import('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  ]);
  const regular = await doc.embedFont(regularBytes, { subset: true });
  const bold = await doc.embedFont(boldBytes, { subset: true });
  const pen: Pen = {
    doc,
    page: doc.addPage([PAGE.width, PAGE.height]),
    y: PAGE.height - MARGIN,
    regular,
    bold,
    footer: spec.footer,
  };
  footer(pen);
  pen.y -= 8;
  for (const line of wrap(spec.title, bold, 16, PAGE.width - 2 * MARGIN)) {
    text(pen, line, MARGIN, { bold: true, size: 16 });
    pen.y -= LINE + 6;
  }
  if (spec.subtitle) {
    text(pen, spec.subtitle, MARGIN, { color: MUTED });
    pen.y -= LINE;
  }
  for (const block of spec.blocks) drawBlock(pen, block);
  return doc.save({ useObjectStreams: false });
}
