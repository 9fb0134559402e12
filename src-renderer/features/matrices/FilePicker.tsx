import { Input } from '@mantine/core';
import { useId } from 'react';

/** A native file input with a label: the page reads the file itself (the core never gets a path). */
export function FilePicker({ label, description, accept, error, onChange }: { label: string; description?: string; accept: string; error?: string; onChange: (file: File | null) => void }) {
  const id = useId();
  return (
    <Input.Wrapper label={label} description={description} error={error} id={id} withAsterisk>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : description ? `${id}-description` : undefined}
        onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
        style={{ display: 'block', marginTop: 6 }}
      />
    </Input.Wrapper>
  );
}
