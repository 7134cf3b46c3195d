import { createFileRoute } from '@tanstack/react-router';
import { RecruitPage } from '@/components/recruit/recruit-page';

export const Route = createFileRoute('/_app/affiliate/recruit')({
  component: RecruitPage,
});
