/** Joins items as Chinese lists them: A; A和B; A、B和C. */
export function joinList(items: readonly string[], conjunction = '和'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}${conjunction}${items.at(-1)}`;
}
