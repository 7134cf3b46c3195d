export { ApiKeysSection } from './api-keys-section';
export { AppForm } from './app-form';
export { AppsPage } from './apps-page';
export { NewKeyModal } from './new-key-modal';
export {
  useBillingWebhooks,
  useCreateApiKey,
  useCreateApp,
  useDeleteBillingWebhook,
  useDeleteStripeDiscountKey,
  useDeleteStripeWebhook,
  useOrgApp,
  useOrgApps,
  useSetBillingWebhook,
  useSetStripeDiscountKey,
  useSetStripeWebhook,
  useStripeDiscounts,
  useStripeWebhook,
  useUpdateApp,
} from './queries/org-apps';
export type {
  BillingProvider,
  BillingWebhook,
  CreatedApiKey,
  OrgApp,
  StripeDiscounts,
  StripeWebhook,
} from './queries/org-apps';
