// Tax forms (W-9, W-8BEN, W-8BEN-E), VAT ids, 1099-NEC and self-billing invoices (docs/finance.md).
export { getMyTaxStatus, type MyTaxStatus } from './get-my-tax-status';
export { getMyVatId } from './get-my-vat-id';
export { getOrgTaxSettings } from './get-org-tax-settings';
export type { TaxSettingsView } from './get-tax-settings';
export { exportForm1099 } from './export-form-1099';
export { type Form1099Year, form1099Payees } from './form-1099-payees';
export { type InvoiceRow, listInvoices } from './list-invoices';
export { listMyForm1099s } from './list-my-form-1099s';
export { listTaxForms, type TaxRegisterRow } from './list-tax-forms';
export { renderForm1099Pdf } from './render-form-1099-pdf';
export { renderInvoicePdf } from './render-invoice-pdf';
export { renderTaxFormPdf } from './render-tax-form-pdf';
export { sendForm1099Emails } from './send-form-1099-emails';
export { listForm1099Thresholds } from './list-form-1099-thresholds';
export { setForm1099Threshold } from './set-form-1099-threshold';
export { type MyVatIdView, setMyVatId } from './set-my-vat-id';
export { setOrgTaxSettings, type TaxSettingsInput } from './set-org-tax-settings';
export { submitTaxForm } from './submit-tax-form';
export type { TaxFormView } from './tax-form-view';

// Steps other areas use: the payout proposal's hold and the paying transaction's invoices.
export { issueCreditNotes } from './issue-credit-notes';
export { issueSelfBillingInvoices } from './issue-self-billing-invoices';
export { eraseTaxData } from './erase-tax-data';
export { payoutsHeldForTaxForms } from './tax-holds';
