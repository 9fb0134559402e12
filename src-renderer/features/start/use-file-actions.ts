import { useCallback, useMemo } from 'react';
import type { InputOf, OpenFileInfo } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { useSession } from '../../app/SessionContext';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';

/**
 * Opening, creating and closing network files, shared by the start screen and the file menu.
 * Every action lands on the home screen of what was opened; a cancelled dialog changes nothing.
 */
export function useFileActions() {
  const { setFile, appInfo } = useSession();
  const { t, format } = useI18n();
  const notify = useNotify();

  const land = useCallback(
    (info: OpenFileInfo | null) => {
      if (!info) return null;
      if (window.location.hash !== '#/') window.location.hash = '#/';
      setFile(info);
      return info;
    },
    [setFile],
  );

  const attempt = useCallback(
    async (action: () => Promise<OpenFileInfo | null>) => {
      try {
        return land(await action());
      } catch (error) {
        notify.error(error);
        return null;
      }
    },
    [land, notify],
  );

  return useMemo(
    () => ({
      nativeDialogs: appInfo.nativeDialogs,
      openWithDialog: () => attempt(() => call('files.open', {})),
      openPath: (path: string) => attempt(() => call('files.open', { path })),
      openDemo: () => attempt(() => call('files.openDemo', {})),
      /** throws, so the form can show the error under the field it concerns */
      createNetwork: async (input: InputOf<'files.new'>) => land(await call('files.new', input)),
      saveCopy: async () => {
        try {
          const path = await call('files.saveCopyAs', {});
          if (path) notify.success(format(t.shell.copySaved, { path }));
        } catch (error) {
          notify.error(error);
        }
      },
      close: async () => {
        try {
          await call('files.close', {});
          setFile(null);
        } catch (error) {
          notify.error(error);
        }
      },
    }),
    [appInfo.nativeDialogs, attempt, land, setFile, t, format, notify],
  );
}
