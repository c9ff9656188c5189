/**
 * File-name parts, on their own so that the risk method file (src/lib/risk/method-file.ts)
 * can name its file without loading the workspace's export. Pure TypeScript.
 */
/** A file-name part: lower case, æ/ø/å spelled out, other letters without accents, dashes between words. */
export function slugify(text: string, max = 40): string {
  const slug = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug;
}
