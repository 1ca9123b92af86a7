import type { Speech } from '../../model.js';
import { buildOutlineTree, sectionAt } from '../outline/build-outline-tree.js';
import { findImplicitSections, type Region } from '../outline/find-implicit-sections.js';
import type { Heading, HeadingRun, OutlineNode, OutlineTree } from '../outline/heading.js';
import { paragraphAt } from '../speech-text.js';
import { countHan } from '../../text/han.js';
import { closingSentenceStart } from './closing-leads.js';
import { clausesAfterColon } from './clauses-after-colon.js';
import type { FoundAnnouncement } from './found-announcement.js';
import { mergeRepeats } from './merge-repeats.js';
import { nextStop } from './next-stop.js';
import type { ResolvedAnnouncement } from './resolved-announcement.js';
import { summedUpRun } from './summed-up-run.js';

export interface ResolvedOutline {
  /** The outline with the implicit sections the announcements introduced. */
  readonly tree: OutlineTree;
  readonly announcements: readonly ResolvedAnnouncement[];
}

/**
 * Finds what each announcement announces, in document order, within its region: from the phrase to
 * the end of its section or to the next announcement of that section. In order of preference:
 * 1. a list in the phrase whose members lead following paragraphs → implicit sections (五量);
 *    otherwise the list itself (inline), unless it closes with a quoted formulation (“三结合”);
 * 2. the first run of headings one level below, starting right after the phrase or at a paragraph start;
 * 3. an enumeration starting in the same or the next paragraph;
 * 4. clauses set apart by semicolons after its colon, in its sentence (讲两句话：一句是…；一句是…);
 * 5. parallel unmarked paragraphs right after it → implicit sections;
 * else nothing (“提出了三点明确要求” reporting another speaker) — and a phrase whose items must follow
 * right after (坚持“两个毫不动摇”。 with nothing after it) is no announcement at all.
 * A summary (以上四点意见) counts the run it sums up and closes it: what follows is outside it; so does
 * a closing announcement (最后，…提3点要求) after the last main part.
 * Implicit sections join the outline as soon as they are found, so later announcements see them.
 */
export function resolveAnnouncements(
  speech: Speech,
  announcements: readonly FoundAnnouncement[],
  headingRuns: readonly HeadingRun[],
  enumerations: readonly HeadingRun[],
): ResolvedOutline {
  const text = speech.normalized.text.value;
  const runs = [...headingRuns];
  let tree = buildOutlineTree(runs, text.length);
  // A fold, not Math.max(...ids): a long file has more runs than a call takes arguments.
  let nextId = [...headingRuns, ...enumerations].reduce((max, r) => Math.max(max, r.id), 0) + 1;
  const addImplicit = (region: Region, members?: readonly string[]): HeadingRun | undefined => {
    const items = findImplicitSections(speech, region, members);
    if (items.length === 0) return undefined;
    const run: HeadingRun = { id: nextId++, family: null, items };
    runs.push(run);
    tree = buildOutlineTree(runs, text.length);
    return run;
  };
  const closeRun = (run: HeadingRun, at: number): void => {
    runs[runs.indexOf(run)] = { ...run, end: Math.min(run.end ?? Infinity, at) };
    tree = buildOutlineTree(runs, text.length);
  };
  // 最后，我给…提3点要求 after the last main part: the closing run is not part of it.
  const closeLastPartBefore = (a: FoundAnnouncement): void => {
    const closing = closingSentenceStart(text, a.start);
    if (closing === undefined) return;
    let part = sectionAt(tree, closing);
    while (part?.parent) part = part.parent;
    if (!part || !(part.run.family?.opensPart || part.run.headingLines) || part.run.items.at(-1) !== part.heading) return;
    if (runs.some((run) => run.items.some((h) => h.start === closing))) return; // 最后 is a marker of its own run
    closeRun(part.run, closing);
  };
  const stops = announcements.filter((a) => !a.members);
  const resolved: ResolvedAnnouncement[] = [];
  for (const a of announcements) {
    closeLastPartBefore(a);
    const section = sectionAt(tree, a.start);
    const next = nextStop(stops, a.end, section, tree);
    const region = { start: a.end, end: Math.min(section?.end ?? tree.end, next?.start ?? Infinity) };
    const ofRun = (run: HeadingRun): ResolvedAnnouncement => ({
      found: a, scope: 'outline', run, section,
      items: run.items.map((h, i) => itemRange(h, run.items[i + 1], text)),
    });
    if (a.looksBack) {
      const run = summedUpRun(tree, a.start, a.count);
      if (!run) continue;
      const items = run.items.filter((h) => h.start < a.start).map((h, i) => itemRange(h, run.items[i + 1], text));
      resolved.push({ found: a, scope: 'outline', items, section });
      if (items.length === run.items.length) closeRun(run, a.start);
      continue;
    }
    if (a.members) {
      const run = addImplicit(region, a.members.map((m) => m.text));
      if (run) resolved.push(ofRun(run));
      else if (!a.needsSections) resolved.push({ found: a, scope: 'inline', items: a.members, section });
      continue;
    }
    const paragraph = paragraphAt(speech, a.start)?.index ?? 0;
    const nearby = (h: Heading): boolean => h.paragraphIndex <= paragraph + 1;
    const child = firstChildRun(tree, section, region, a, text);
    const run =
      (child && (!a.needsItems || nearby(child.items[0]!)) ? child : undefined) ??
      enumerations.find((e) => within(region, e.items[0]!.start) && nearby(e.items[0]!));
    // A list that goes on in the phrase's own sentence is not looked for in the paragraphs after it.
    const clauses = run ? null : clausesAfterColon(speech, a.end);
    const sections = run ?? (clauses ? undefined : addImplicit(region));
    if (sections) resolved.push(ofRun(sections));
    // As for lists closed by their count, the phrase of an inline list spans its items.
    else if (clauses?.length) resolved.push({ found: { ...a, end: clauses.at(-1)!.end }, scope: 'inline', items: clauses, section });
    else if (!a.needsItems) resolved.push({ found: a, scope: 'outline', items: [], section });
  }
  return { tree, announcements: mergeRepeats(resolved) };
}

const within = (region: Region, at: number): boolean => region.start <= at && at < region.end;

/** An item's text, cut before the next item of an enumeration (一是提高认识，二是… → 提高认识). */
function itemRange(item: Heading, next: Heading | undefined, text: string): { start: number; end: number } {
  let end = Math.min(item.textEnd, next?.start ?? Infinity);
  while (end > item.textStart && /[\s，,、；;：:]/u.test(text[end - 1]!)) end--;
  return { start: item.textStart, end };
}

/** The first run of direct subsections that starts right after the phrase, or at a paragraph start. */
function firstChildRun(
  tree: OutlineTree,
  section: OutlineNode | null,
  region: Region,
  a: FoundAnnouncement,
  text: string,
): HeadingRun | undefined {
  // The direct subsections are the section's children (not a search of every node: long files stay linear).
  const node = (section ? section.children : tree.roots).find(
    (n) => within(region, n.heading.start) && n.run.items[0] === n.heading,
  );
  if (!node) return undefined;
  let i = node.heading.start - 1;
  while (i >= 0 && /[ \t\u3000]/u.test(text[i]!)) i--;
  const atParagraphStart = i < 0 || text[i] === '\n';
  const between = text.slice(a.end, node.heading.start);
  const rightAfter = (between.match(/[。！？!?]/gu)?.length ?? 0) <= 1 && countHan(between) <= 10;
  return atParagraphStart || rightAfter ? node.run : undefined;
}
