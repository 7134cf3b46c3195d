import { ActionIcon, type ActionIconProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef } from 'react';

// Mantine's ActionIcon as a typed router link, for a row's icon actions (see router-button.tsx for why a wrapper).
const ActionIconLink = forwardRef<HTMLAnchorElement, ActionIconProps & { title?: string }>((props, ref) => (
  <ActionIcon ref={ref} component="a" {...props} />
));
export const RouterActionIcon = createLink(ActionIconLink);
