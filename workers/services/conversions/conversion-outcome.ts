import type {
  AttributionMethod,
  CancelEffect,
  CommissionKind,
  CommissionStatus,
  RecordedEventType,
  ConversionSource,
  ConversionStatus,
  FraudFlag,
} from '../../../schema/enums';

/** One attribution step tried, in order, and what it found. */
export interface AttributionStep {
  step: AttributionMethod;
  outcome:
    | 'matched'
    | 'skipped'
    | 'not_found'
    | 'expired'
    | 'inactive'
    | 'waiting_for_click'
    | 'waiting_for_sale'
    | 'other_program';
  detail?: string;
}

export interface CommissionView {
  id: string;
  beneficiaryId: string;
  level: number;
  kind: CommissionKind;
  amountMinor: number;
  currency: string;
  status: CommissionStatus;
  holdUntil: string;
  reversesCommissionId: string | null;
  calculation: Record<string, unknown>;
}

/** What every inbound path answers: the conversion, who it is attributed to (or why nobody), and what it earned. */
export interface ConversionOutcome {
  /** True when this event id was already recorded: the answer is the stored result, nothing changed. */
  duplicate: boolean;
  conversion: {
    id: string;
    eventId: string;
    type: RecordedEventType;
    source: ConversionSource;
    status: ConversionStatus;
    amountMinor: number;
    currency: string | null;
    occurredAt: string;
    parentConversionId: string | null;
    fraudFlags: FraudFlag[];
    rejectReason: string | null;
  };
  attribution: {
    method: AttributionMethod;
    programId: string;
    enrollmentId: string;
    affiliateId: string;
    clickId: string | null;
  } | null;
  attributionTrace: AttributionStep[];
  commissions: CommissionView[];
  /** For a cancel: what it did (ended recurring commissions, voided the sale, or found nothing). */
  cancellation: { effect: CancelEffect; description: string } | null;
}
