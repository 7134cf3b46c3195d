export type { ApiKey, App } from '../../../schema';
export { authenticateAppKey } from './authenticate-app-key';
export { createApiKey } from './create-api-key';
export { createApp } from './create-app';
export { deleteApp } from './delete-app';
export { getApp } from './get-app';
export { listApiKeys } from './list-api-keys';
export { listApps } from './list-apps';
export { revokeApiKey } from './revoke-api-key';
export { rotateApiKey } from './rotate-api-key';
export { touchApiKey } from './touch-api-key';
export { updateApp } from './update-app';

// Steps other areas take inside their own verbs; routes, consumers and cron call only the verbs above.
export { findAppOrThrow } from './get-app';
