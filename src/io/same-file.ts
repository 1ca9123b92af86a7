import { stat } from 'node:fs/promises';

/**
 * Whether two paths name one file: the same device and inode, so a link, `./a.docx` against
 * `a.docx` or another letter case on a case-insensitive disk count as the same. False when either
 * does not exist.
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return Boolean(first && second && first.dev === second.dev && first.ino === second.ino);
}
