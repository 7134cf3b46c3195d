import type { ServiceCall } from '../../context';
import { type PlatformSettingsView, readPlatformSettings } from './read-platform-settings';

/** The install's settings, for platform staff (support included, read-only). */
export async function getPlatformSettings({ ctx }: ServiceCall<void>): Promise<PlatformSettingsView> {
  return readPlatformSettings({ ctx, input: undefined });
}
