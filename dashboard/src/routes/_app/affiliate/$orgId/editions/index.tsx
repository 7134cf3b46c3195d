import { createFileRoute } from '@tanstack/react-router';
import { MyEditionsPage } from '@/components/editions/my-editions-page';

export const Route = createFileRoute('/_app/affiliate/$orgId/editions/')({
  component: MyEditionsPage,
});
