/**
 * Signatures of web-page furniture around a downloaded speech: what cleaning removes, and why.
 *
 * To teach the cleaner a new site, add an entry here (no code changes): a line signature when one
 * line is recognisable on its own, a block signature when a header announces a run of lines. Each
 * pattern is tested against a line with its surrounding spaces trimmed; the first matching entry
 * gives the reason, so a narrower signature goes before a broader one (icp before copyright). Keep
 * patterns narrow: a line of the speech must never match (the cleaner also refuses lines longer
 * than MAX_FURNITURE_LINE).
 */
import { PHOTO_CREDIT } from './paragraph-break-rules.js';

export interface LineSignature {
  readonly id: string;
  /** Shown to the user by `normalize --show-removed`. */
  readonly reason: string;
  readonly pattern: RegExp;
  /**
   * 'anywhere': furniture wherever it stands. 'edge': only before the speech begins or after it ends,
   * for shapes a speech line could take in the body (a row of short words).
   */
  readonly scope: 'anywhere' | 'edge';
  /** A real line of this kind. */
  readonly example: string;
  /** Where the example was seen. */
  readonly seenIn: string;
}

export interface BlockSignature {
  readonly id: string;
  readonly reason: string;
  /** The line that opens the block (removed with it). */
  readonly header: RegExp;
  /**
   * Every following line that matches belongs to the block; the first that does not ends it, as does
   * a blank line once items were seen, or a short line right above the speech (the title, most likely).
   */
  readonly item: RegExp;
  /** The header and the first items of a real block. */
  readonly example: readonly string[];
  readonly seenIn: string;
}

/** A furniture line is short; a longer line is kept whatever it contains. */
export const MAX_FURNITURE_LINE = 200;

/** No sentence end in the line: titles, links and menus, not running text. */
const NO_SENTENCE = '(?!.*[。！？])';
/** Not a numbered heading of the speech (三、推动全民阅读：…). */
const NO_HEADING = '(?![一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[.．、])';

