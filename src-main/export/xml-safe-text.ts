/**
 * Characters XML 1.0 cannot hold: C0 controls other than tab, newline and carriage return,
 * U+FFFE/U+FFFF, and halves of a surrogate pair standing alone. Users can store them (a name
 * pasted from another program), and `docx` / `exceljs` would write them into a part that Word or
 * Excel then calls corrupt (or as U+FFFD), so exports drop them.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML, '');
}

/** A copy of plain data (an export job) with every string made XML-safe; bytes and numbers kept. */
export function xmlSafeData<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => xmlSafeData(item)) as T;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlSafeData(item)])) as T;
}
