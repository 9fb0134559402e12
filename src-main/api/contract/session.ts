import { z } from 'zod';
import { type Locale } from '../../i18n/locales.js';
import { hasSomeLanguage, type LocalizedText, localeSchema, localizedTextSchema, optionalTextSchema, expectedVersionSchema } from './common.js';
import { method } from './define.js';

export interface OpenFileInfo {
  path: string;
  fileName: string;
  networkName: string;
  isDemo: boolean;
  readOnly: boolean;
  /** why it is read-only when that is not the file's or folder's permissions: who else edits it */
  readOnlyReason?: string;
}

export interface RecentFile {
  path: string;
  fileName: string;
  lastOpenedAt: string;
  exists: boolean;
}

export interface UserSettings {
  userName: string;
  uiLanguage: Locale;
}

export interface NetworkInfo {
  name: LocalizedText;
  region: string | null;
  isDemo: boolean;
  rowVersion: number;
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  /** 'electron' | 'browser' | 'cli': what the user is running, e.g. for the file dialogs */
  door: string;
  /** whether the door can show native file dialogs; the browser host picks from a folder instead */
  nativeDialogs: boolean;
}

const nothing = z.strictObject({});

/** Files and the session: everything that is about the app rather than the open network. */
export const sessionContract = {
  'app.info': method<AppInfo>()({ summary: 'Version and door', writes: false, scope: 'app', input: nothing }),
  'settings.get': method<UserSettings>()({ summary: 'The user’s own settings', writes: false, scope: 'app', input: nothing }),
  'settings.update': method<UserSettings>()({
    summary: 'Change the user’s own settings',
    writes: true,
    scope: 'app',
    input: z.strictObject({
      userName: optionalTextSchema(200).optional(),
      uiLanguage: localeSchema.optional(),
    }),
  }),
  'files.current': method<OpenFileInfo | null>()({ summary: 'The open network file, if any', writes: false, scope: 'app', input: nothing }),
  'files.recent': method<RecentFile[]>()({
    summary: 'Recently opened network files, and on the browser host the files in its folder',
    writes: false,
    scope: 'app',
    input: nothing,
  }),
  'files.open': method<OpenFileInfo | null>()({
    summary: 'Open a network file: one from the recent list, or one the user picks (null when cancelled)',
    writes: true,
    scope: 'app',
    input: z.strictObject({ path: z.string().max(4096).optional() }),
  }),
  'files.new': method<OpenFileInfo | null>()({
    summary: 'Create a new, empty network file and open it (null when cancelled)',
    writes: true,
    scope: 'app',
    input: z.strictObject({
      networkName: localizedTextSchema().refine(hasSomeLanguage, {
        params: { code: 'name_required' },
      }),
      region: optionalTextSchema(200),
    }),
  }),
  'files.openDemo': method<OpenFileInfo>()({
    summary: 'Create (or reopen) the demo network and open it',
    writes: true,
    scope: 'app',
    longRunning: true,
    input: z.strictObject({ fresh: z.boolean().optional() }),
  }),
  'files.saveCopyAs': method<string | null>()({
    summary: 'Save a consistent copy of the open network to a file the user picks',
    writes: false,
    scope: 'app',
    longRunning: true,
    input: nothing,
  }),
  'files.close': method<null>()({ summary: 'Close the open network', writes: true, scope: 'app', input: nothing }),
  'network.get': method<NetworkInfo>()({ summary: 'The network’s own name and region', writes: false, input: nothing }),
  'network.update': method<NetworkInfo>()({
    summary: 'Rename the network',
    writes: true,
    input: z
      .strictObject({ expectedVersion: expectedVersionSchema, name: localizedTextSchema(), region: optionalTextSchema(200) })
      .refine((value) => hasSomeLanguage(value.name), { params: { code: 'name_required' }, path: ['name'] }),
  }),
};
