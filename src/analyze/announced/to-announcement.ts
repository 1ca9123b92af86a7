import type { Speech } from '../../model.js';
import { locate } from '../speech-text.js';
import type { Announcement } from '../types.js';
import type { ResolvedAnnouncement } from './resolved-announcement.js';

export function toAnnouncement(speech: Speech, resolved: ResolvedAnnouncement): Announcement {
  const { found: a, items, scope } = resolved;
  const phrase = locate(speech, a.start, a.end);
  const text = speech.normalized.text.value;
  return {
    phrase: phrase.value,
    count: a.count,
    found: items.length,
    scope,
    ok: a.count === null ? items.length > 0 : a.open ? items.length <= a.count : a.count === items.length,
    looksBack: a.looksBack === true,
    pattern: a.pattern,
    span: phrase.span,
    raw: phrase.raw,
    items: items.map((i) => text.slice(i.start, i.end)),
  };
}
