import { downloadForm1099Route } from './download-form-1099';
import { downloadInvoiceRoute } from './download-invoice';
import { downloadMyForm1099Route } from './download-my-form-1099';
import { downloadMyInvoiceRoute } from './download-my-invoice';
import { downloadMyTaxFormRoute } from './download-my-tax-form';
import { downloadTaxFormRoute } from './download-tax-form';
import { exportForm1099Route } from './export-form-1099';
import { getForm1099YearRoute } from './get-form-1099-year';
import { getMyTaxStatusRoute } from './get-my-tax-status';
import { getMyVatIdRoute } from './get-my-vat-id';
import { getTaxSettingsRoute } from './get-tax-settings';
import { listForm1099ThresholdsRoute } from './list-form-1099-thresholds';
import { listInvoicesRoute } from './list-invoices';
import { listMyForm1099sRoute } from './list-my-form-1099s';
import { listMyInvoicesRoute } from './list-my-invoices';
import { listTaxFormsRoute } from './list-tax-forms';
import { sendForm1099EmailsRoute } from './send-form-1099-emails';
import { setForm1099ThresholdRoute } from './set-form-1099-threshold';
import { setMyVatIdRoute } from './set-my-vat-id';
import { setTaxSettingsRoute } from './set-tax-settings';
import { submitMyTaxFormRoute } from './submit-my-tax-form';
import { mountRoutes } from '../mount-routes';

/** Tax forms, VAT ids, 1099-NEC and self-billing invoices: finance's side, the affiliate's, and staff's threshold. */
export const taxRoutes = mountRoutes([
  getTaxSettingsRoute,
  setTaxSettingsRoute,
  listTaxFormsRoute,
  downloadTaxFormRoute,
  getForm1099YearRoute,
  exportForm1099Route,
  downloadForm1099Route,
  sendForm1099EmailsRoute,
  listInvoicesRoute,
  downloadInvoiceRoute,
  getMyTaxStatusRoute,
  submitMyTaxFormRoute,
  downloadMyTaxFormRoute,
  listMyInvoicesRoute,
  downloadMyInvoiceRoute,
  listMyForm1099sRoute,
  downloadMyForm1099Route,
  getMyVatIdRoute,
  setMyVatIdRoute,
  listForm1099ThresholdsRoute,
  setForm1099ThresholdRoute,
]);
