/**
 * Forms of announced counts met in government work reports and speeches of other levels and decades:
 * 以下 without a count, a count before a colon or closing its paragraph, lists closed by a count
 * (open with 等, joined with 和, summed up by 这三句话), lists inside one sentence after a colon.
 * Real sentences; paragraphs shortened, long sentences cut at the end of a clause.
 */
import { describe, expect, it } from 'vitest';
import { ANNOUNCEMENT_PATTERNS } from '../../src/analyze/announced/announcement-patterns.js';
import { LIST_COUNT_WORDS } from '../../src/analyze/announced/list-count-words.js';
import { analyzeText } from './analyze-text.js';

const brief = (text: string) =>
  analyzeText(text).announced.map((a) => ({ phrase: a.phrase, count: a.count, found: a.found, scope: a.scope }));

describe('announced counts followed by their items', () => {
  it('以下工作： has no count and counts the 一是 run after it (2026年四川省政府工作报告)', () => {
    const a = analyzeText(
      '一年来，主要做了以下工作：\n' +
        '一是着力扩内需稳增长，推动经济持续向新向优量质齐升。对接政策促增长，用好国家“两重”“两新”政策资金，获批地方政府专项债券项目“自审自发”试点，发行用于项目建设的专项债券1833亿元。\n' +
        '二是着力抓科技兴产业，推动新质生产力加快培育。创新平台体系加快完善，锦屏深地科学中心、电磁驱动聚变大科学装置获批建设，国家雅下水电技术创新中心在川落地，省重点实验室优化重整。\n',
    );
    expect(a.announced).toMatchObject([{ phrase: '以下工作', count: null, found: 2, ok: true }]);
  });

  it('以下 after a figure means “below” and is no announcement (2026年河南省政府工作报告)', () => {
    expect(
      brief(
        '全面完成存量煤电项目优化改造，关停淘汰10万千瓦及以下燃煤机组。\n' +
          '强化生态保护修复。深化幸福黄河三年行动，“一河一策”加强金堤河等支流保护治理，建设沿黄湿地生态保护修复带。\n' +
          '强化绿色低碳发展。制定实施实现碳达峰行动方案，推进航空港国家级零碳园区建设。\n',
      ),
    ).toEqual([]);
  });

  it('a count before a colon: 5大战略指引：一要… in its paragraph; 11方面重要遵循： with 1.… after it (浙江省第十五次党代会报告)', () => {
    expect(
      brief(
        '浙江要勇扛使命、心怀“国之大者”，必须深刻理解把握5大战略指引：一要以加强党的全面领导和全面从严治党守好“红色根脉”。' +
          '习近平总书记强调，坚持和完善党的领导，是党和国家的根本所在、命脉所在；全面从严治党是新时代党的自我革命的伟大实践，开辟了百年大党自我革命的新境界。' +
          '二要忠实践行“八八战略”。习近平同志在浙江工作时，亲自擘画实施“八八战略”。\n',
      ),
    ).toEqual([{ phrase: '5大战略指引', count: 5, found: 2, scope: 'outline' }]);
    expect(
      brief(
        '聚焦共同富裕和现代化先行宏伟目标，要把学深悟透习近平新时代中国特色社会主义思想与习近平总书记对浙江工作的重要指示精神贯通起来，牢牢把握11方面重要遵循：\n' +
          '1.牢牢把握实施创新驱动发展战略的要求。习近平总书记强调，坚持创新在现代化建设全局中的核心地位；加快建设世界重要人才中心和创新高地；推进高水平科技自立自强；构建现代产业体系；坚定不移建设制造强国。\n' +
          '2.牢牢把握为全国改革探路的要求。习近平总书记强调，必须从贯彻落实“四个全面”战略布局的高度，深刻把握全面深化改革的关键地位和重要作用；加强改革系统集成，激活高质量发展新动力；以数字化改革助力政府职能转变；加快建设数字中国。\n',
      ),
    ).toEqual([{ phrase: '11方面重要遵循', count: 11, found: 2, scope: 'outline' }]);
  });

  it('a count before a colon with no items right after it is no announcement (2026年四川省政府工作报告, the items cut away)', () => {
    expect(
      brief(
        '《纲要草案》明确了今后五年经济社会发展的重点任务，落实中要着力把握四个方面：\n各位代表！\n' +
          '“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期，也是四川塑造发展新动能、形成竞争新优势的重要窗口期。\n',
      ),
    ).toEqual([]);
  });

  it('几个方面 closing its paragraph counts the dash sections after it (2026年河南省政府工作报告)', () => {
    expect(
      brief(
        '根据省委“十五五”规划《建议》，省政府编制了《河南省国民经济和社会发展第十五个五年规划纲要（草案）》，并按照国家发展改革委反馈的规划衔接意见进行了修改完善，全文提交大会审查，这里概述几个方面。\n' +
          '——坚持党的全面领导，切实担负起党中央赋予河南的重大使命。深入贯彻习近平总书记在河南考察时重要讲话精神和关于河南工作的重要论述，全面落实中部地区加快崛起、黄河流域生态保护和高质量发展等战略部署，聚焦“1+2+4+N”目标任务体系，坚定信心推动高质量发展高效能治理。\n' +
          '——坚持城乡融合发展，统筹推进新型城镇化和乡村全面振兴。加快构建“一主两副、一圈两带、四域多点”发展格局，提升城乡规划建设治理融合水平，常住人口城镇化率达到65%左右，粮食综合生产能力达到1400亿斤，把农业建成现代化大产业。\n',
      ),
    ).toEqual([{ phrase: '几个方面', count: null, found: 2, scope: 'outline' }]);
  });

  it('a formulation named in a title line is not an announcement of the parts far below it (浙江省第十五次党代会报告)', () => {
    const a = analyzeText(
      '忠实践行“八八战略”\n坚决做到“两个维护”\n\n同志们：\n现在，我代表中国共产党浙江省第十四届委员会向大会作报告。\n' +
        '一、过去五年的主要工作\n省第十四次党代会以来的五年极不平凡，是感恩奋进、实干争先的五年，是开启系统性变革、实现历史性跨越的五年。\n' +
        '二、以“两个维护”政治自觉全面推进习近平新时代中国特色社会主义思想在浙江生动实践\n当今世界进入新的动荡变革期。\n',
    );
    expect(a.announced).toEqual([]);
    expect(a.outline.map((o) => [o.marker, o.children.length])).toEqual([['一、', 0], ['二、', 0]]);
  });

  it('从三个方面谈点看法 puts the count before the verb (周德睿, 2020)', () => {
    expect(analyzeText('坦率地说，在这样的大家面前谈意识形态难免有点惶恐。我现在从三个方面谈点看法：\n').announced).toMatchObject([
      { phrase: '从三个方面谈点看法', count: 3, pattern: 'from-aspects' },
    ]);
  });

  it('讲点意见 announces a few points, count unknown, unless the count follows (习近平 2020-09-22, 2018-02-12)', () => {
    const few = analyzeText(
      '今天，我就其中一些重要问题讲点意见。第一，培养担当民族复兴大任的时代新人。教育是国之大计、党之大计。' +
        '第二，构建新时代文化发展新格局。文化是一个国家的灵魂。\n',
    );
    expect(few.announced).toMatchObject([{ phrase: '讲点意见', count: null, found: 2, pattern: 'speak-some' }]);
    const counted = analyzeText('下面，我讲点意见，讲3个问题。第一个问题：深刻认识脱贫攻坚取得的决定性进展。\n');
    expect(counted.announced.map((x) => x.phrase)).toEqual(['讲3个问题']);
  });

  it('讲两句话：一句是…；一句是… counts the clauses of its own sentence (习近平, 2026, quoting 江泽民)', () => {
    expect(brief('对党的十一届三中全会以来的路线和基本政策，“要十分明确地讲两句话：一句是坚定不移，毫不动摇；一句是全面执行，一以贯之”。\n')).toEqual([
      { phrase: '讲两句话：一句是坚定不移，毫不动摇；一句是全面执行，一以贯之', count: 2, found: 2, scope: 'inline' },
    ]);
  });
});

