import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.js';

/** The user's own settings, kept outside any network file (one user, many networks). */
export interface StoredSettings {
  userName: string;
  uiLanguage: Locale;
  recentFiles: Array<{ path: string; lastOpenedAt: string }>;
}

const MAX_RECENT = 10;

export function defaultSettings(): StoredSettings {
  return { userName: '', uiLanguage: DEFAULT_LOCALE, recentFiles: [] };
}

export class SettingsStore {
  private settings: StoredSettings = defaultSettings();
  /** saves run one after another, each writing the settings as they are when it runs */
  private saving: Promise<void> = Promise.resolve();

  /** @param file where settings persist; null keeps them in memory (command line, tests) */
  constructor(private readonly file: string | null) {}

  async load(): Promise<void> {
    if (!this.file) return;
    try {
      this.settings = sanitize(JSON.parse(await readFile(this.file, 'utf8')));
    } catch {
      this.settings = defaultSettings();
    }
  }

  get(): StoredSettings {
    return structuredClone(this.settings);
  }

  async update(change: Partial<StoredSettings>): Promise<StoredSettings> {
    this.settings = sanitize({ ...this.settings, ...change });
    await this.save();
    return this.get();
  }

  async rememberRecent(path: string, now: Date): Promise<void> {
    const recentFiles = [{ path, lastOpenedAt: now.toISOString() }, ...this.settings.recentFiles.filter((entry) => entry.path !== path)];
    await this.update({ recentFiles: recentFiles.slice(0, MAX_RECENT) });
  }

  /** Written to a temporary file and renamed, so a crash never leaves half a settings file. */
  private save(): Promise<void> {
    const file = this.file;
    if (!file) return Promise.resolve();
    const write = async () => {
      await mkdir(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      await writeFile(temporary, JSON.stringify(this.settings, null, 2), 'utf8');
      await rename(temporary, file);
    };
    this.saving = this.saving.then(write, write);
    return this.saving;
  }
}

function sanitize(value: unknown): StoredSettings {
  const input = (typeof value === 'object' && value !== null ? value : {}) as Partial<StoredSettings>;
  return {
    userName: typeof input.userName === 'string' ? input.userName.slice(0, 200) : '',
    uiLanguage: isLocale(input.uiLanguage) ? input.uiLanguage : DEFAULT_LOCALE,
    recentFiles: Array.isArray(input.recentFiles)
      ? input.recentFiles
          .filter((entry) => typeof entry?.path === 'string' && typeof entry?.lastOpenedAt === 'string')
          .slice(0, MAX_RECENT)
      : [],
  };
}
