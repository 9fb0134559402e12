import { TextInput, type TextInputProps } from '@mantine/core';

/** A calendar date as the browser's own date input; its value is YYYY-MM-DD, no time zone involved. */
export function DateField({ value, onChange, ...props }: Omit<TextInputProps, 'value' | 'onChange' | 'type'> & { value: string; onChange: (value: string) => void }) {
  return <TextInput type="date" value={value} onChange={(event) => onChange(event.currentTarget.value)} styles={{ input: { width: 200 } }} {...props} />;
}
