import { clearedQueuesSessionCookie, queuesSessionCookie, queuesSessionToken } from './queues-session-cookie';

describe('the bull-board session cookie', () => {
  it('is HttpOnly, SameSite=Strict, scoped to the board, short-lived, Secure when asked', () => {
    expect(queuesSessionCookie('abc.def.ghi', false)).toBe(
      'dti_queues_session=abc.def.ghi; Path=/admin/queues; Max-Age=900; HttpOnly; SameSite=Strict',
    );
    expect(queuesSessionCookie('t', true)).toMatch(/; Secure$/);
    expect(clearedQueuesSessionCookie(false)).toMatch(/^dti_queues_session=; Path=\/admin\/queues; Max-Age=0;/);
  });

  it('reads its token among other cookies, and nothing from an empty or missing one', () => {
    expect(queuesSessionToken('a=1; dti_queues_session=abc.def; b=2')).toBe('abc.def');
    expect(queuesSessionToken(['a=1', 'dti_queues_session=xyz'])).toBe('xyz');
    expect(queuesSessionToken('dti_queues_session=')).toBeUndefined();
    expect(queuesSessionToken('other=1')).toBeUndefined();
    expect(queuesSessionToken(undefined)).toBeUndefined();
  });
});
