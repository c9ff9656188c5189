/** Helpers for the report's browser tests: PDF text, the archive parts of a .docx, LibreOffice conversion. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The number of pages and the text of a PDF, read with pdfjs. */
export async function pdfText(buffer: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return { pages: doc.numPages, text: parts.join('\n').replace(/\s+/g, ' ') };
}

/** The parts of a downloaded .docx that make it ready for the archive (shared with the whole-assessment test). */
export function docxArchiveParts(file: string) {
  const files = unzipSync(new Uint8Array(readFileSync(file)));
  const xml = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  const text = (x: string) => [...x.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const rels = xml('word/_rels/document.xml.rels');
  const header = xml(`word/${/Type="[^"]*\/header" Target="([^"]+)"/.exec(rels)?.[1]}`);
  const footer = xml(`word/${/Type="[^"]*\/footer" Target="([^"]+)"/.exec(rels)?.[1]}`);
  const document = xml('word/document.xml');
  return {
    headerText: text(header),
    footerText: text(footer),
    footerFields: [...footer.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1]),
    tocField: /<w:instrText[^>]*>TOC [^<]*<\/w:instrText>/.test(document),
    tocEntries: [...document.matchAll(/<w:hyperlink [^>]*w:anchor="_Toc\d+"[^>]*><w:r><w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]),
    defaultLanguage: /<w:rPrDefault><w:rPr>.*?<w:lang w:val="([^"]+)"\/>/.exec(xml('word/styles.xml'))?.[1],
    core: xml('docProps/core.xml'),
  };
}

/** Converts a .docx to PDF with LibreOffice headless (libreoffice-writer-nogui; .ci/run installs it). */
export function libreOfficePdf(docx: string): Buffer {
  if (!existsSync('/usr/bin/soffice')) throw new Error('LibreOffice mangler: apt-get install -y libreoffice-writer-nogui');
  const dir = mkdtempSync(join(tmpdir(), 'rapport-lo-'));
  // An own profile per run, so that runs at the same time do not share LibreOffice's lock.
  execFileSync(
    '/usr/bin/soffice',
    [`-env:UserInstallation=file://${dir}/profil`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
    { timeout: 120_000, stdio: 'ignore' },
  );
  const pdf = readdirSync(dir).find((f) => f.endsWith('.pdf'));
  if (!pdf) throw new Error('LibreOffice laget ingen PDF');
  return readFileSync(join(dir, pdf));
}
