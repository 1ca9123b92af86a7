import { lstat, readdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from '../errors.js';
import { FORMAT_BY_EXTENSION } from './source-format.js';

export interface CollectedInput {
  readonly path: string;
  /** Set when the path could not be listed or followed; the batch reports it and goes on. */
  readonly error?: InputError;
}

/**
 * Names a directory walk passes over: hidden files, the owner files Word/WPS leave beside an open
 * document, and a folder's README (it describes the speeches; it is not one). Named explicitly, each is read.
 */
const SKIPPED_NAME = /^(?:\.|~\$|readme\.(?:md|markdown|txt)$)/i;

/**
 * Expands the paths a user gave into files, in a stable order: files as given (any ending: a file
 * named explicitly is read as text if its ending is unknown), directories recursively with names in
 * code-point order, keeping only readable formats. Each directory and file is visited once, so
 * symlink loops end. Missing paths, unreadable directories and broken links become error entries.
 */
export async function collectInputs(paths: readonly string[]): Promise<CollectedInput[]> {
  const out: CollectedInput[] = [];
  const seen = new Set<string>();
  const walk = async (path: string, explicit: boolean): Promise<void> => {
    const readable = Boolean(FORMAT_BY_EXTENSION[extname(path).toLowerCase()]);
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      if (explicit || (readable && (await isLink(path)))) out.push({ path, error: describeMissing(path, error, explicit) });
      return;
    }
    const key = `${info.dev}:${info.ino}`;
    if (seen.has(key)) return; // a directory reached again through a link, or a file named twice
    if (info.isDirectory()) {
      seen.add(key);
      let names: string[];
      try {
        names = (await readdir(path)).sort();
      } catch {
        out.push({ path, error: new InputError('无法读取该目录（没有权限？）；已跳过其中的文件', path) });
        return;
      }
      for (const name of names) if (!SKIPPED_NAME.test(name)) await walk(join(path, name), false);
    } else if (explicit || (readable && info.isFile())) {
      seen.add(key);
      out.push({ path });
    }
  };
  for (const path of paths) await walk(path, true);
  return out;
}

async function isLink(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined))?.isSymbolicLink() ?? false;
}

function describeMissing(path: string, error: unknown, explicit: boolean): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return new InputError('符号链接形成了循环，无法读取；请检查链接指向', path);
  if (code === 'EACCES') return new InputError('没有权限访问该路径；请检查上级目录的权限', path);
  if (!explicit) return new InputError('链接指向的文件不存在；请修复或删除这个链接', path);
  return new InputError('找不到该文件或目录；请检查路径是否写对（含空格的路径请加引号）', path);
}
