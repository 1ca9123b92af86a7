import { access, readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSource } from '../draft/template-header.js';
import { InputError } from '../errors.js';

/** The templates shipped with speechkit (templates/ at the package root, beside src/ and dist/). */
export const BUILTIN_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

const TEMPLATE_EXTENSION = '.hbs';

/**
 * The built-in templates and those in `userDir` (--templates), sorted by name; a user template
 * with the name of a built-in one replaces it.
 */
export async function readTemplateSources(userDir?: string): Promise<TemplateSource[]> {
  const byName = new Map<string, TemplateSource>();
  for (const source of await readDir(BUILTIN_TEMPLATES_DIR, 'builtin')) byName.set(source.name, source);
  if (userDir !== undefined) for (const source of await readDir(userDir, 'user')) byName.set(source.name, source);
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** One template, by name (work-meeting) or by the path of a .hbs file. */
export async function readTemplateSource(nameOrPath: string, userDir?: string): Promise<TemplateSource> {
  if (nameOrPath.endsWith(TEMPLATE_EXTENSION)) return readOne(nameOrPath, 'user');
  const sources = await readTemplateSources(userDir);
  const found = sources.find((s) => s.name === nameOrPath);
  if (!found) {
    const names = sources.map((s) => s.name).join('、');
    throw new InputError(`没有名为 ${nameOrPath} 的模板；可用的模板：${names}（speechkit templates 查看说明）`);
  }
  return found;
}

async function readDir(dir: string, origin: TemplateSource['origin']): Promise<TemplateSource[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new InputError('找不到模板目录，或无法读取', dir);
  }
  const files = names.filter((n) => extname(n) === TEMPLATE_EXTENSION && !n.startsWith('.')).sort();
  return Promise.all(
    files.map(async (n) => {
      const source = await readOne(join(dir, n), origin);
      const example = await findExample(dir, source.name);
      return example === undefined ? source : { ...source, example };
    }),
  );
}

/** examples/NAME.yaml (or .yml, .json) beside the template. */
async function findExample(dir: string, name: string): Promise<string | undefined> {
  for (const ext of ['.yaml', '.yml', '.json']) {
    const path = join(dir, 'examples', `${name}${ext}`);
    if (await access(path).then(() => true, () => false)) return path;
  }
  return undefined;
}

async function readOne(path: string, origin: TemplateSource['origin']): Promise<TemplateSource> {
  try {
    const text = await readFile(path, 'utf8');
    return { name: basename(path, TEMPLATE_EXTENSION), path, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), origin };
  } catch {
    throw new InputError('无法读取模板文件，请检查路径', path);
  }
}
