import { Group, Image } from '@mantine/core';
import { portal, useAppName } from '@/lib/portal/portal';

/** The product name in the header: the advertiser's logo and portal name on its portal, ours elsewhere. */
export function BrandMark() {
  const name = useAppName();
  const { logoUrl } = portal();
  if (!logoUrl) return <>{name}</>;
  return (
    <Group component="span" gap={8} wrap="nowrap">
      {/* The name beside it says the same: the image is decoration. */}
      <Image src={logoUrl} alt="" h={28} w="auto" maw={120} fit="contain" />
      <span>{name}</span>
    </Group>
  );
}
