import type { LinkProps } from '@tanstack/react-router';
import type { ParseKeys } from 'i18next';

/** One navbar link: a route path and the key of its label in the common namespace (nav.*). */
export type NavEntry = {
  to: NonNullable<LinkProps['to']>;
  labelKey: ParseKeys<'common'>;
};
