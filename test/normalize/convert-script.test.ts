import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertScript } from '../../src/normalize/convert-script.js';
import { MappedText } from '../../src/text/mapped-text.js';

describe('traditional → simplified', () => {
  const original = readFileSync('corpus/002_e3a15817498c2af4.txt', 'utf8');
  const { text, script } = convertScript(MappedText.identity(original));

  it('converts corpus/002 and calls it traditional', () => {
    expect(script).toBe('traditional');
    expect(text.value).toContain('努力搞好机关党组织建设');
    expect(text.value).toContain('一、坚持抓班子建设,为加强机关党组织建设提供组织保证');
  });

  it('keeps official wording: 建立健全 stays (the twp phrase table would give 创建健全)', () => {
    expect(original).toContain('建立健全');
    expect(text.value).toContain('第一,建立健全机关党组织的组织生活制度和工作制度');
    expect(text.value).not.toContain('创建健全');
  });

  it('keeps positions: a converted word maps to its traditional form in the original', () => {
    const at = text.value.indexOf('机关党组织');
    const span = text.toOriginal({ start: at, end: at + 5 });
    expect(original.slice(span.start, span.end)).toBe('機關黨組織');
  });

  it('leaves a simplified text as it is', () => {
    const simplified = MappedText.identity('同志们，在新的时期、新的形势下，我们面对的是新的任务。');
    expect(convertScript(simplified)).toEqual({ text: simplified, script: 'simplified' });
  });

  it('calls a simplified text with a few traditional forms mixed', () => {
    const speech = readFileSync('corpus/000_abbf707b744d89e9.txt', 'utf8').replace('机关党建创新会讲话', '機關黨建創新會講話');
    const mixed = convertScript(MappedText.identity(speech));
    expect(mixed.script).toBe('mixed');
    expect(mixed.text.value.startsWith('机关党建创新会讲话')).toBe(true);
  });
});
