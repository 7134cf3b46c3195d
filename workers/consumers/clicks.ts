import type { Config } from '../env';
import { clickMessage, unpackClicks } from '../contracts/click-message';
import { fireClickPostbacks } from '../services/postbacks';
import { recordClicks } from '../services/tracking';
import { consumeWrites } from './consume-writes';

/**
 * Ingests a batch of click messages (the edge's bundles, or single clicks from the spool drain and
 * replays) in one statement (with their rollups), then fires the click postbacks
 * of affiliates who opted in: the clicks are stored and acked by then, so an optional postback
 * must not make them retry.
 */
export function consumeClicks(batch: MessageBatch<unknown>, config: Config): Promise<void> {
  return consumeWrites(batch, config, {
    what: 'click',
    schema: clickMessage,
    unpack: unpackClicks,
    deadLetters: (c) => c.CLICKS_DLQ,
    write: (ctx, clicks) => recordClicks({ ctx, input: { clicks } }),
    failedEvent: 'click_ingest_failed',
    afterWrite: {
      run: (ctx, clicks) => fireClickPostbacks({ ctx, input: { clicks } }),
      failedEvent: 'click_postbacks_failed',
    },
  });
}
