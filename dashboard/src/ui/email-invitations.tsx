import { Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { UseQueryResult } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidEmail } from '@/lib/forms/account-rules';
import { formatDate } from '@/lib/format';
import { ConfirmModal } from './confirm-modal';
import { DataTable } from './data-table';
import { QueryState } from './query-state';

// Invitations by email, one of each: a team member's (with a role) and an affiliate's into a program share the form
// (an address and one choice) and the list of open invitations with its withdraw step. Each feature brings its own
// queries and words.

/** An open invitation as both lists return it. */
export type OpenInvitation = {
  id: string;
  email: string;
  expiresAt: string;
  expired: boolean;
  declinedAt?: string | null;
};

type InviteFormProps = {
  /** The one choice beside the address: the member's role, or the program. */
  choice: { label: string; data: { value: string; label: string }[]; initial?: string };
  text: { email: string; send: string; emailInvalid: string; required: string };
  pending: boolean;
  /** Sends; `done` clears the form once the invitation is out. */
  onInvite: (invite: { email: string; choice: string }, done: () => void) => void;
  /** The outcome above the fields: a refusal, or the sent line. */
  feedback?: ReactNode;
};

/** The address and the choice, sent by Enter or the button. */
export function InviteByEmailForm({ choice, text, pending, onInvite, feedback }: InviteFormProps) {
  const form = useForm({
    initialValues: { email: '', choice: choice.initial ?? '' },
    validate: {
      email: (v) => (v.trim() === '' ? text.required : isValidEmail(v) ? null : text.emailInvalid),
      choice: (v) => (v ? null : text.required),
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => onInvite({ email: v.email.trim(), choice: v.choice }, () => form.reset()))}
    >
      <Stack gap="xs">
        {feedback}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={text.email}
            type="email"
            autoComplete="off"
            required
            w={{ base: '100%', sm: 300 }}
            {...form.getInputProps('email')}
          />
          <Select
            label={choice.label}
            data={choice.data}
            allowDeselect={false}
            required
            w={{ base: '100%', sm: 220 }}
            {...form.getInputProps('choice')}
          />
          <Button type="submit" loading={pending} mt={{ base: 0, sm: 25 }}>
            {text.send}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type OpenInvitationsProps<T extends OpenInvitation> = {
  invitations: UseQueryResult<T[]>;
  /** The column between the address and the expiry: the role or the program. */
  choice: { header: string; cell: (row: T) => ReactNode };
  /** Withdraws by id (a react-query mutation); null where the reader may not. */
  withdraw: {
    mutate: (id: string, options: { onSuccess: () => void }) => void;
    isPending: boolean;
    error: unknown;
    reset: () => void;
  } | null;
  onWithdrawn?: (row: T) => void;
  text: {
    caption: string;
    email: string;
    expires: string;
    expired: string;
    declined: string;
    actions: string;
    withdraw: string;
    withdrawFor: (email: string) => string;
    withdrawTitle: string;
    withdrawMessage: (email: string) => string;
    withdrawConfirm: string;
  };
  empty: ReactNode;
};

/** The invitations not yet accepted, each with its expiry (or why it is closed) and a withdraw step. */
export function OpenInvitations<T extends OpenInvitation>(props: OpenInvitationsProps<T>) {
  const { choice, withdraw, text } = props;
  const { i18n } = useTranslation();
  const [withdrawing, setWithdrawing] = useState<T | null>(null);
  const column = createColumnHelper<T>();
  const columns = [
    column.display({
      id: 'email',
      header: text.email,
      cell: ({ row }) => (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {row.original.email}
        </Text>
      ),
    }),
    column.display({ id: 'choice', header: choice.header, cell: ({ row }) => choice.cell(row.original) }),
    column.display({
      id: 'expires',
      header: text.expires,
      cell: ({ row }) =>
        row.original.declinedAt ? (
          <Badge color="gray" variant="light">
            {text.declined}
          </Badge>
        ) : row.original.expired ? (
          <Badge color="gray" variant="light">
            {text.expired}
          </Badge>
        ) : (
          formatDate(row.original.expiresAt, i18n.language)
        ),
    }),
    ...(withdraw
      ? [
          column.display({
            id: 'actions',
            header: () => <span className="visually-hidden">{text.actions}</span>,
            cell: ({ row }) => (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                aria-label={text.withdrawFor(row.original.email)}
                onClick={() => {
                  withdraw.reset();
                  setWithdrawing(row.original);
                }}
              >
                {text.withdraw}
              </Button>
            ),
          }),
        ]
      : []),
  ];
  const close = () => setWithdrawing(null);
  return (
    <>
      <QueryState query={props.invitations}>
        {(rows) => (
          <DataTable caption={text.caption} columns={columns} data={rows} getRowId={(r) => r.id} empty={props.empty} />
        )}
      </QueryState>
      {withdraw && (
        <ConfirmModal
          danger
          opened={withdrawing !== null}
          title={text.withdrawTitle}
          message={text.withdrawMessage(withdrawing?.email ?? '')}
          confirmLabel={text.withdrawConfirm}
          pending={withdraw.isPending}
          error={withdraw.error}
          onConfirm={() =>
            withdrawing &&
            withdraw.mutate(withdrawing.id, {
              onSuccess: () => {
                close();
                props.onWithdrawn?.(withdrawing);
              },
            })
          }
          onClose={close}
        />
      )}
    </>
  );
}
