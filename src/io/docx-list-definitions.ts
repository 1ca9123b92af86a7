import { childValue, firstChild, type XmlElement } from './docx-xml-part.js';

/** One level of a Word list (w:lvl): how its number is counted and written. */
export interface ListLevel {
  readonly start: number;
  readonly numFmt: string;
  /** "%1、", "（%2）", "%1.%2": %n is the current number of level n. */
  readonly lvlText: string;
  /** w:lvlRestart: this level restarts after a level numbered ≤ this (1-based); 0 never; undefined any higher level. */
  readonly restartAfter?: number;
  /** w:isLgl: every %n in Arabic digits ("1.2" under a 一、 level). */
  readonly legal: boolean;
  /** The paragraph style this level is linked to (w:pStyle), which numbers paragraphs of that style. */
  readonly paragraphStyleId?: string;
}

/** A list as paragraphs refer to it (w:num): its abstract definition and the levels it restarts. */
export interface ListInstance {
  /** Word counts on per abstract list: instances without a restart continue each other's numbers. */
  readonly counterKey: string;
  readonly levels: readonly (ListLevel | undefined)[];
  /** w:lvlOverride/w:startOverride: levels that start afresh where this instance is first used. */
  readonly startOverrides: ReadonlyMap<number, number>;
}

export interface ParagraphStyle {
  readonly basedOn?: string;
  readonly numId?: string;
  readonly level?: number;
}

export interface ListDefinitions {
  readonly instances: ReadonlyMap<string, ListInstance>;
  readonly paragraphStyles: ReadonlyMap<string, ParagraphStyle>;
  /** The style a paragraph without w:pStyle has (usually Normal / 正文). */
  readonly defaultParagraphStyle?: string;
}

/** The lists of word/numbering.xml, with the styles (word/styles.xml) that number paragraphs or link lists. */
export function readListDefinitions(numbering: XmlElement | undefined, styles: XmlElement | undefined): ListDefinitions {
  const styleElements = firstChild(styles, 'w:styles')?.children.filter((e) => e.name === 'w:style') ?? [];
  const paragraphStyles = new Map<string, ParagraphStyle>();
  const numberingStyleNumIds = new Map<string, string>();
  let defaultParagraphStyle: string | undefined;
  for (const style of styleElements) {
    const id = style.attributes['w:styleId'];
    if (id === undefined) continue;
    const numPr = firstChild(firstChild(style, 'w:pPr'), 'w:numPr');
    const numId = childValue(numPr, 'w:numId');
    if (style.attributes['w:type'] === 'numbering') {
      if (numId !== undefined) numberingStyleNumIds.set(id, numId);
      continue;
    }
    if (style.attributes['w:type'] !== 'paragraph') continue;
    if (['1', 'true', 'on'].includes(style.attributes['w:default'] ?? '')) defaultParagraphStyle = id;
    const level = integer(childValue(numPr, 'w:ilvl'));
    paragraphStyles.set(id, { basedOn: childValue(style, 'w:basedOn'), numId, level });
  }

  const root = firstChild(numbering, 'w:numbering');
  const abstracts = new Map<string, XmlElement>();
  for (const element of root?.children ?? []) {
    if (element.name === 'w:abstractNum') abstracts.set(element.attributes['w:abstractNumId'] ?? '', element);
  }
  const nums = new Map<string, XmlElement>();
  for (const element of root?.children ?? []) if (element.name === 'w:num') nums.set(element.attributes['w:numId'] ?? '', element);

  // A list defined by a numbering style (w:numStyleLink) takes its levels from the list that style points at.
  const resolveAbstract = (abstractId: string | undefined, seen = new Set<string>()): [string, XmlElement] | undefined => {
    const abstract = abstractId === undefined ? undefined : abstracts.get(abstractId);
    if (!abstract || seen.has(abstractId!)) return undefined;
    seen.add(abstractId!);
    const link = childValue(abstract, 'w:numStyleLink');
    const linkedNum = link === undefined ? undefined : nums.get(numberingStyleNumIds.get(link) ?? '');
    if (linkedNum) return resolveAbstract(childValue(linkedNum, 'w:abstractNumId'), seen);
    return [abstractId!, abstract];
  };

  const instances = new Map<string, ListInstance>();
  for (const [numId, num] of nums) {
    const resolved = resolveAbstract(childValue(num, 'w:abstractNumId'));
    if (!resolved) continue;
    const levels: (ListLevel | undefined)[] = [];
    for (const lvl of resolved[1].children.filter((e) => e.name === 'w:lvl')) levels[integer(lvl.attributes['w:ilvl']) ?? 0] = readLevel(lvl);
    const startOverrides = new Map<number, number>();
    for (const override of num.children.filter((e) => e.name === 'w:lvlOverride')) {
      const index = integer(override.attributes['w:ilvl']) ?? 0;
      const replaced = firstChild(override, 'w:lvl');
      if (replaced) levels[index] = readLevel(replaced);
      const start = integer(childValue(override, 'w:startOverride')) ?? (replaced ? levels[index]!.start : undefined);
      if (start !== undefined) startOverrides.set(index, start);
    }
    instances.set(numId, { counterKey: resolved[0], levels, startOverrides });
  }
  return { instances, paragraphStyles, defaultParagraphStyle };
}

function readLevel(lvl: XmlElement): ListLevel {
  const restartAfter = integer(childValue(lvl, 'w:lvlRestart'));
  const isLgl = firstChild(lvl, 'w:isLgl');
  return {
    start: integer(childValue(lvl, 'w:start')) ?? 0,
    numFmt: childValue(lvl, 'w:numFmt') ?? 'decimal',
    lvlText: childValue(lvl, 'w:lvlText') ?? '',
    ...(restartAfter !== undefined && { restartAfter }),
    legal: isLgl !== undefined && !['0', 'false', 'off'].includes(isLgl.attributes['w:val'] ?? ''),
    paragraphStyleId: childValue(lvl, 'w:pStyle'),
  };
}

function integer(value: string | undefined): number | undefined {
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}
