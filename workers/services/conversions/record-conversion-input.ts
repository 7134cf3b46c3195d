import type { ConversionSource } from '../../../schema/enums';
import type { ConversionEvent } from '../../contracts/conversion-event';

/**
 * What the S2S `/postback` may add: the advertiser states the affiliate's payout itself
 * (`payout=`), which then replaces the program's commission rule for the direct line.
 */
export interface RecordConversionInput {
  appId: string;
  organizationId: string;
  source: ConversionSource;
  event: ConversionEvent;
  declaredPayoutMinor?: number;
  /** Restricts attribution to one program (the S2S secret names it). */
  programId?: string;
}
