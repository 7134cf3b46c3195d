import { NavLink, type NavLinkProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef } from 'react';

// Mantine's NavLink as a typed router link (checked `to` and `params`, preloading, active state); createLink needs
// a component that renders a plain <a>. One file per wrapper, so a page pulls in only the Mantine parts it uses.
const NavLinkLink = forwardRef<HTMLAnchorElement, NavLinkProps>((props, ref) => (
  <NavLink ref={ref} component="a" {...props} />
));
export const RouterNavLink = createLink(NavLinkLink);
