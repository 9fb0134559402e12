/**
 * A tiny XML reader for tests: enough to prove a generated SVG is well-formed (one root, balanced
 * tags, quoted unique attributes, only known entities) and to read its elements back. Node has no
 * XML parser of its own and the core takes no dependency for one.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own decoded text, children's text excluded. */
  text: string;
}

const NAME_START = /[A-Za-z_:]/;
const NAME_CHAR = /[A-Za-z0-9_:.-]/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  let out = '';
  for (let index = 0; index < raw.length; index += 1) {
    const character = raw[index]!;
    if (character === '<') throw new Error(`Raw "<" at ${where + index}`);
    if (character !== '&') {
      out += character;
      continue;
    }
    const end = raw.indexOf(';', index);
    if (end < 0) throw new Error(`Unterminated entity at ${where + index}`);
    const name = raw.slice(index + 1, end);
    if (name in ENTITIES) out += ENTITIES[name];
    else if (/^#[0-9]+$/.test(name)) out += String.fromCodePoint(Number(name.slice(1)));
    else if (/^#x[0-9a-fA-F]+$/.test(name)) out += String.fromCodePoint(parseInt(name.slice(2), 16));
    else throw new Error(`Unknown entity "&${name};" at ${where + index}`);
    index = end;
  }
  return out;
}

export function parseXml(source: string): XmlElement {
  let position = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (message: string): never => {
    throw new Error(`${message} at ${position}: ${JSON.stringify(source.slice(position, position + 40))}`);
  };
  const readName = () => {
    const start = position;
    if (!NAME_START.test(source[position] ?? '')) fail('Expected a name');
    while (NAME_CHAR.test(source[position] ?? '')) position += 1;
    return source.slice(start, position);
  };
  const skipSpace = () => {
    while (/\s/.test(source[position] ?? '')) position += 1;
  };

  while (position < source.length) {
    const next = source.indexOf('<', position);
    const text = source.slice(position, next < 0 ? source.length : next);
    if (text.trim() !== '') {
      const current = stack[stack.length - 1];
      if (!current) fail('Text outside the root element');
      current!.text += decode(text, position);
    } else decode(text, position);
    if (next < 0) break;
    position = next;
    if (source.startsWith('<?', position)) {
      const end = source.indexOf('?>', position);
      if (end < 0) fail('Unterminated processing instruction');
      position = end + 2;
      continue;
    }
    if (source.startsWith('<!--', position)) {
      const end = source.indexOf('-->', position);
      if (end < 0) fail('Unterminated comment');
      position = end + 3;
      continue;
    }
    if (source.startsWith('</', position)) {
      position += 2;
      const name = readName();
      skipSpace();
      if (source[position] !== '>') fail('Expected ">"');
      position += 1;
      const open = stack.pop();
      if (!open || open.name !== name) fail(`Closing </${name}> does not match <${open?.name ?? 'nothing'}>`);
      continue;
    }
    position += 1;
    const element: XmlElement = { name: readName(), attributes: {}, children: [], text: '' };
    for (;;) {
      const before = position;
      skipSpace();
      if (source.startsWith('/>', position) || source[position] === '>') break;
      if (position === before) fail('Expected white space before an attribute');
      const name = readName();
      skipSpace();
      if (source[position] !== '=') fail('Expected "="');
      position += 1;
      skipSpace();
      const quote = source[position];
      if (quote !== '"' && quote !== "'") fail('Expected a quoted value');
      const end = source.indexOf(quote!, position + 1);
      if (end < 0) fail('Unterminated attribute value');
      if (name in element.attributes) fail(`Duplicate attribute ${name}`);
      element.attributes[name] = decode(source.slice(position + 1, end), position + 1);
      position = end + 1;
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else if (root) fail('A second root element');
    else root = element;
    if (source.startsWith('/>', position)) position += 2;
    else {
      position += 1;
      stack.push(element);
    }
  }
  if (stack.length > 0) throw new Error(`Unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('No root element');
  return root;
}

export function findAll(element: XmlElement, name: string): XmlElement[] {
  return [...(element.name === name ? [element] : []), ...element.children.flatMap((child) => findAll(child, name))];
}

/** All text inside an element, its descendants' included. */
export function textContent(element: XmlElement): string {
  return element.text + element.children.map(textContent).join('');
}
