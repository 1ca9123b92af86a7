import { it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { readSource } from '../../src/io/read-source.js';
import { normalizeDocument } from '../../src/normalize/normalize-document.js';
it('dump', async () => {
  for (const f of readdirSync('corpus').filter((f) => f.endsWith('.txt'))) {
    const d = normalizeDocument(await readSource('corpus/' + f));
    const subs = d.diagnostics.filter((x) => x.ruleId.startsWith('substitution'));
    writeFileSync('/tmp/nk/' + f, `${JSON.stringify(d.metadata)} ${d.script} punct=${d.diagnostics.length - subs.length}\n${subs.map((s) => s.ruleId + ' ' + d.source.original.slice(s.span.start - 6, s.span.end + 6)).join('\n')}\n-----\n${d.text.value}`);
  }
});
