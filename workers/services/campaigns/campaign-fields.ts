import type { CampaignCategory, CampaignTrigger, EnrollmentStatus } from '../../../schema';

/** What an advertiser writes and targets; the same shape creates a campaign and (partly) updates it. */
export interface CampaignFields {
  name: string;
  category: CampaignCategory;
  subjectEn: string | null;
  bodyEn: string | null;
  subjectRu: string | null;
  bodyRu: string | null;
  programIds: string[];
  groupIds: string[];
  statuses: EnrollmentStatus[];
  tags: string[];
  trigger: CampaignTrigger | null;
  triggerDays: number | null;
}
