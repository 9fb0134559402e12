/**
 * The content-line rules of iCalendar (RFC 5545 §3.1–3.3): text escaping, parameter quoting,
 * line folding at 75 octets and CRLF line ends. Kept apart from what an invitation says.
 */

const encoder = new TextEncoder();
const MAX_OCTETS = 75;

/** TEXT value (§3.3.11): backslash, semicolon, comma and line breaks escaped. Other control
 * characters are not allowed in TEXT, so they become spaces (a tab stays, it is allowed). */
export function escapeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,\n]/g, (character) => (character === '\n' ? '\\n' : `\\${character}`))
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ');
}

/** Parameter value (§3.2), always double-quoted, so commas, colons and semicolons in a name are
 * safe. A double quote or line break cannot appear inside quotes: RFC 6868 caret-encoding
 * (^' for ", ^n for a line break, ^^ for ^) keeps them instead of dropping them. */
export function quoteParameter(value: string): string {
  const encoded = value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\^"\n]/g, (character) => (character === '^' ? '^^' : character === '"' ? "^'" : '^n'))
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, ' ');
  return `"${encoded}"`;
}

/** Folds one content line (§3.1): at most 75 octets per physical line, continuation lines start
 * with one space (which counts), and never inside a UTF-8 sequence or a surrogate pair. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    if (currentOctets + octets > MAX_OCTETS) {
      pieces.push(current);
      current = ' ';
      currentOctets = 1;
    }
    current += character;
    currentOctets += octets;
  }
  pieces.push(current);
  return pieces.join('\r\n');
}

/** Joins content lines into a file: every line folded, every line (the last too) ended by CRLF. */
export function joinContentLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
