import type { ColumnDefTemplate } from '@tanstack/react-table';
import type { ReactNode } from 'react';

/**
 * A column's header or cell, its function called inside this one component type instead of mounted as a
 * component of its own, which is what flexRender does with a function. Our columns are built on every
 * render (they close over `t` and the language), so under flexRender each re-render of a table gave every
 * cell a new component type, and React remounted them all: a focused button lost its focus, so a
 * keyboard user's Enter did nothing, and a cell's own state was reset. With one stable type, React keeps
 * the cell's elements and only updates them.
 */
export function ColumnTemplate<Props extends object>({
  template,
  context,
}: {
  template: ColumnDefTemplate<Props> | undefined;
  context: Props;
}): ReactNode {
  return typeof template === 'function' ? template(context) : (template ?? null);
}
