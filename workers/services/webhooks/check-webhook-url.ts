import type { Config } from '../../env';
import { parseDomainAllowList, refusePostbackTarget } from '../../domain/postback-target';
import { ValidationError } from '../../errors/app-error';

/** Why the URL must not be called, or null: the postbacks' SSRF rules and domain allow-list. */
export function refuseWebhookUrl(config: Pick<Config, 'POSTBACK_ALLOWED_DOMAINS'>, url: string): string | null {
  return refusePostbackTarget(url, parseDomainAllowList(config.POSTBACK_ALLOWED_DOMAINS));
}

/** Throws a validation error on `url` when the URL is refused. */
export function assertWebhookUrl(config: Pick<Config, 'POSTBACK_ALLOWED_DOMAINS'>, url: string): void {
  const refusal = refuseWebhookUrl(config, url);
  if (refusal) throw new ValidationError('The webhook URL is refused', [{ path: 'url', message: refusal }]);
}
