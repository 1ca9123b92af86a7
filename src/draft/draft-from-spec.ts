import { buildDraftContext, type DraftContextOptions } from './draft-context.js';
import type { DraftSpec } from './draft-spec.js';
import { renderTemplate } from './render-template.js';
import { readTemplateHeader, type TemplateSource } from './template-header.js';

/**
 * spec + template → draft Markdown (docs/draft-format.md): the template's header gives the parts
 * of the length budget, the context numbers the points, Handlebars renders, and blank lines are tidied
 * so templates can be laid out for reading.
 */
export async function draftFromSpec(spec: DraftSpec, template: TemplateSource, options: DraftContextOptions): Promise<string> {
  const context = buildDraftContext(spec, readTemplateHeader(template), options);
  return tidyMarkdown(await renderTemplate(template, context));
}

/** At most one blank line between blocks, no trailing spaces, one final newline. */
export function tidyMarkdown(markdown: string): string {
  return `${markdown
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
