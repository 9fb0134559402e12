import type { IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './app-origin.js';

export interface IpcSender {
  /** URL of the frame that sent the message; null when the frame is gone or navigated away */
  senderFrameUrl: string | null;
  isMainFrame: boolean;
  webContentsId: number;
}

/**
 * An IPC call is answered only when it comes from our main window, from its top frame, showing
 * our own `app://kotoverkko` page. Anything else (an iframe, a stray window, a page that somehow
 * navigated elsewhere) is refused before the dispatcher sees it.
 */
export function isTrustedIpcSender(sender: IpcSender, expected: { webContentsId: number | null }): boolean {
  return expected.webContentsId !== null && sender.webContentsId === expected.webContentsId && sender.isMainFrame && isAppUrl(sender.senderFrameUrl);
}

/** The facts the check needs, read from Electron's event (the event itself goes no further). */
export function ipcSenderOf(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): IpcSender {
  const webContentsId = event.sender.id;
  try {
    const frame = event.senderFrame;
    // The top frame is the only frame without a parent.
    return { senderFrameUrl: frame ? frame.url : null, isMainFrame: frame !== null && frame.parent === null, webContentsId };
  } catch {
    // A frame disposed while its message was in flight throws on access: not a sender to trust.
    return { senderFrameUrl: null, isMainFrame: false, webContentsId };
  }
}
