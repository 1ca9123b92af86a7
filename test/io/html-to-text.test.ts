import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/io/html-to-text.js';
import { expectHanCharactersMapBack, originalOf } from './expect-mapped.js';

/** A page as a browser saves it, around text from corpus/001 (洛阳机关党建网). */
const PAGE = `<!DOCTYPE html>
<html>
<head>
  <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
  <title>学史力行 做好机关党建“五量”答卷_洛阳机关党建网</title>
  <style>p { text-indent: 2em; }</style>
  <script>var nav = "<p>首页</p>";</script>
</head>
<body>
  <nav><a href="/">首页</a> | <a href="/gg">公告通知</a></nav>
  <div class="article">
    <h1>学史力行 做好机关党建&ldquo;五量&rdquo;答卷</h1>
    <p>&nbsp;&nbsp;今年以来，市直机关工委深入贯彻落实习近平总书记关于党的建设的重要思想，
       从百年党史中汲取前行力量。<span style="display:none">www.lyjgdj.gov.cn</span></p>
    <!-- 正文开始 -->
    <p>一要把准评价分量<br>二要追求服务质量</p>
    <ul><li>做优堡垒增量</li><li>汇聚先锋能量</li></ul>
    <table><tr><td>供稿单位：</td><td>市直机关工委</td></tr></table>
    <pre>第9页
共9页</pre>
  </div>
</body>
</html>
`;

describe('htmlToText', () => {
  const text = htmlToText(PAGE);

  it('keeps the text, one block per line, without head, script, style, nav, comments or hidden elements', () => {
    expect(text.value.split('\n')).toEqual([
      '学史力行 做好机关党建“五量”答卷',
      '\u00a0\u00a0今年以来，市直机关工委深入贯彻落实习近平总书记关于党的建设的重要思想， 从百年党史中汲取前行力量。',
      '一要把准评价分量',
      '二要追求服务质量',
      '做优堡垒增量',
      '汇聚先锋能量',
      '供稿单位： 市直机关工委',
      '第9页',
      '共9页',
      '',
    ]);
  });

  it('maps every character to its offset in the page, entities to the whole entity', () => {
    expectHanCharactersMapBack(PAGE, text);
    expect(originalOf(PAGE, text, '“五量”')).toBe('&ldquo;五量&rdquo;');
    expect(originalOf(PAGE, text, '思想， 从百年')).toBe('思想，\n       从百年');
    expect(originalOf(PAGE, text, '汇聚先锋能量')).toBe('汇聚先锋能量');
  });

  it('reads a fragment without <html> or <body>, and an empty page', () => {
    expect(htmlToText('<p>同志们：</p><p>今天召开会议。').value).toBe('同志们：\n今天召开会议。\n');
    expect(htmlToText('').value).toBe('');
    expect(htmlToText('<html><head><title>空</title></head><body>  </body></html>').value).toBe('');
  });
});
