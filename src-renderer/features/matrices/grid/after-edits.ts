import type { EditorActions } from './use-matrix-editor';

/**
 * Other writes to a version wait for the cell edits still being saved, and carry the rowVersion
 * those edits left, so a quick "type, then send to review" never trips over its own edits.
 */
export async function afterEdits<T>(editor: Pick<EditorActions, 'settled' | 'currentRowVersion'>, send: (expectedVersion: number) => Promise<T>): Promise<T> {
  await editor.settled();
  return send(editor.currentRowVersion());
}
