import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

type AcceptInvitationRequest = components['schemas']['AcceptInvitationRequest'];

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (body: AcceptInvitationRequest) => unwrap(api.POST('/auth/invitations/accept', { body })),
  });
}
