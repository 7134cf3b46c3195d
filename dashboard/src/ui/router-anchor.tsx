import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef } from 'react';

// Mantine's Anchor as a typed router link (checked `to` and `params`, preloading, active state); createLink needs
// a component that renders a plain <a>. One file per wrapper, so a page pulls in only the Mantine parts it uses.
const AnchorLink = forwardRef<HTMLAnchorElement, AnchorProps>((props, ref) => (
  <Anchor ref={ref} component="a" {...props} />
));
export const RouterAnchor = createLink(AnchorLink);
