export { AppForm } from './app-form';
export { AppPage } from './app-page';
export { AppsPage } from './apps-page';
export { useApiKeys, useBillingWebhooks, useCreateApiKey, useCreateApp, useDeleteBillingWebhook, useDeleteStripeDiscountKey, useDeleteStripeWebhook, useOrgApps, useRevokeApiKey, useRotateApiKey, useSetBillingWebhook, useSetStripeDiscountKey, useSetStripeWebhook, useStripeDiscounts, useStripeWebhook } from './queries/org-apps';
export type { ApiKey, BillingProvider, BillingWebhook, CreatedApiKey, OrgApp, StripeDiscounts, StripeWebhook } from './queries/org-apps';
