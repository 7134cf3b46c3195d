import { IdentityProvider } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { providerClient } from '../../integrations/identity';

/** The providers whose client id and secret are set: the dashboard shows only their buttons. */
export async function listSignInProviders({ ctx }: ServiceCall<void>): Promise<IdentityProvider[]> {
  return IdentityProvider.filter((p) => providerClient(ctx.config, p) !== null);
}
