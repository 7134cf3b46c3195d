// The lists the edge's wire formats carry (routing values, click messages, conversion events);
// schema/enums re-exports them, so the column, its CHECK constraint and these schemas share one list.

export const ProgramStatus = ['draft', 'active', 'paused', 'archived'] as const;
export type ProgramStatus = (typeof ProgramStatus)[number];

export const EnrollmentStatus = ['pending', 'active', 'suspended', 'terminated', 'rejected'] as const;
export type EnrollmentStatus = (typeof EnrollmentStatus)[number];

export const ClickLinkForm = ['aff_path', 'click', 'short_link'] as const;
export type ClickLinkForm = (typeof ClickLinkForm)[number];

export const ClickRejectReason = [
  'unknown_code',
  'inactive_program',
  'inactive_enrollment',
  'geo_blocked',
  'cap_reached',
  'bot',
  'prefetch',
  'rate_limited',
  'invalid_target',
  // A code used on another advertiser's custom tracking domain.
  'foreign_domain',
  // Set by ingest, never by the edge: the advertiser is past its plan's monthly clicks plus the grace margin.
  'over_plan',
] as const;
export type ClickRejectReason = (typeof ClickRejectReason)[number];

export const ConversionEventType = ['lead', 'sale', 'rebill', 'refund', 'cancel'] as const;
export type ConversionEventType = (typeof ConversionEventType)[number];
