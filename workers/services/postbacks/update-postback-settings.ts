import type { ServiceCall } from '../../context';
import { ValidationError } from '../../errors/app-error';
import { updateProfile } from '../accounts';
import { getPostbackSettings, type PostbackSettings } from './get-postback-settings';

/**
 * Replaces the affiliate's postback settings through the profile update, so the change is audited
 * like every other profile change. Enabling needs a template to fire; the template itself was
 * checked by the route's schema (checkPostbackTemplate), and is checked again at send time.
 */
export async function updatePostbackSettings({
  ctx,
  input,
}: ServiceCall<{ userId: string; settings: PostbackSettings }>): Promise<PostbackSettings> {
  const { template, enabled, events } = input.settings;
  if (enabled && !template)
    throw new ValidationError('The request is not valid', [
      { path: 'template', message: 'A template is needed to enable postbacks' },
    ]);
  await updateProfile({
    ctx,
    input: {
      userId: input.userId,
      changes: { postbackUrlTemplate: template, postbackEnabled: enabled, postbackEvents: [...new Set(events)] },
    },
  });
  return getPostbackSettings({ ctx, input: { userId: input.userId } });
}
