import 'i18next';
import type account from '../../locales/en/account.json';
import type affiliate from '../../locales/en/affiliate.json';
import type auth from '../../locales/en/auth.json';
import type common from '../../locales/en/common.json';
import type earnings from '../../locales/en/earnings.json';
import type status from '../../locales/en/status.json';

// Type-checked keys: t('missing.key') fails typecheck. Add one line per namespace file under locales/en/.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      account: typeof account;
      affiliate: typeof affiliate;
      auth: typeof auth;
      common: typeof common;
      earnings: typeof earnings;
      status: typeof status;
    };
  }
}
