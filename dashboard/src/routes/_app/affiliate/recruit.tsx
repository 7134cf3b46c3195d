import { createFileRoute } from '@tanstack/react-router';
import { RecruitPage } from '@/features/recruitment';

export const Route = createFileRoute('/_app/affiliate/recruit')({
  component: RecruitPage,
});
