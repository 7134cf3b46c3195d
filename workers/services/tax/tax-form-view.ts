import type { TaxForm } from '../../../schema';

/** What anyone is ever shown of a signed form: never the encrypted TIN, only its last four. */
export type TaxFormView = Omit<TaxForm, 'tinEncrypted' | 'signedIp' | 'createdAt' | 'updatedAt'>;

export function taxFormView(form: TaxForm): TaxFormView {
  const { tinEncrypted: _tin, signedIp: _ip, createdAt: _c, updatedAt: _u, ...shown } = form;
  return shown;
}
