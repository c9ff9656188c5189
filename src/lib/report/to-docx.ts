/**
 * The report model as a Word document (.docx) with the `docx` library, ready
 * for the archive: the title, a table of contents field, one Heading 1 per
 * section and Heading 2 for parts, real tables with header rows that repeat on
 * every page, a header (municipality, unit, title), a footer (version with the
 * assessment's fingerprint, and «side X av Y» from PAGE and NUMPAGES fields),
 * Norwegian bokmål (nb-NO) as the language of every style, and the document
 * properties (title, subject, author = the unit; created is set when the file
 * is made). Loaded with a dynamic import only when the user asks for it.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, ReportModel } from './model';

/** The text width of an A4 page with the default margins, in twentieths of a point. */
const CONTENT_WIDTH = 9026;
const LANGUAGE = { value: 'nb-NO' } as const;
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
    new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })], spacing: { before: 200, after: 80 }, keepNext: true }),
    new Table({
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: block.headers.map(() => Math.floor(CONTENT_WIDTH / block.headers.length)),
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: block.headers.map((h) => cell(h, true)) }),
        ...block.rows.map(
          (row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, i === 0 && block.rowHeaders === true)) }),
        ),
      ],
    }),
  ];
}

function blockToDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun({ text: block.text, bold: block.strong === true })] })];
    case 'subheading':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2, keepNext: true })];
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

/** «Oslo kommune · Kulturetaten · Facebook – Kulturetaten», leaving out what is empty. */
function headerText(model: ReportModel): string {
  return [model.meta.municipality, model.meta.unit, model.meta.assessmentTitle]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' · ');
}

function pageHeader(model: ReportModel): Header {
  return new Header({ children: [new Paragraph({ children: [new TextRun({ text: headerText(model), size: 18 })] })] });
}

function pageFooter(model: ReportModel): Footer {
  return new Footer({
    children: [
      new Paragraph({ children: [new TextRun({ text: model.meta.version, size: 16 })] }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ size: 18, children: ['Side ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

export function reportToDocument(model: ReportModel): Document {
  const children: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({ text: model.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT }),
    ...model.cover.map(
      (c) => new Paragraph({ children: [new TextRun({ text: `${c.label}: `, bold: true }), new TextRun({ text: c.value })] }),
    ),
    new Paragraph({ children: [new TextRun({ text: 'Innhold', bold: true, size: 28 })], spacing: { before: 360, after: 120 } }),
    new TableOfContents('Innhold', { hyperlink: true, headingStyleRange: '1-1' }),
  ];
  model.sections.forEach((section, i) => {
    // The cover and the table of contents stand on their own page; the sections follow each other.
    children.push(new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1, keepNext: true, pageBreakBefore: i === 0 }));
    for (const block of section.blocks) children.push(...blockToDocx(block));
  });
  return new Document({
    title: model.title,
    subject: 'Vurdering av personvernkonsekvenser (art. 35)',
    creator: model.meta.unit || 'SoMe-veilederen',
    lastModifiedBy: model.meta.unit || 'SoMe-veilederen',
    description: `Status: ${model.status}. ${model.meta.version}.`,
    keywords: 'personvernkonsekvensvurdering, DPIA, SoMe-veilederen',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: LANGUAGE }, paragraph: { spacing: { after: 100, line: 264 } } },
        // Spelled out, so that LibreOffice, which has no built-in look for Word's headings, shows them as headings too.
        title: { run: { size: 40, bold: true, language: LANGUAGE }, paragraph: { spacing: { after: 240 } } },
        heading1: {
          run: { size: 32, bold: true, language: LANGUAGE },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading2: { run: { size: 26, bold: true, language: LANGUAGE }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      },
    },
    sections: [{ headers: { default: pageHeader(model) }, footers: { default: pageFooter(model) }, children }],
  });
}

/** The .docx as a Blob (in the browser). */
export function reportToDocxBlob(model: ReportModel): Promise<Blob> {
  return Packer.toBlob(reportToDocument(model));
}
