import { createFileRoute } from '@tanstack/react-router';
import { PublicLayout } from '@/shell/public-layout';

// Signed-out pages (login, sign-up, password reset, email links) share this pathless layout.
export const Route = createFileRoute('/_public')({
  component: PublicLayout,
});
