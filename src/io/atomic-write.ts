import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OutputError } from '../errors.js';

export interface WriteOptions {
  /** Replace an existing file. Without it an existing file is never touched. */
  readonly force?: boolean;
}

/** Temp files still being written, so a signal handler can remove them. */
export const pendingTempFiles = new Set<string>();

/**
 * Writes a file atomically: into a temp file beside it, flushed, then renamed over the target, so a
 * crash or Ctrl-C leaves either the old file or the new one, never a partial file.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const dir = dirname(path);
  const dirStat = await stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) throw new OutputError(`输出目录不存在：${dir}，请先创建它`, path);
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new OutputError('这是一个已有的目录，不能写成文件；请在它后面加上文件名', path);
  if (existing && !options.force) throw new OutputError('文件已存在，未覆盖；确需覆盖请加 --force', path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  pendingTempFiles.add(temp);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    if (error instanceof OutputError) throw error;
    throw new OutputError(describeWriteFailure((error as NodeJS.ErrnoException).code), path);
  } finally {
    pendingTempFiles.delete(temp);
  }
}

function describeWriteFailure(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return '没有写入权限；请换一个可写的目录，或检查目录权限';
    case 'ENOSPC':
    case 'EDQUOT':
      return '磁盘空间不足，未写入（原有文件保持不变）；请清理磁盘后再试';
    case 'EISDIR':
      return '这是一个已有的目录，不能写成文件；请在它后面加上文件名';
    default:
      return '无法写入，原有文件保持不变；请检查输出路径和磁盘';
  }
}
