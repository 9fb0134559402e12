import { createContext, useContext } from 'react';
import type { AppInfo, InputOf, OpenFileInfo, UserSettings } from '../../src-main/api/contract/index';

export interface SessionState {
  appInfo: AppInfo;
  settings: UserSettings;
  /** the open network file, or null on the start screen */
  file: OpenFileInfo | null;
  setFile: (file: OpenFileInfo | null) => void;
  refreshFile: () => Promise<void>;
  updateSettings: (change: InputOf<'settings.update'>) => Promise<UserSettings>;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The open file, for screens that only exist while a network is open. */
export function useOpenFile(): OpenFileInfo {
  const { file } = useSession();
  if (!file) throw new Error('No network open');
  return file;
}
