import { DOMParser, type Element, XMLSerializer } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { FORM_SHEET_LAYOUT } from '../../src-main/export/review-forms/review-form-xlsx.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';

/** How a member answers one row, in the ways people really fill a Word table. */
export interface DocxAnswer {
  /** 'tick': clicks the tick box (Word sets it checked and shows ☒); a string: deletes the box and types it; 'beside': types x next to the box */
  agree?: 'tick' | 'beside' | string;
  /** lines of a comment; Word keeps each line as a paragraph and splits text into several runs */
  comment?: string[];
  /** typed with Track Changes on: the text is inside w:ins, and a deleted word sits in w:del */
  tracked?: boolean;
}

/** Edits the form's table cells in document.xml, as Word would save them. Rows are found by their number. */
export async function fillDocxForm(bytes: Uint8Array, answers: Record<number, DocxAnswer>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const make = (name: string) => document.createElementNS(W, `w:${name}`);
  const run = (text: string, tag = 't') => {
    const r = make('r');
    const t = make(tag);
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(document.createTextNode(text));
    r.appendChild(t);
    return r;
  };
  const tracked = (child: Element, kind: 'ins' | 'del') => {
    const wrapper = make(kind);
    wrapper.setAttributeNS(W, 'w:id', String(Math.floor(Math.random() * 1e6)));
    wrapper.setAttributeNS(W, 'w:author', 'Maija Meikäläinen');
    wrapper.appendChild(child);
    return wrapper;
  };

  for (const row of Array.from(document.getElementsByTagNameNS(W, 'tr'))) {
    const cells = Array.from(row.getElementsByTagNameNS(W, 'tc'));
    const number = Number((cells[0]?.textContent ?? '').trim());
    const answer = answers[number];
    if (!answer || cells.length < 6) continue;
    const agreeCell = cells[4]!;
    const agreeParagraph = agreeCell.getElementsByTagNameNS(W, 'p')[0]!;
    if (answer.agree === 'tick') {
      const checked = agreeCell.getElementsByTagNameNS(W14, 'checked')[0]!;
      checked.setAttributeNS(W14, 'w14:val', '1');
      const content = agreeCell.getElementsByTagNameNS(W, 'sdtContent')[0]!;
      while (content.firstChild) content.removeChild(content.firstChild);
      content.appendChild(run('☒'));
    } else if (answer.agree === 'beside') {
      agreeParagraph.appendChild(run(' x'));
    } else if (answer.agree !== undefined) {
      const sdt = agreeCell.getElementsByTagNameNS(W, 'sdt')[0];
      if (sdt) sdt.parentNode!.removeChild(sdt);
      agreeParagraph.appendChild(answer.tracked ? tracked(run(answer.agree), 'ins') : run(answer.agree));
    }
    if (answer.comment) {
      const commentCell = cells[5]!;
      const first = commentCell.getElementsByTagNameNS(W, 'p')[0]!;
      answer.comment.forEach((line, index) => {
        const paragraph = index === 0 ? first : commentCell.appendChild(make('p'));
        // Word splits a line into runs at every formatting or spell-check boundary
        const words = line.split(/(?<= )/);
        for (const word of words) paragraph.appendChild(answer.tracked ? tracked(run(word), 'ins') : run(word));
        if (answer.tracked && index === 0) paragraph.appendChild(tracked(run('poistettu sana ', 'delText'), 'del'));
      });
    }
  }
  zip.file('word/document.xml', new XMLSerializer().serializeToString(document));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** Types answers into the Excel form's cells (E = agree, F = comment), rows found by their number. */
export async function fillXlsxForm(bytes: Uint8Array, answers: Record<number, { agree?: ExcelJS.CellValue; comment?: string }>, edit?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets.find((candidate) => candidate.state === 'visible')!;
  const { headerRow, columns } = FORM_SHEET_LAYOUT;
  for (let rowNumber = headerRow + 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const answer = answers[Number(row.getCell(columns.number).value)];
    if (!answer) continue;
    if (answer.agree !== undefined) row.getCell(columns.agree).value = answer.agree;
    if (answer.comment !== undefined) row.getCell(columns.comment).value = answer.comment;
  }
  edit?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
