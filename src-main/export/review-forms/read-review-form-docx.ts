import { DOMParser, type Element, type Node, onErrorStopParsing } from '@xmldom/xmldom';
import type JSZip from 'jszip';
import { AppError } from '../../domain/shared/app-error.js';
import { LOCALES } from '../../i18n/locales.js';
import type { FilledRow } from './answer-marks.js';
import { FORM_PROPERTIES, type FormIdentity, identityFrom, REVIEW_FORM_FORMAT } from './form-identity.js';
import { FORM_TEXTS } from './form-texts.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';

export interface FilledForm {
  identity: FormIdentity;
  rows: FilledRow[];
}

/**
 * Reads a filled Word form: the ids from its custom properties, and from every table row that
 * starts with a task number, the agree cell (typed text or a ticked box) and the comment cell.
 * Word's ways of storing text are followed as a member leaves them: text split into many runs,
 * tracked changes (inserted text counts, deleted text does not), several paragraphs in a cell.
 */
export async function readReviewFormDocx(zip: JSZip): Promise<FilledForm> {
  const properties = await readCustomProperties(zip);
  const identity =
    properties.get(FORM_PROPERTIES.format) === REVIEW_FORM_FORMAT
      ? identityFrom({
          matrixId: properties.get(FORM_PROPERTIES.matrixId),
          versionId: properties.get(FORM_PROPERTIES.versionId),
          actorId: properties.get(FORM_PROPERTIES.actorId),
          tasksChecksum: properties.get(FORM_PROPERTIES.tasksChecksum),
          taskIds: properties.get(FORM_PROPERTIES.taskIds),
        })
      : null;
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (!identity || !documentXml) throw new AppError('form_unreadable');
  const document = parseXml(documentXml);

  const rows: FilledRow[] = [];
  for (const table of elements(document.documentElement!, W, 'tbl')) {
    let columns = { number: 0, agree: 4, comment: 5 };
    for (const row of within(table, W, 'tr')) {
      const cells = within(row, W, 'tc');
      const texts = cells.map((cell) => cellText(cell).trim());
      const header = headerColumns(texts);
      if (header) {
        columns = header;
        continue;
      }
      const number = /^\d{1,5}$/.test(texts[columns.number] ?? '') ? Number(texts[columns.number]) : null;
      const agreeCell = cells[columns.agree];
      if (number === null || !agreeCell) continue;
      rows.push({
        number,
        agreeText: cellText(agreeCell),
        ticked: isTicked(agreeCell),
        commentText: cells[columns.comment] ? cellText(cells[columns.comment]!) : '',
      });
    }
  }
  return { identity, rows };
}

async function readCustomProperties(zip: JSZip): Promise<Map<string, string>> {
  const xml = await zip.file('docProps/custom.xml')?.async('string');
  const values = new Map<string, string>();
  if (!xml) return values;
  for (const property of elements(parseXml(xml).documentElement!, '*', 'property')) {
    const name = property.getAttribute('name');
    if (name) values.set(name, (property.textContent ?? '').trim());
  }
  return values;
}

/** The header row, in whichever of our languages the form was made: where the answer columns are. */
function headerColumns(texts: string[]): { number: number; agree: number; comment: number } | null {
  for (const locale of LOCALES) {
    const words = FORM_TEXTS[locale];
    const agree = texts.indexOf(words.agree);
    const comment = texts.indexOf(words.comment);
    if (agree >= 0 && comment >= 0) return { number: Math.max(0, texts.indexOf(words.number)), agree, comment };
  }
  return null;
}

/** The text a reader sees in a cell: inserted text in, deleted and moved-away text out, paragraphs as lines. */
function cellText(cell: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.namespaceURI === W) {
      switch (element.localName) {
        case 'del':
        case 'moveFrom':
        case 'tbl':
          return;
        case 't':
          parts.push(element.textContent ?? '');
          return;
        case 'tab':
          parts.push('\t');
          return;
        case 'br':
        case 'cr':
          parts.push('\n');
          return;
        case 'sym': {
          const code = Number.parseInt(element.getAttributeNS(W, 'char') ?? element.getAttribute('w:char') ?? '', 16);
          // Word stores symbol-font characters in the private-use area (F000 + code)
          if (Number.isFinite(code)) parts.push(String.fromCodePoint(code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code));
          return;
        }
      }
    }
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
    if (element.namespaceURI === W && element.localName === 'p') parts.push('\n');
  };
  walk(cell);
  return parts.join('');
}

/** A Word tick box (content control) in the cell is ticked. */
function isTicked(cell: Element): boolean {
  return elements(cell, W14, 'checked').some((checked) => {
    const value = checked.getAttributeNS(W14, 'val') ?? checked.getAttribute('w14:val');
    return value === null || value === '' || value === '1' || value === 'true' || value === 'on';
  });
}

function parseXml(xml: string) {
  // Word never writes a DTD; one here could only declare entities to expand (checkUploadedZip refuses it first)
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) throw new AppError('upload_unsafe_xml');
  try {
    return new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'text/xml');
  } catch {
    throw new AppError('form_unreadable');
  }
}

function elements(root: Element, namespace: string, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(namespace, localName));
}

/** Descendants with the name, but not those of a table nested deeper. */
function within(root: Element, namespace: string, localName: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Element) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (element.namespaceURI === namespace && element.localName === localName) found.push(element);
      else if (!(element.namespaceURI === W && element.localName === 'tbl')) walk(element);
    }
  };
  walk(root);
  return found;
}
