/**
 * Fixed expressions with numerals that are not counted sets: idioms (一心一意, 两张皮) and
 * distributive slogans (一村一品: “one product per village”, 一级抓一级).
 */
export interface IdiomGroup {
  readonly reason: string;
  readonly idioms: readonly string[];
  readonly example: string;
}

export const NUMERAL_IDIOMS: readonly IdiomGroup[] = [
  {
    reason: '含数字的成语',
    idioms: [
      '一心一意', '三心二意', '一穷二白', '一五一十', '三番五次', '四面八方', '五湖四海', '七上八下', '乱七八糟', '千方百计',
      '万众一心', '一举两得', '一石二鸟', '独一无二', '一清二楚', '一干二净', '接二连三', '三令五申', '九牛一毛', '十全十美',
      '一针见血', '一以贯之', '一如既往', '一往无前', '一马当先', '一鼓作气', '一丝不苟', '一事无成', '五花八门', '七嘴八舌',
      '四平八稳', '三五成群', '一目了然', '一视同仁', '一呼百应', '一帆风顺', '一劳永逸', '一概而论', '一蹴而就', '一成不变',
      '一知半解', '一技之长', '一席之地', '一臂之力', '三头六臂', '三言两语', '两全其美', '两袖清风', '半斤八两', '九死一生',
      '百折不挠', '百尺竿头', '千锤百炼', '千头万绪', '万紫千红', '一言九鼎', '一诺千金', '说一不二', '八面玲珑', '四通八达',
      '三足鼎立', '不二法门', '一针一线', '一草一木', '一点一滴', '一言一行', '一举一动', '一朝一夕', '一砖一瓦', '举一反三',
      '一分为二', '合二为一', '千载难逢', '百花齐放', '百家争鸣', '千军万马', '万无一失', '十拿九稳', '百废待兴', '百舸争流',
      '一脉相承', '一气呵成', '一日千里', '一应俱全', '一意孤行', '一落千丈', '一鸣惊人', '四分五裂', '五彩缤纷', '六神无主',
      '七零八落', '八仙过海', '九霄云外', '十万火急', '千差万别', '万象更新', '一身正气', '一抓到底', '九九归一', '三思而行',
      '推三阻四', '丢三落四', '说三道四', '低三下四', '颠三倒四', '朝三暮四', '不三不四', '挑三拣四', '七手八脚', '横七竖八',
      '三长两短', '三三两两', '一竿子插到底', '一张蓝图绘到底', '三天打鱼两天晒网', '一传十十传百', '一年之计在于春',
    ],
    example: '聚精会神抓党建，一心一意谋开展，全面夺取基层党建推进工作的胜利。',
  },
  {
    reason: '含数字的惯用语',
    idioms: ['两张皮', '两面人', '两面派', '三不管', '一刀切', '一盘棋', '一阵风', '一把抓', '一锤定音', '一碗水端平', '一本账', '一张网', '一张图', '一手抓'],
    example: '离开党建抓党务，就容易陷入事务泥潭，出现党务和业务“两张皮”问题。',
  },
];

export interface IdiomPattern {
  /** Tested on the text from the numeral on; the match is the idiom. */
  readonly pattern: RegExp;
  readonly example: string;
}

/** Open families of set phrases: a unit repeated after 又 or 接着 (一个又一个, 一代又一代, 一年接着一年). */
export const NUMERAL_IDIOM_PATTERNS: readonly IdiomPattern[] = [
  { pattern: /^一(\p{Script=Han}{1,2}?)(?:又|接着|接)一\1/u, example: '全市上下锐意变革、积极进取，才克服了一个又一个难关，以并不占优的国土面积、资源能源等，创造了经济社会发展的领先优势。' },
];

export interface DistributiveRule {
  /** Units that 一X一Y distributes over: 一村一品 = one product per village. */
  readonly units: readonly string[];
  readonly example: string;
}

/** 一X一Y is distributive when X is a unit of organization or time; 一岗双责 or 一带一路 are not. */
export const DISTRIBUTIVE_UNITS: readonly DistributiveRule[] = [
  {
    units: ['村', '乡', '乡镇', '镇', '县', '区', '市', '户', '企', '人', '岗', '部门', '支部', '单位', '社区', '校', '院', '家', '地', '业', '案', '事', '园', '厂', '点', '线'],
    example: '初步形成“一部门一品牌、一支部一特色”工作格局。',
  },
  { units: ['河', '湖', '库', '山', '林', '田'], example: '深化幸福黄河三年行动，“一河一策”加强金堤河等支流保护治理，建设沿黄湿地生态保护修复带。' },
  {
    units: ['周', '月', '季', '年', '日', '天', '期', '会'],
    example: '市整体推进领导小组办公室坚持一周一例会、一月一清单、一季一督办、半年一考评、一年一考核。',
  },
  { units: ['级', '层'], example: '我们按照一级抓一级的原则，把重点放在抓省直各单位机关党委班子建设上。' },
];

export const ALL_IDIOMS: readonly string[] = NUMERAL_IDIOMS.flatMap((g) => g.idioms);
export const ALL_DISTRIBUTIVE_UNITS: ReadonlySet<string> = new Set(DISTRIBUTIVE_UNITS.flatMap((r) => r.units));
