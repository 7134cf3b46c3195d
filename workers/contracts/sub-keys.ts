/** The ten free parameters an affiliate puts on a link, in slot order: click columns, filters, report dimensions. */
export const SUB_KEYS = ['sub1', 'sub2', 'sub3', 'sub4', 'sub5', 'sub6', 'sub7', 'sub8', 'sub9', 'sub10'] as const;
export type SubKey = (typeof SUB_KEYS)[number];
