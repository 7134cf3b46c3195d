import { Menu, type MenuItemProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef } from 'react';

// Mantine's Menu.Item as a typed router link (checked `to` and `params`, preloading, active state); createLink needs
// a component that renders a plain <a>. One file per wrapper, so a page pulls in only the Mantine parts it uses.
const MenuItemLink = forwardRef<HTMLAnchorElement, MenuItemProps>((props, ref) => (
  <Menu.Item ref={ref} component="a" {...props} />
));
export const RouterMenuItem = createLink(MenuItemLink);
