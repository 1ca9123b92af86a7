import { Parser } from 'htmlparser2';
import { inflateEntry, readZipDirectory } from './zip-directory.js';

/** An element of a Word XML part, with its qualified name as Word writes it ("w:p", "w:numPr"). */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Character data directly inside the element (the text of a w:t). */
  text: string;
}

/**
 * The parts of a .docx (word/document.xml, word/numbering.xml …) as element trees, the archive's
 * directory read once: the reader gives a part by name, or undefined when the archive has none.
 * Used after checkWordArchive, so the archive is known to be sound.
 */
export function docxXmlParts(bytes: Uint8Array): (partName: string) => XmlElement | undefined {
  const entries = new Map(readZipDirectory(bytes).map((entry) => [entry.name, entry]));
  return (partName) => {
    const entry = entries.get(partName);
    return entry && parseXml(inflateEntry(bytes, entry).toString('utf8'));
  };
}

function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const open: XmlElement[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element: XmlElement = { name, attributes, children: [], text: '' };
        open.at(-1)!.children.push(element);
        open.push(element);
      },
      ontext(text) {
        open.at(-1)!.text += text;
      },
      onclosetag() {
        if (open.length > 1) open.pop();
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return root;
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child) => child.name === name);
}

/** The w:val of a child element ("<w:numId w:val="3"/>"), the way Word stores most properties. */
export function childValue(element: XmlElement | undefined, name: string): string | undefined {
  return firstChild(element, name)?.attributes['w:val'];
}
