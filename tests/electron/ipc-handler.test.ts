import { describe, expect, it, vi } from 'vitest';
import type { ApiResponse } from '../../src-main/api/contract/api-error';
import { createIpcHandler } from '../../src-main/electron/ipc-handler';
import type { AppSession } from '../../src-main/session/app-session';

const session = { locale: 'fi' } as AppSession;
const frame = (url: string, parent: unknown = null) => ({ url, parent });
const event = (senderFrame: unknown, id = 3) => ({ senderFrame, sender: { id } }) as never;

function setup(windowId: number | null = 3) {
  const answer: ApiResponse = { ok: true, result: { version: '0.1.0' } };
  const dispatch = vi.fn(async (..._args: unknown[]) => answer);
  const handler = createIpcHandler({ session, mainWebContentsId: () => windowId, dispatch: dispatch as never });
  return { handler, dispatch, answer };
}

describe('the IPC handler', () => {
  it('passes only the session, the method name and the input to dispatch', async () => {
    const { handler, dispatch, answer } = setup();
    const input = { path: 'x' };
    await expect(handler(event(frame('app://kotoverkko/index.html')), 'files.open', input)).resolves.toBe(answer);
    expect(dispatch).toHaveBeenCalledTimes(1);
    expect(dispatch.mock.calls[0]).toEqual([session, 'files.open', input]);
  });

  it('lets dispatch judge unknown names and bad input (it validates both)', async () => {
    const { handler, dispatch } = setup();
    await handler(event(frame('app://kotoverkko/')), 'constructor', '__proto__');
    expect(dispatch.mock.calls[0]).toEqual([session, 'constructor', '__proto__']);
  });

  it('refuses a foreign sender with a forbidden error, without calling dispatch', async () => {
    const { handler, dispatch } = setup();
    const refused = [
      await handler(event(frame('https://evil.example/')), 'app.info', {}),
      await handler(event(frame('app://kotoverkko/', frame('app://kotoverkko/'))), 'app.info', {}),
      await handler(event(frame('app://kotoverkko/'), 4), 'app.info', {}),
      await handler(event(null), 'app.info', {}),
    ];
    for (const answer of refused) {
      expect(answer.ok).toBe(false);
      if (!answer.ok) {
        expect(answer.error.code).toBe('forbidden');
        expect(answer.error.message).toMatch(/estettiin/);
      }
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses everything while there is no main window', async () => {
    const { handler, dispatch } = setup(null);
    expect((await handler(event(frame('app://kotoverkko/')), 'app.info', {})).ok).toBe(false);
    expect(dispatch).not.toHaveBeenCalled();
  });
});
