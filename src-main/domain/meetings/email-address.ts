/**
 * A pragmatic check of one e-mail address (local@domain.tld), shared by the invitation's
 * address list and the .ics file. Representatives' addresses are already checked at the API door;
 * this is the second wall before an address goes into a file another program reads.
 * International domains (ä in the domain) pass; spaces, angle brackets, quotes, commas and
 * semicolons never do, since they would break an Outlook list or an iCalendar line.
 */
const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+$/u;

export function isEmailAddress(value: string): boolean {
  if (!EMAIL.test(value) || value.length > 254) return false;
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  return labels.every((label) => label.length > 0 && label.length <= 63 && !label.startsWith('-') && !label.endsWith('-'));
}
