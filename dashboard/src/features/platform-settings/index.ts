export { PlatformSettingsForm } from './platform-settings-form';
export { usePlatformSettings, useUpdatePlatformSettings } from './queries/platform-settings';
export type { PlatformSettings } from './queries/platform-settings';
