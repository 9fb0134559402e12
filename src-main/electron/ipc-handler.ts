import type { IpcMainInvokeEvent } from 'electron';
import type { ApiResponse } from '../api/contract/api-error.js';
import { dispatch, toApiError } from '../api/dispatch.js';
import { AppError } from '../domain/shared/app-error.js';
import type { AppSession } from '../session/app-session.js';
import { ipcSenderOf, isTrustedIpcSender } from './ipc-sender-check.js';

export interface IpcHandlerSetup {
  session: AppSession;
  /** the main window's WebContents id, or null while there is no window */
  mainWebContentsId: () => number | null;
  /** the dispatcher (a fake in tests) */
  dispatch?: typeof dispatch;
}

/**
 * The handler behind `ipcMain.handle(IPC_CHANNEL, …)`: check the sender, then hand the untrusted
 * method name and input to the same `dispatch` every door uses. Only those two values go on;
 * the IPC event stays here. A refused sender gets the same `forbidden` error as the browser host.
 */
export function createIpcHandler(setup: IpcHandlerSetup) {
  const run = setup.dispatch ?? dispatch;
  return async (event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>, method: unknown, input: unknown): Promise<ApiResponse> => {
    if (!isTrustedIpcSender(ipcSenderOf(event), { webContentsId: setup.mainWebContentsId() })) {
      return { ok: false, error: toApiError(new AppError('forbidden'), setup.session.locale) };
    }
    return run(setup.session, method, input);
  };
}
