import { useState } from 'react';
import type { ApiError } from '../../../src-main/api/contract/api-error';
import { toApiError } from '../../api/errors';
import { readUpload, type Upload } from '../../api/read-upload';
import { useI18n } from '../../i18n/use-i18n';

/**
 * An import from a file the user picks, in two steps: the file is read and previewed (nothing
 * written), then exactly the previewed file is imported. Shared by the Excel and review form imports.
 */
export function useUploadPreview<Preview>(previewOf: (upload: Upload) => Promise<Preview>) {
  const { t, locale } = useI18n();
  const [upload, setUpload] = useState<Upload | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (caught) {
      setError(toApiError(caught, locale));
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File | null) => {
    setPreview(null);
    setUpload(null);
    setError(null);
    setFileError(undefined);
    if (!file) return;
    await run(async () => {
      const read = await readUpload(file);
      setUpload(read);
      setPreview(await previewOf(read));
    });
  };

  /** Imports the previewed file; without one, the file field asks for a file. */
  const confirm = async (importIt: (upload: Upload, preview: Preview) => Promise<void>) => {
    if (!upload || !preview) {
      setFileError(t.matrices.review.chooseFile);
      return;
    }
    await run(() => importIt(upload, preview));
  };

  return { preview, error, fileError, busy, choose, confirm };
}
