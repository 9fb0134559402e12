import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the user's own things live: settings, backups and the demo network. `KOTOVERKKO_HOME`
 * moves it all (tests use it so they never touch a real profile).
 */
export function appHome(): string {
  if (process.env.KOTOVERKKO_HOME) return process.env.KOTOVERKKO_HOME;
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Kotoverkko');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Kotoverkko');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'kotoverkko');
}

export function appPaths(home: string = appHome()) {
  return {
    home,
    settingsFile: join(home, 'settings.json'),
    backupDirectory: join(home, 'backups'),
    demoFile: join(home, 'demo', 'Kotoverkko-esimerkkiverkosto.kotoverkko'),
    networksDirectory: join(home, 'networks'),
  };
}
