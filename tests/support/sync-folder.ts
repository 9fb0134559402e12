import { copyFileSync, existsSync, type FSWatcher, mkdirSync, watch } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sha256 } from './temp-files.js';

/**
 * A stand-in for OneDrive or a network-drive client: whenever the watched file changes it copies
 * the file whole into its "cloud" folder, as such tools do, with no idea whether a save is under way.
 */
export class SyncFolder {
  private readonly watcher: FSWatcher;
  copies = 0;

  constructor(
    private readonly file: string,
    readonly cloud: string,
  ) {
    mkdirSync(cloud, { recursive: true });
    this.watcher = watch(dirname(file), (_event, name) => {
      if (name === basename(file)) this.copy();
    });
  }

  get cloudCopy(): string {
    return join(this.cloud, basename(this.file));
  }

  /** Waits until the cloud holds exactly the file's bytes as they are now (the tool has caught up). */
  async caughtUp(timeoutMs = 10_000): Promise<void> {
    const started = Date.now();
    for (;;) {
      const wanted = sha256(this.file);
      if (existsSync(this.cloudCopy) && sha256(this.cloudCopy) === wanted) return;
      if (Date.now() - started > timeoutMs) throw new Error('the sync folder did not catch up with the file');
      // like a sync tool's periodic rescan, in case a change event was merged with an earlier one
      if (Date.now() - started > 500) this.copy();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  close(): void {
    this.watcher.close();
  }

  private copy(): void {
    try {
      copyFileSync(this.file, this.cloudCopy);
      this.copies += 1;
    } catch {
      // the file was mid-rename or gone for a moment: the next change copies it again
    }
  }
}
