export { getPlatformSettings } from './get-platform-settings';
export type { PlatformSettingsView } from './read-platform-settings';
export { type PlatformSettingsChanges, updatePlatformSettings } from './update-platform-settings';
