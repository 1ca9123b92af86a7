import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyzeSource } from '../../src/analyze/analyze-speech.js';
import { parseHanNumeral } from '../../src/analyze/numerals.js';
import { draftFromSpec } from '../../src/draft/draft-from-spec.js';
import { parseSpec } from '../../src/draft/parse-spec.js';
import { readTemplateHeader } from '../../src/draft/template-header.js';
import { readSource } from '../../src/io/read-source.js';
import { readTemplateSources } from '../../src/io/read-templates.js';

const sources = await readTemplateSources();
const MEETING_TYPES = ['commendation', 'mobilization', 'progress', 'symposium', 'work-meeting'];

/** Renders a template from its example spec (templates/examples/NAME.yaml or .json). */
async function renderExample(name: string): Promise<string> {
  const source = sources.find((s) => s.name === name)!;
  const specPath = source.example!;
  return draftFromSpec(parseSpec(readFileSync(specPath, 'utf8'), specPath), source, { rate: 180 });
}

/** The reviewed draft in golden/NAME.md; UPDATE_GOLDEN=1 rewrites it. */
function expectGolden(name: string, draft: string): void {
  const path = `test/draft/golden/${name}.md`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, draft);
  expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(draft).toBe(readFileSync(path, 'utf8'));
}

describe('built-in templates', () => {
  it('cover the meeting types, each with a header and an example spec', () => {
    expect(sources.map((s) => s.name)).toEqual(MEETING_TYPES);
    for (const source of sources) {
      const info = readTemplateHeader(source);
      expect(info.label).not.toBe(source.name);
      expect(info.description).not.toMatch(/\n/);
      expect(info.parts.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(1, 5);
      expect(source.example).toMatch(new RegExp(`templates/examples/${source.name}\\.(yaml|json)$`));
    }
  });

  describe.each(MEETING_TYPES)('%s', (name) => {
    it('renders its example spec into the draft format', async () => {
      const draft = await renderExample(name);
      expectGolden(name, draft);
      const spec = parseSpec(readFileSync(sources.find((s) => s.name === name)!.example!, 'utf8'), 'spec');

      const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(draft)!;
      expect(parseYaml(front!)).toMatchObject({ speaker: spec.speaker, meeting: spec.meeting, minutes: spec.minutes });
      expect(body!.match(/^# .+$/gm)).toEqual([`# ${spec.title}`]);
      expect(body).toMatch(/^同志们：$/m);
      expect(body).not.toMatch(/\{\{|undefined|\[object/);

      // Top-level items: 一、 headings, or 第一， paragraphs in the symposium template.
      const top = [...body!.matchAll(/^(?:## ([一二三四五六七八九十]+)、|第([一二三四五六七八九十]+)，)/gm)].map((m) => parseHanNumeral(m[1] ?? m[2]!));
      expect(top).toEqual(spec.points.map((_, i) => i + 1));
      const announced = /下面，.*?[讲谈提]([一两二三四五六七八九十]+)点/.exec(body!);
      expect(parseHanNumeral(announced![1]!)).toBe(spec.points.length);
      // Sub-points restart under each point.
      const subMarkers = [...body!.matchAll(/^(?:### （([一二三四五六七八九十]+)）|([一二三四五六七八九十]+)是)/gm)].map((m) => parseHanNumeral(m[1] ?? m[2]!));
      expect(subMarkers).toEqual(spec.points.flatMap((p) => p.subpoints.map((_, j) => j + 1)));
      // The budget: the whole, a visible prompt where each piece of text goes, a hint over each point with sub-points.
      expect(body).toMatch(new RegExp(`全文约 ${spec.minutes * 180} 字`));
      const leaves = spec.points.reduce((n, p) => n + Math.max(1, p.subpoints.length), 0);
      expect(body!.match(/（此处展开，约 \d+ 字。）/g)).toHaveLength(leaves);
      const parents = spec.points.filter((p) => p.subpoints.length > 0).length;
      expect(body!.match(/<!-- 提示：本部分（含各小点）约 \d+ 字。 -->/g) ?? []).toHaveLength(parents);
    });

    it('passes the check: the announced count matches, the numbering is complete', async () => {
      const path = join(mkdtempSync(join(tmpdir(), 'speechkit-template-')), `${name}.md`);
      writeFileSync(path, await renderExample(name));
      const analysis = analyzeSource(await readSource(path));
      expect(analysis.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      const points = parseSpec(readFileSync(sources.find((s) => s.name === name)!.example!, 'utf8'), 'spec').points;
      expect(analysis.outline.map((item) => item.text)).toEqual(points.map((p) => p.title));
      expect(analysis.announced.filter((a) => a.scope === 'outline')).toMatchObject([{ count: points.length, found: points.length, ok: true }]);
    });
  });

  it('uses the spec’s closing words instead of its own', async () => {
    const draft = await renderExample('mobilization');
    expect(draft.trimEnd().endsWith('为全区经济社会发展创造安全稳定的良好环境！')).toBe(true);
    expect(draft).not.toMatch(/动员令已经下达/);
  });
});
