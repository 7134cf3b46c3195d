/** What a consumer did with one message. */
export interface MessageOutcome {
  acked: boolean;
  retried: boolean;
  delaySeconds: number | undefined;
}

/**
 * A MessageBatch whose messages remember ack() and retry({ delaySeconds }): getQueueResult does
 * not report retry delays, and tests drive retries by calling the consumer again with the next
 * `attempts` instead of waiting out real backoff.
 */
export function recordingBatch(queue: string, messages: { body: unknown; attempts: number; id?: string }[]) {
  const outcomes: MessageOutcome[] = messages.map(() => ({ acked: false, retried: false, delaySeconds: undefined }));
  const built = messages.map((m, i) => ({
    id: m.id ?? `m-${crypto.randomUUID()}`,
    timestamp: new Date(),
    body: m.body,
    attempts: m.attempts,
    ack: () => void (outcomes[i]!.acked = true),
    retry: (options?: QueueRetryOptions) =>
      void Object.assign(outcomes[i]!, { retried: true, delaySeconds: options?.delaySeconds }),
  }));
  const batch = {
    queue,
    messages: built,
    ackAll: () => outcomes.forEach((o) => (o.acked = true)),
    retryAll: (options?: QueueRetryOptions) =>
      outcomes.forEach((o) => Object.assign(o, { retried: true, delaySeconds: options?.delaySeconds })),
  } as unknown as MessageBatch<unknown>;
  return { batch, outcomes };
}
