export { getPlatformSettings } from './get-platform-settings';
export type { PlatformSettingsView } from './read-platform-settings';
export { type PlatformSettingsChanges, updatePlatformSettings } from './update-platform-settings';

// Steps other areas take inside their own verbs; routes, consumers and cron call only the verbs above.
export { readPlatformSettings } from './read-platform-settings';
