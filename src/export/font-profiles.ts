import type { FontProfile } from './export-style.js';

/**
 * Font names by profile. The fonts are licensed: the document names them and never embeds them.
 * 'standard' uses the names the standard and most unit templates use; 'windows' the names of the
 * fonts that ship with Windows (仿宋_GB2312 and 楷体_GB2312 are not installed there by default).
 */
export const FONT_PROFILES: readonly FontProfile[] = [
  {
    id: 'standard',
    description: '仿宋_GB2312、楷体_GB2312（公文模板通用字体名）',
    latin: 'Times New Roman',
    eastAsian: {
      xiaobiaosong: '方正小标宋简体',
      heiti: '黑体',
      kaiti: '楷体_GB2312',
      fangsong: '仿宋_GB2312',
      songti: '宋体',
    },
  },
  {
    id: 'windows',
    description: '仿宋、楷体（Windows 自带字体名）',
    latin: 'Times New Roman',
    eastAsian: {
      xiaobiaosong: '方正小标宋简体',
      heiti: '黑体',
      kaiti: '楷体',
      fangsong: '仿宋',
      songti: '宋体',
    },
  },
];

export function findFontProfile(id: string): FontProfile | undefined {
  return FONT_PROFILES.find((p) => p.id === id);
}
