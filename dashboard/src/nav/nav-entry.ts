import type { Icon } from '@tabler/icons-react';
import type { LinkProps } from '@tanstack/react-router';
import type { ParseKeys } from 'i18next';
import type { OrgAccess } from '@/lib/access/org-access';
import type { components } from '@/lib/api/schema.gen';
import type { NavGroupId } from './nav-groups';

/**
 * One navbar link: a route path, the key of its label in the nav namespace (nav.*, kept out of common so the login page does not load it), its icon and the group
 * (what people do there) it is listed under.
 */
export type NavEntry = {
  to: NonNullable<LinkProps['to']>;
  labelKey: ParseKeys<'nav'>;
  icon: Icon;
  group: NavGroupId;
  /** A page of the platform itself (recruiting to it), hidden on an advertiser's white-label portal. */
  platformOnly?: true;
  /** A count shown beside the label: the unread messages of the console's thread(s). */
  badge?: 'unreadMessages';
};

/**
 * An organization console link, shown only to the roles whose requests the page's API would answer, and
 * only where the installation has the feature (the organization's view says, e.g. billingEnabled).
 */
export type OrgNavEntry = NavEntry & {
  show?: (access: OrgAccess, organization: components['schemas']['Organization']) => boolean;
};
