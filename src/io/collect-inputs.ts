import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { SourceFormat } from '../model.js';

/** File endings speechkit reads, and the format each is read as. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.docx': 'docx',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

export interface CollectedInput {
  readonly path: string;
  /** Set when the path itself could not be listed; the batch reports it and goes on. */
  readonly error?: InputError;
}

/**
 * Expands the paths a user gave into files, in a stable order: files as given, directories
 * recursively with names sorted, keeping only readable formats. Broken paths become error entries.
 */
export async function collectInputs(paths: readonly string[]): Promise<CollectedInput[]> {
  const out: CollectedInput[] = [];
  const seenDirs = new Set<string>();
  const walk = async (path: string, explicit: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch {
      if (explicit) out.push({ path, error: new InputError('找不到该文件或目录，请检查路径', path) });
      return;
    }
    if (info.isDirectory()) {
      const key = `${info.dev}:${info.ino}`;
      if (seenDirs.has(key)) return; // a symlink loop
      seenDirs.add(key);
      let names: string[];
      try {
        names = (await readdir(path)).sort();
      } catch {
        out.push({ path, error: new InputError('无法读取该目录（权限不足？）', path) });
        return;
      }
      for (const name of names) if (!name.startsWith('.')) await walk(join(path, name), false);
    } else if (explicit || FORMAT_BY_EXTENSION[extname(path).toLowerCase()]) {
      out.push({ path });
    }
  };
  for (const p of paths) await walk(p, true);
  return out;
}
