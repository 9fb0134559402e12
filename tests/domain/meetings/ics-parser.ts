/**
 * A small iCalendar reader for the tests, written from RFC 5545 independently of the generator:
 * checks the physical lines, unfolds, splits name;params:value (quotes respected), decodes RFC 6868
 * carets and TEXT escapes, and builds the component tree.
 */
export interface ContentLine {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface Component {
  name: string;
  properties: ContentLine[];
  components: Component[];
}

export function physicalLines(ics: string): string[] {
  if (!ics.endsWith('\r\n')) throw new Error('The file does not end with CRLF');
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) if (/[\r\n]/.test(line)) throw new Error(`A bare CR or LF in: ${JSON.stringify(line)}`);
  return lines;
}

export function unfold(ics: string): string[] {
  const logical: string[] = [];
  for (const line of physicalLines(ics)) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (logical.length === 0) throw new Error('A continuation line first');
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }
  return logical;
}

export function parseContentLine(line: string): ContentLine {
  let index = 0;
  const readUntil = (stops: string): string => {
    let text = '';
    while (index < line.length && !stops.includes(line[index]!)) text += line[index++];
    return text;
  };
  const name = readUntil(';:').toUpperCase();
  const params: Record<string, string> = {};
  while (line[index] === ';') {
    index++;
    const paramName = readUntil('=').toUpperCase();
    index++; // '='
    let value: string;
    if (line[index] === '"') {
      index++;
      value = readUntil('"');
      if (line[index] !== '"') throw new Error(`Unclosed quote in ${line}`);
      index++;
    } else {
      value = readUntil(';:');
      if (value.includes(',') || value.includes('"')) throw new Error(`Unquoted special character in ${line}`);
    }
    params[paramName] = decodeCarets(value);
  }
  if (line[index] !== ':') throw new Error(`No value in ${line}`);
  return { name, params, value: line.slice(index + 1) };
}

function decodeCarets(value: string): string {
  return value.replace(/\^(['n^])/g, (_, character: string) => (character === "'" ? '"' : character === 'n' ? '\n' : '^'));
}

export function unescapeText(value: string): string {
  let result = '';
  for (let index = 0; index < value.length; index++) {
    const character = value[index]!;
    if (character === '\\') {
      const next = value[++index];
      if (next === 'n' || next === 'N') result += '\n';
      else if (next === '\\' || next === ',' || next === ';') result += next;
      else throw new Error(`Bad escape \\${next} in ${value}`);
    } else if (character === ',' || character === ';') {
      throw new Error(`Unescaped ${character} in a TEXT value: ${value}`);
    } else result += character;
  }
  return result;
}

export function parseIcs(ics: string): Component {
  const stack: Component[] = [];
  let root: Component | undefined;
  for (const line of unfold(ics).map(parseContentLine)) {
    if (line.name === 'BEGIN') {
      const component: Component = { name: line.value, properties: [], components: [] };
      stack.at(-1)?.components.push(component);
      stack.push(component);
    } else if (line.name === 'END') {
      const component = stack.pop();
      if (component?.name !== line.value) throw new Error(`END:${line.value} closes ${component?.name}`);
      if (stack.length === 0) root = component;
    } else {
      const current = stack.at(-1);
      if (!current) throw new Error(`A property outside any component: ${line.name}`);
      current.properties.push(line);
    }
  }
  if (!root || stack.length > 0) throw new Error('Unbalanced BEGIN/END');
  return root;
}

export function property(component: Component, name: string): ContentLine {
  const found = component.properties.filter((line) => line.name === name);
  if (found.length !== 1) throw new Error(`${component.name} has ${found.length} ${name} properties`);
  return found[0]!;
}

export function child(component: Component, name: string): Component {
  const found = component.components.filter((candidate) => candidate.name === name);
  if (found.length !== 1) throw new Error(`${component.name} has ${found.length} ${name} components`);
  return found[0]!;
}

/** Resolves a local time with TZID by the VTIMEZONE's own rules (yearly, BYMONTH, BYDAY=-1SU only):
 * the offset in force is the one of the latest onset, in local time before the change, at or before it. */
export function resolveWithVtimezone(vtimezone: Component, localStamp: string): Date {
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(localStamp)!.map(Number) as number[];
  const asIfUtc = Date.UTC(y!, mo! - 1, d, h, mi, s);
  const onsets = vtimezone.components.flatMap((observance) => {
    const rule = Object.fromEntries(property(observance, 'RRULE').value.split(';').map((part) => part.split('=')));
    if (rule.FREQ !== 'YEARLY' || rule.BYDAY !== '-1SU') throw new Error(`Rule not understood: ${JSON.stringify(rule)}`);
    const start = property(observance, 'DTSTART').value;
    const hour = Number(start.slice(9, 11));
    return [y! - 1, y!].map((year) => {
      const month = Number(rule.BYMONTH) - 1;
      const last = new Date(Date.UTC(year, month + 1, 0));
      const lastSunday = last.getUTCDate() - last.getUTCDay();
      return { at: Date.UTC(year, month, lastSunday, hour), offset: parseOffset(property(observance, 'TZOFFSETTO').value) };
    });
  });
  const inForce = onsets.filter((onset) => onset.at <= asIfUtc).sort((a, b) => b.at - a.at)[0]!;
  return new Date(asIfUtc - inForce.offset);
}

export function parseOffset(value: string): number {
  const match = /^([+-])(\d{2})(\d{2})$/.exec(value)!;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000;
}
