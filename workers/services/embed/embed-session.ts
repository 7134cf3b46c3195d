import type { EmbedThemeOptions } from '../../domain/embed-token';

/** What a valid embed token stands for: one app's user, in one program, until it expires. */
export interface EmbedSession {
  tokenId: string;
  appId: string;
  organizationId: string;
  programId: string;
  externalUserId: string;
  email: string;
  name: string | null;
  theme: EmbedThemeOptions;
  expiresAt: Date;
}
