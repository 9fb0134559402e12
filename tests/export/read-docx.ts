import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';

/** A .docx read back as Word would: its parts parsed as XML, with small helpers to find things. */

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface ReadDocx {
  zip: JSZip;
  document: XmlDocument;
  styles: XmlDocument;
  settings: XmlDocument;
  /** header parts in the order the sections name them */
  headers: XmlDocument[];
  relationships: XmlDocument;
}

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => {
    const text = await zip.file(name)?.async('string');
    if (text === undefined) throw new Error(`${name} is missing`);
    return new DOMParser().parseFromString(text, 'text/xml');
  };
  const document = await part('word/document.xml');
  const relationships = await part('word/_rels/document.xml.rels');
  const targets = new Map(all(relationships.documentElement!, 'Relationship', null).map((rel) => [rel.getAttribute('Id')!, rel.getAttribute('Target')!]));
  const headerIds = all(document.documentElement!, 'headerReference').map((reference) => reference.getAttributeNS(R, 'id')!);
  const headers = await Promise.all(headerIds.map((id) => part(`word/${targets.get(id)!}`)));
  return { zip, document, styles: await part('word/styles.xml'), settings: await part('word/settings.xml'), headers, relationships };
}

/** Every descendant element with this local name (in the w: namespace unless told). */
export function all(root: Element | XmlDocument, localName: string, namespace: string | null = W): Element[] {
  const list = namespace ? root.getElementsByTagNameNS(namespace, localName) : root.getElementsByTagName(localName);
  return Array.from({ length: list.length }, (_, index) => list.item(index)!);
}

export function wAttr(element: Element, name: string): string | null {
  return element.getAttributeNS(W, name) || null;
}

/** The text of an element's runs (w:t), tabs as "\t". */
export function textOf(element: Element): string {
  return all(element, '*')
    // a tab in a run is text; w:tab in w:tabs is a tab stop
    .filter((node) => node.namespaceURI === W && (node.localName === 't' || (node.localName === 'tab' && (node.parentNode as Element | null)?.localName === 'r')))
    .map((node) => (node.localName === 'tab' ? '\t' : (node.textContent ?? '')))
    .join('');
}

export function styleOf(paragraph: Element): string | null {
  const style = all(paragraph, 'pStyle')[0];
  return style ? wAttr(style, 'val') : null;
}

/** Paragraphs directly in the body or in table cells, in document order, with their style and text. */
export function paragraphs(root: Element | XmlDocument): Array<{ style: string | null; text: string; element: Element }> {
  return all(root, 'p').map((element) => ({ style: styleOf(element), text: textOf(element), element }));
}

/** Instruction texts of fields, both simple (w:fldSimple) and complex (w:instrText). */
export function fieldInstructions(root: Element | XmlDocument): string[] {
  return [...all(root, 'instrText').map((node) => (node.textContent ?? '').trim()), ...all(root, 'fldSimple').map((node) => wAttr(node, 'instr')!.trim())];
}

/** A table's rows as arrays of cell texts. */
export function tableRows(table: Element): string[][] {
  return all(table, 'tr').map((row) => all(row, 'tc').map((cell) => textOf(cell)));
}

/** The body's sections: each with its orientation and the body elements (paragraphs, tables) it holds. */
export function sections(document: XmlDocument): Array<{ orientation: string; width: number; elements: Element[] }> {
  const body = all(document.documentElement!, 'body')[0]!;
  const result: Array<{ orientation: string; width: number; elements: Element[] }> = [];
  let current: Element[] = [];
  const close = (sectPr: Element) => {
    const size = all(sectPr, 'pgSz')[0]!;
    result.push({ orientation: wAttr(size, 'orient') ?? 'portrait', width: Number(wAttr(size, 'w')), elements: current });
    current = [];
  };
  for (let node = body.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element.localName === 'sectPr') {
      close(element);
      continue;
    }
    current.push(element);
    const inner = element.localName === 'p' ? all(element, 'sectPr')[0] : undefined;
    if (inner) close(inner);
  }
  return result;
}
