import { createFileRoute } from '@tanstack/react-router';
import { MyEditionsPage } from '@/features/editions';

export const Route = createFileRoute('/_app/affiliate/$orgId/editions/')({
  component: MyEditionsPage,
});