export const LINE_SIGNATURES: readonly LineSignature[] = [
  { id: 'photo-credit', reason: '新闻图片的摄影署名', pattern: new RegExp(`^${PHOTO_CREDIT.source}$`, 'u'), scope: 'anywhere',
    example: '新华社记者 鞠鹏/摄', seenIn: '人民网习近平讲话资料库（图片说明夹在段落之间）' },
  { id: 'site-header', reason: '网站页眉（设为首页、加入收藏）', pattern: /设为首页|加入收藏|收藏本站/, scope: 'anywhere',
    example: '您好, 欢迎访问洛阳机关党建网! 设为首页 | 加入收藏', seenIn: 'corpus/001' },
  { id: 'nav-menu', reason: '网站导航菜单', pattern: /^(?:[^\s。，！？；：,]{1,6}[\s|｜·•]+){3,}[^\s。，！？；：,]{1,6}$/u, scope: 'edge',
    example: '首页 公告通知 时政要闻 党建动态 党务公开 工委工作 文明创建 视频点播 他山之石 资料中心', seenIn: 'corpus/001' },
  { id: 'breadcrumb', reason: '页面位置导航', pattern: /^(?:当前位置|您的位置|您现在的位置|所在位置)\s*[:：]|^首页\s*[>＞»›\/]/, scope: 'anywhere',
    example: '当前位置：首页 > 工作动态 > 正文', seenIn: '政府网站文章页的常见样式' },
  { id: 'more-link', reason: '栏目标题和“更多”链接', pattern: /更多\s*(?:>>|》》|»|>|\+)\s*$/, scope: 'anywhere',
    example: '公告通知 更多>>', seenIn: 'corpus/001' },
  { id: 'article-info', reason: '文章信息行（发布者、时间、来源、阅读次数等）',
    pattern: new RegExp(`^${NO_SENTENCE}(?:发布者|发布人|发布单位|发布时间|发布日期|发表时间|作者|信息来源|文章来源|来源|责任编辑|责编|编辑|审核|字号|字体)\\s*[:：]`),
    scope: 'anywhere', example: '发布者:办公室 发布时间:2021-09-07 09:36:19 阅读:23467次 【字体:', seenIn: 'corpus/001' },
  { id: 'date-line', reason: '网页发布时间行', pattern: /^(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*\d{4}\s*[-/.年]\s*\d{1,2}[^。！？]*$/, scope: 'anywhere',
    example: '时间:2022-09-29 08:34:00', seenIn: 'corpus/000' },
  { id: 'view-count', reason: '浏览、点击次数', pattern: new RegExp(`^${NO_SENTENCE}${NO_HEADING}.{0,60}(?:(?:阅读|浏览|点击|访问)(?:次数|量|数|率)?\\s*[:：]\\s*\\d+|(?:阅读|浏览|点击)(?:次数|量|数|率)\\s*\\d+|(?:阅读|浏览|点击)\\s*\\d+\\s*次)`), scope: 'anywhere',
    example: '浏览次数：6', seenIn: '政府网站招聘公告页' },
  { id: 'tags', reason: '文章标签行', pattern: /^(?:标签|关键词|关键字|Tags?)\s*[:：]/i, scope: 'anywhere',
    example: 'Tags：【来源】中华电视网【大中小】【打印】【关闭】【返回顶部】', seenIn: '新西兰中华新闻网文章页' },
  { id: 'toolbar', reason: '页面工具栏（打印、关闭、字号）', pattern: new RegExp(`^${NO_SENTENCE}.*(?:【\\s*(?:打印|关闭|打印本页|关闭窗口|返回顶部|收藏|纠错|大\\s*中\\s*小)[^】]*】|^(?:打印本页|关闭窗口|返回顶部)$)`), scope: 'anywhere',
    example: '2013年05月28日 17:40 　 来源：深港在线　 　 【大 中 小】 【打印】【关闭】', seenIn: '深港在线新闻页' },
  { id: 'share', reason: '分享、扫码提示', pattern: /^(?:分享到|分享至)\s*[:：]?|^扫一扫在手机(?:上)?(?:打开|阅读)/, scope: 'anywhere',
    example: '扫一扫在手机打开当前页', seenIn: '苏州市政府文件页' },
  { id: 'lead-notice', reason: '下载站导语（网友上传声明）', pattern: /^导语\s*[:：].*(?:网友上传|不代表本站观点|原创文章)/, scope: 'anywhere',
    example: '导语:机关党建创新会讲话一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。', seenIn: 'corpus/000' },
  { id: 'upload-notice', reason: '文档下载站声明', pattern: /本文档由用户上传|版权归属用户|文件下载后无此问题|请放心下载|付费完成后|下载前请仔细阅读文档/, scope: 'anywhere',
    example: '2. 本文档由用户上传,版权归属用户,汇文网负责整理代发布。如果您对本文档版权有争议请及时联系客服。', seenIn: 'corpus/003' },
  { id: 'customer-service', reason: '网站客服联系方式', pattern: /^(?:网站)?客服(?:电话|热线|QQ|微信)?\s*[:：]\s*[\d\- ]{5,}$/, scope: 'anywhere',
    example: '网站客服:3074922707', seenIn: 'corpus/003' },
  { id: 'page-footer', reason: '分页页脚（第N页 共N页）', pattern: /^(?:第\s*\d+\s*页\s*[,，/／]?\s*共\s*\d+\s*页|共\s*\d+\s*页\s*[,，/／]?\s*第\s*\d+\s*页)$/, scope: 'anywhere',
    example: '第9页 共9页', seenIn: 'corpus/003' },
  { id: 'page-number', reason: '印刷页码', pattern: /^[-—–]\s*\d{1,3}\s*[-—–]$/, scope: 'anywhere',
    example: '— 5 —', seenIn: '按 GB/T 9704 排版的公文转成的文本' },
  { id: 'credit-line', reason: '稿件署名行（供稿单位、责编）', pattern: /^[(（]\s*(?:供稿单位|供稿|稿件来源|来源|责编|责任编辑|编辑|作者|通讯员|审核|审稿|校对|摄影)\s*[:：][^()（）]{1,60}[)）]$/, scope: 'anywhere',
    example: '(供稿单位:苏州市级机关工委)', seenIn: 'corpus/001' },
  { id: 'prev-next', reason: '上一篇、下一篇链接', pattern: /^[•·\s]*(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\s*[:：]?/, scope: 'anywhere',
    example: '• 上一篇:四川宜宾:“硬核”加强市直部门机关党委工作力量', seenIn: 'corpus/001' },
  { id: 'icp', reason: '网站备案号', pattern: /ICP\s*[备证]|公网安备/, scope: 'anywhere',
    example: 'Copyright 2013 All Rights Reserved 豫ICP备13012096号-1', seenIn: 'corpus/001' },
  { id: 'copyright', reason: '网站版权声明', pattern: new RegExp(`^${NO_SENTENCE}.*(?:版权所有|Copyright|All Rights Reserved|©)`, 'i'), scope: 'anywhere',
    example: '版权所有:中共洛阳市委市直机关工作委员会 主办单位:中共洛阳市委市直机关工作委员会', seenIn: 'corpus/001' },
  { id: 'site-credits', reason: '网站技术支持、主办单位', pattern: /^(?:技术支持|网站建设|网站维护|设计制作|主办单位|承办单位|主管单位|主办|承办)\s*[:：]/, scope: 'anywhere',
    example: '技术支持:洛阳恒凯科技', seenIn: 'corpus/001' },
  { id: 'contact', reason: '网站联系方式', pattern: new RegExp(`^${NO_SENTENCE}(?:联系)?(?:电话|传真|地址|邮编|邮箱|E-?mail)\\s*[:：]`, 'i'), scope: 'anywhere',
    example: '电话:0379-63935212 传真:0379-63935212', seenIn: 'corpus/001' },
];

export const BLOCK_SIGNATURES: readonly BlockSignature[] = [
  { id: 'notice-list', reason: '网站公告列表', header: /^(?:公告通知|通知公告|通知通告|公示公告|最新公告)(?:\s|$)/, item: /^(?!.*[。！？；]).{1,40}$/,
    example: ['公告通知 更多>>', '强国复兴有我通知', '关于积极参与文化旅游志愿服务的倡议'], seenIn: 'corpus/001' },
  { id: 'friend-links', reason: '友情链接', header: /^[•·]?\s*(?:友情链接|网站链接|网站导航)\s*[:：]?/, item: /^(?!.*[。！？]).+$/,
    example: ['• 友情链接', '济源机关党建网 慈溪机关党建网 青岛机关党建网 重庆机关党建网 深圳机关党建在线 江苏机关党建'], seenIn: 'corpus/001' },
  { id: 'related-articles', reason: '相关文章列表', header: /^(?:相关阅读|相关文章|相关新闻|相关链接|相关解读|推荐阅读|热门文章|延伸阅读|猜你喜欢)\s*[:：]?$/, item: /^(?!.*[。！？]).{1,60}$/,
    example: ['相关解读', '扫一扫在手机打开当前页'], seenIn: '苏州市政府文件页' },
  { id: 'download-notice', reason: '文档下载站的温馨提示', header: /^温馨提示\s*[:：]?$/, item: /^\d{1,2}\s*[.．、]/,
    example: ['温馨提示:', '1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载。'], seenIn: 'corpus/003' },
];
