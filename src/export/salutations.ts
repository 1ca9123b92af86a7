/**
 * Forms of address that open a speech on a line of their own ("同志们：" "各位代表，同志们："). A
 * paragraph made only of these, joined by 、 or ，and closed by a colon, is the salutation.
 */
export interface AddressForm {
  readonly words: string;
  /** A real salutation line that uses it. */
  readonly example: string;
}

export const ADDRESS_FORMS: readonly AddressForm[] = [
  { words: '同志们', example: '同志们：' },
  { words: '朋友们', example: '同志们、朋友们：' },
  { words: '各位代表', example: '各位代表：' },
  { words: '各位委员', example: '各位委员：' },
  { words: '各位领导', example: '各位领导、同志们：' },
  { words: '各位来宾', example: '各位领导、各位来宾，同志们：' },
  { words: '女士们', example: '女士们、先生们：' },
  { words: '先生们', example: '女士们、先生们：' },
  { words: '同学们', example: '老师们、同学们：' },
  { words: '老师们', example: '老师们、同学们：' },
];

const WORDS = ADDRESS_FORMS.map((f) => f.words).join('|');
const SALUTATION = new RegExp(`^(?:${WORDS})(?:[、，,]\\s*(?:${WORDS}))*[：:]$`);

/** True for a paragraph that is a salutation line. */
export function isSalutation(paragraph: string): boolean {
  return SALUTATION.test(paragraph.trim());
}
