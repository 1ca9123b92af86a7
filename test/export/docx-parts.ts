/**
 * Reads an exported .docx back for tests: the XML parts (unzipped with jszip) and small getters
 * over them. Regular expressions suffice: the writer's XML is flat and attribute order is stable.
 */
import JSZip from 'jszip';

export interface DocxParts {
  readonly files: readonly string[];
  readonly document: string;
  readonly styles: string;
  readonly settings: string;
  readonly fontTable: string;
  /** Footer parts by the type their reference has in the section: 'default' (odd pages), 'even'. */
  readonly footers: Readonly<Record<string, string>>;
}

export async function readDocxParts(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const document = await text('word/document.xml');
  const rels = await text('word/_rels/document.xml.rels');
  const footers: Record<string, string> = {};
  for (const ref of document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${ref[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${ref[2]}"`).exec(rels);
    footers[ref[1]!] = await text(`word/${target?.[1] ?? target?.[2]}`);
  }
  return {
    files: Object.keys(zip.files),
    document,
    styles: await text('word/styles.xml'),
    settings: await text('word/settings.xml'),
    fontTable: await text('word/fontTable.xml'),
    footers,
  };
}

/** The XML of one style definition. */
export function styleXml(styles: string, styleId: string): string {
  const found = new RegExp(`<w:style [^>]*w:styleId="${styleId}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  if (!found) throw new Error(`no style ${styleId}`);
  return found[0];
}

/** An attribute of the first element `tag` inside `xml`. */
export function attr(xml: string, tag: string, name: string): string | undefined {
  const element = new RegExp(`<${tag}(?:\\s[^>]*)?/?>`).exec(xml)?.[0];
  return element ? new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1] : undefined;
}

/** The paragraphs of document.xml: style id and text. */
export function paragraphs(document: string): { style: string | undefined; text: string; xml: string }[] {
  return [...document.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map(([xml]) => ({
    style: attr(xml, 'w:pStyle', 'w:val'),
    text: [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    xml,
  }));
}
