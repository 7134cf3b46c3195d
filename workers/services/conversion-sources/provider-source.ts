import type { SourceProvider } from '../../../schema/enums';
import type { SourceMapping } from '../../domain/source-mapping';
import { findProviderEndpoint } from './find-provider-endpoint';
import { noteProviderEvent } from './note-provider-event';
import { recordSourceEvent } from './record-source-event';
import type { ConversionSourceAdapter } from './source';

/** What a source kept in billing_webhooks defines itself; the rest is the same for all of them. */
export interface ProviderSourceParts
  extends Pick<
    ConversionSourceAdapter,
    'recordsAs' | 'pathSegment' | 'eventTypes' | 'secretRule' | 'verify' | 'refusal'
  > {
  id: SourceProvider;
  /** The provider's event (zod-checked) as its name and our conversion facts. */
  read: (json: unknown) => { type: string; mapping: SourceMapping };
}

/**
 * A source whose sealed secret and arrival counters are a billing_webhooks row (Paddle, Lemon
 * Squeezy, generic): its endpoint, rate limit and receive step, around the parts it defines.
 */
export function providerSource({ read, ...parts }: ProviderSourceParts): ConversionSourceAdapter {
  const provider = parts.id;
  return {
    ...parts,
    findEndpoint: ({ ctx, input }) => findProviderEndpoint({ ctx, input: { appId: input.appId, provider } }),
    limit: (appId) => ({ path: 'billing_webhook', provider, appId }),
    receive: async ({ ctx, input }) => {
      const { appId, organizationId } = input.endpoint;
      const event = read(input.json);
      await noteProviderEvent({ ctx, input: { appId, provider, eventType: event.type } });
      return recordSourceEvent({
        ctx,
        input: { appId, organizationId, source: parts.recordsAs, mapping: event.mapping },
      });
    },
  };
}
