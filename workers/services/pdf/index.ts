// PDFs: one renderer for every generated document (tax forms, 1099s, invoices).
export { renderPdf } from './render-pdf';