describe('inline lists closed by a count', () => {
  it('lists of named things with a measure word (2026年甘肃省政府工作报告, 习近平 2026; clauses of longer sentences)', () => {
    expect(brief('新能源总装机达到8041.6万千瓦、增长2.4倍，形成光伏、风电、光热3条新能源装备制造完整产业链，开工建设8个抽水蓄能电站。\n')).toEqual([
      { phrase: '形成光伏、风电、光热3条新能', count: 3, found: 3, scope: 'inline' },
    ]);
    expect(brief('迭部、碌曲、玛曲、镇原4县高速项目全部开工。\n')[0]).toMatchObject({ count: 4, found: 4 });
    expect(brief('坚决捍卫国家主权、安全、发展利益，续写经济快速发展和社会长期稳定两大奇迹新篇章。\n')[0]).toMatchObject({ count: 2, found: 2 });
    expect(
      brief('强调领导干部要讲学习、讲政治、讲正气，推动着力解决提高领导水平和执政水平、增强拒腐防变和抵御风险能力两大历史性课题，保持党的先进性和纯洁性。\n')[0],
    ).toMatchObject({ count: 2, found: 2 });
  });

  it('等 leaves a list open: three of six named is no mismatch; two examples of a larger tally are no list (2026年四川省政府工作报告)', () => {
    const a = analyzeText('关键核心技术加快突破，人工智能、航空航天、先进装备等六大科技专项深入实施。\n');
    expect(a.announced).toMatchObject([{ count: 6, found: 3, ok: true }]);
    expect(a.diagnostics.filter((d) => d.ruleId.startsWith('announced/'))).toEqual([]);
    expect(brief('建成全国最大天然气生产基地，钒钛、硫铁等9种矿产查明资源量居全国第1位。\n')).toEqual([]);
    expect(brief('实现中国平煤神马、中国河南国际、中豫航空集团等19家企业战略性重组。\n')).toEqual([]);
  });

  it('a count that is part of a term or a word, or counts figures, closes no list', () => {
    expect(brief('建立完善的教育、监督、制度三位一体的规范体系。\n')).toEqual([]); // corpus/000
    expect(brief('坚持激浊和扬清两手抓，使干部队伍充满正能量。\n')).toEqual([]); // 马卫光 2018
    expect(brief('355项“川渝通办”事项让两地群众“进一个门、办两地事”。\n')).toEqual([]); // 2026年四川省政府工作报告
    expect(brief('充分发挥浙江独具的共建“一带一路”、长江经济带发展、长三角一体化发展等叠加优势。\n')).toEqual([]); // 浙江 2022
    expect(brief('高速公路通车里程新增3000公里、突破1.1万公里、居全国第3位，通高速公路的县（市、区）达到152个。\n')).toEqual([]);
    expect(brief('二、以“两个维护”政治自觉全面推进习近平新时代中国特色社会主义思想在浙江生动实践\n')).toEqual([]);
  });

  it('这三句话 sums up the comma clauses before it (马卫光, 2018)', () => {
    const a = analyzeText(
      '其中“干在实处永无止境”是方法路径，“走在前列要谋新篇”是目标追求，“勇立潮头方显担当”是状态境界，这三句话与思想大解放、行动大担当高度契合。\n',
    );
    expect(a.announced).toMatchObject([{ count: 3, found: 3, scope: 'inline' }]);
    expect(a.announced[0]!.items[2]).toBe('“勇立潮头方显担当”是状态境界');
  });

  it('every measure word and every announcement pattern has a real example that the analysis finds', () => {
    for (const { word, example } of LIST_COUNT_WORDS) {
      expect(analyzeText(`${example.replace(/（[^（）]*）$/u, '')}\n`).announced.length, word).toBeGreaterThan(0);
    }
    for (const { id, pattern, example } of ANNOUNCEMENT_PATTERNS) {
      expect([...example.matchAll(pattern)].length, id).toBeGreaterThan(0);
    }
  });
});
