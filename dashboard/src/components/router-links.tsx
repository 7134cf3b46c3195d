import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  Menu,
  type MenuItemProps,
  NavLink,
  type NavLinkProps,
} from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef } from 'react';

// Mantine components as typed router links (checked `to` and `params`, preloading, active state):
// `<RouterAnchor to="/affiliate/$orgId" params={{ orgId }}>`. TanStack's createLink needs a plain <a> component.

const AnchorLink = forwardRef<HTMLAnchorElement, AnchorProps>((props, ref) => (
  <Anchor ref={ref} component="a" {...props} />
));
export const RouterAnchor = createLink(AnchorLink);

const ButtonLink = forwardRef<HTMLAnchorElement, ButtonProps>((props, ref) => (
  <Button ref={ref} component="a" {...props} />
));
export const RouterButton = createLink(ButtonLink);

const NavLinkLink = forwardRef<HTMLAnchorElement, NavLinkProps>((props, ref) => (
  <NavLink ref={ref} component="a" {...props} />
));
export const RouterNavLink = createLink(NavLinkLink);

const MenuItemLink = forwardRef<HTMLAnchorElement, MenuItemProps>((props, ref) => (
  <Menu.Item ref={ref} component="a" {...props} />
));
export const RouterMenuItem = createLink(MenuItemLink);
