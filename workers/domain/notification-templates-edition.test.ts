import { describe, expect, it } from 'vitest';
import { editionChanged } from './notification-templates-edition';

const data = { editionName: 'Alice’s AI Friend', host: 'alice.podruga.example', appName: 'Podruga AI' };

describe('editionChanged', () => {
  it('words each change in the reader’s language, with the reason when there is one', () => {
    expect(editionChanged('en')({ ...data, change: 'approved' })).toEqual({
      title: 'Alice’s AI Friend is live',
      body: 'Your branded edition is approved and answers on alice.podruga.example.',
    });
    expect(editionChanged('ru')({ ...data, change: 'suspended', reason: 'спам' })).toMatchObject({
      title: 'Alice’s AI Friend приостановлена',
      body: expect.stringMatching(/Причина: спам\.$/),
    });
    expect(editionChanged('en')({ ...data, change: 'submitted' })).toMatchObject({
      body: expect.stringContaining('Podruga AI'),
    });
  });

  it('tells the advertiser of an affiliate’s change: live at once, or waiting for approval again', () => {
    expect(editionChanged('en')({ ...data, change: 'changed', status: 'active' })).toEqual({
      title: 'Alice’s AI Friend was changed',
      body: 'Its affiliate changed the branded edition on alice.podruga.example; the changes are live.',
    });
    expect(editionChanged('en')({ ...data, change: 'changed', status: 'pending' })).toMatchObject({
      title: 'Alice’s AI Friend: changes to review',
      body: expect.stringContaining('waits for your approval again'),
    });
    expect(editionChanged('ru')({ ...data, change: 'changed', status: 'pending' })).toMatchObject({
      title: 'Alice’s AI Friend: изменения на проверку',
    });
  });

  it('answers null for a shape it does not know, so the producer’s text is used', () => {
    expect(editionChanged('en')({ ...data, change: 'renamed' })).toBeNull();
    expect(editionChanged('ru')({ change: 'approved' })).toBeNull();
  });
});
