/**
 * The report model as a Word document (.docx) with the `docx` library: the
 * title, one Heading 1 per section, Heading 2 for parts, real tables with
 * header rows. Loaded with a dynamic import only when the user asks for it.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, ReportModel } from './model';

/** The text width of an A4 page with the default margins, in twentieths of a point. */
const CONTENT_WIDTH = 9026;
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    borders,
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 18 })] })),
  });
}

function table(block: Extract<Block, { kind: 'table' }>): (Paragraph | Table)[] {
  return [
    new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })], spacing: { before: 200, after: 80 } }),
    new Table({
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: block.headers.map(() => Math.floor(CONTENT_WIDTH / block.headers.length)),
      rows: [
        new TableRow({ tableHeader: true, children: block.headers.map((h) => cell(h, true)) }),
        ...block.rows.map((row) => new TableRow({ children: row.map((c, i) => cell(c, i === 0 && block.rowHeaders === true)) })),
      ],
    }),
  ];
}

function blockToDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun({ text: block.text, bold: block.strong === true })] })];
    case 'subheading':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 })];
    case 'list':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'facts':
      return block.items.map(
        (item) => new Paragraph({ children: [new TextRun({ text: `${item.label}: `, bold: true }), new TextRun({ text: item.value })] }),
      );
    case 'table':
      return table(block);
  }
}

export function reportToDocument(model: ReportModel): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: model.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT }),
    ...model.cover.map(
      (c) => new Paragraph({ children: [new TextRun({ text: `${c.label}: `, bold: true }), new TextRun({ text: c.value })] }),
    ),
  ];
  for (const section of model.sections) {
    children.push(new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }));
    for (const block of section.blocks) children.push(...blockToDocx(block));
  }
  return new Document({
    title: model.title,
    creator: 'SoMe-veilederen',
    description: `Status: ${model.status}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
}

/** The .docx as a Blob (in the browser). */
export function reportToDocxBlob(model: ReportModel): Promise<Blob> {
  return Packer.toBlob(reportToDocument(model));
}
