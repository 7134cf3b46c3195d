import 'i18next';
import type access from '@/locales/en/access.json';
import type account from '@/locales/en/account.json';
import type audit from '@/locales/en/audit.json';
import type affiliate from '@/locales/en/affiliate.json';
import type auth from '@/locales/en/auth.json';
import type billing from '@/locales/en/billing.json';
import type common from '@/locales/en/common.json';
import type customers from '@/locales/en/customers.json';
import type links from '@/locales/en/links.json';
import type nav from '@/locales/en/nav.json';
import type programs from '@/locales/en/programs.json';
import type notifications from '@/locales/en/notifications.json';
import type earnings from '@/locales/en/earnings.json';
import type errors from '@/locales/en/errors.json';
import type finance from '@/locales/en/finance.json';
import type home from '@/locales/en/home.json';
import type org from '@/locales/en/org.json';
import type platform from '@/locales/en/platform.json';
import type orgprograms from '@/locales/en/orgprograms.json';
import type orgsetup from '@/locales/en/orgsetup.json';
import type status from '@/locales/en/status.json';
import type orgconversions from '@/locales/en/orgconversions.json';
import type recruit from '@/locales/en/recruit.json';
import type invites from '@/locales/en/invites.json';
import type domains from '@/locales/en/domains.json';
import type orgpaypal from '@/locales/en/orgpaypal.json';
import type statements from '@/locales/en/statements.json';
import type plans from '@/locales/en/plans.json';
import type notifysettings from '@/locales/en/notifysettings.json';
import type webhooks from '@/locales/en/webhooks.json';
import type brand from '@/locales/en/brand.json';
import type orgbrand from '@/locales/en/orgbrand.json';
import type paypal from '@/locales/en/paypal.json';
import type groups from '@/locales/en/groups.json';

// Type-checked keys: t('missing.key') fails typecheck. Add one line per namespace file under locales/en/.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      access: typeof access;
      account: typeof account;
      audit: typeof audit;
      affiliate: typeof affiliate;
      auth: typeof auth;
      billing: typeof billing;
      common: typeof common;
      customers: typeof customers;
      links: typeof links;
      nav: typeof nav;
      programs: typeof programs;
      notifications: typeof notifications;
      earnings: typeof earnings;
      errors: typeof errors;
      finance: typeof finance;
      home: typeof home;
      org: typeof org;
      platform: typeof platform;
      orgprograms: typeof orgprograms;
      orgsetup: typeof orgsetup;
      status: typeof status;
      orgconversions: typeof orgconversions;
      recruit: typeof recruit;
      invites: typeof invites;
      domains: typeof domains;
      orgpaypal: typeof orgpaypal;
      paypal: typeof paypal;
      groups: typeof groups;
      statements: typeof statements;
      plans: typeof plans;
      notifysettings: typeof notifysettings;
      webhooks: typeof webhooks;
      brand: typeof brand;
      orgbrand: typeof orgbrand;
    };
  }
}
