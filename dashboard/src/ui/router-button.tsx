import { Button, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef } from 'react';

// Mantine's Button as a typed router link (checked `to` and `params`, preloading, active state); createLink needs
// a component that renders a plain <a>. One file per wrapper, so a page pulls in only the Mantine parts it uses.
const ButtonLink = forwardRef<HTMLAnchorElement, ButtonProps>((props, ref) => (
  <Button ref={ref} component="a" {...props} />
));
export const RouterButton = createLink(ButtonLink);
