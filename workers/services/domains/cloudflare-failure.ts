import { AppError } from '../../errors/app-error';
import { CloudflareRequestError, CloudflareUnavailableError } from '../../integrations/cloudflare';

/** A Cloudflare failure as the API answers it: its refusal in its own words, or unavailable. */
export function cloudflareFailure(err: unknown): unknown {
  if (err instanceof CloudflareUnavailableError)
    return new AppError('service_unavailable', 'Cloudflare is not answering; try again in a minute');
  if (err instanceof CloudflareRequestError)
    return new AppError(
      'hostname_not_allowed',
      `Cloudflare refused the hostname: ${err.errors.map((e) => e.message).join('; ')}`,
      { cloudflareErrors: err.errors },
    );
  return err;
}
