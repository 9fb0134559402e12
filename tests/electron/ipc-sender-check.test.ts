import { describe, expect, it } from 'vitest';
import { ipcSenderOf, isTrustedIpcSender } from '../../src-main/electron/ipc-sender-check';

const ours = { senderFrameUrl: 'app://kotoverkko/index.html#/actors', isMainFrame: true, webContentsId: 7 };
const expected = { webContentsId: 7 };

describe('the IPC sender check', () => {
  it('trusts our main window’s top frame on our own origin', () => {
    expect(isTrustedIpcSender(ours, expected)).toBe(true);
  });

  it('refuses another window, a subframe, another origin or a vanished frame', () => {
    expect(isTrustedIpcSender({ ...ours, webContentsId: 8 }, expected)).toBe(false);
    expect(isTrustedIpcSender({ ...ours, isMainFrame: false }, expected)).toBe(false);
    expect(isTrustedIpcSender({ ...ours, senderFrameUrl: 'https://evil.example/' }, expected)).toBe(false);
    expect(isTrustedIpcSender({ ...ours, senderFrameUrl: 'file:///work/main/out/renderer/index.html' }, expected)).toBe(false);
    expect(isTrustedIpcSender({ ...ours, senderFrameUrl: 'app://kotoverkko.evil/' }, expected)).toBe(false);
    expect(isTrustedIpcSender({ ...ours, senderFrameUrl: null }, expected)).toBe(false);
  });

  it('refuses everyone while there is no main window', () => {
    expect(isTrustedIpcSender(ours, { webContentsId: null })).toBe(false);
  });

  it('reads the facts from an Electron event', () => {
    const top = { url: 'app://kotoverkko/index.html', parent: null };
    const child = { url: 'app://kotoverkko/index.html', parent: top };
    const event = (senderFrame: unknown) => ({ senderFrame, sender: { id: 7 } }) as unknown as Parameters<typeof ipcSenderOf>[0];
    expect(ipcSenderOf(event(top))).toEqual({ senderFrameUrl: 'app://kotoverkko/index.html', isMainFrame: true, webContentsId: 7 });
    expect(ipcSenderOf(event(child)).isMainFrame).toBe(false);
    expect(ipcSenderOf(event(null))).toEqual({ senderFrameUrl: null, isMainFrame: false, webContentsId: 7 });
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    expect(ipcSenderOf(event(disposed))).toEqual({ senderFrameUrl: null, isMainFrame: false, webContentsId: 7 });
  });
});
