import { extractGraph } from './extract';
import { compileRuleExpressions } from './extract/relations/rules';
import { prepareLoaded } from './pipeline';

/**
 * Work a process pays once, done while extraction loads rather than on its first documents:
 * V8 compiles each of the several hundred rule expressions on its first run (and again to
 * machine code on its second), and compiles the extraction code as it first runs. A small
 * document per language, read and thrown away, runs those paths. What it leaves behind is only
 * what extraction remembers anyway (conversions, word tags, name readings): answers that depend
 * on the word alone, so no later document reads differently for it (tests hold it to that).
 */
const WARM_UP_TEXTS: Record<string, string> = {
  'zh-Hans': '2023年5月，中国石油天然气集团公司与俄罗斯天然气工业股份公司签署协议，俄罗斯向中国供应天然气。日本从澳大利亚进口液化天然气，三井物产持有该项目20%的股份。美国对俄罗斯实施制裁。',
  'zh-Hant': '2022年6月，日本經濟產業省表示，三井物產持有薩哈林2號項目12.5%的股份。俄羅斯總統普京簽署命令。台灣從卡達進口液化天然氣。',
  ja: '2023年4月、三井物産はモザンビークのLNG事業に出資している。日本はオーストラリアから液化天然ガスを輸入した。経済産業省の西村康稔大臣は記者会見で述べた。',
  en: 'In March 2023, Japan imported LNG from Australia. Rosneft signed an agreement with Indian Oil Corporation, and Gazprom holds a 50% stake in the Sakhalin-2 project. The United States sanctioned Rosatom.',
  ru: 'В 2022 году «Роснефть» подписала соглашение с Indian Oil о поставках нефти в Индию. «Газпром» владеет 50% акций проекта. США ввели санкции против Росатома.',
};

export function warmUpExtraction(opts: { japanese?: boolean } = {}): void {
  compileRuleExpressions();
  for (const [lang, text] of Object.entries(WARM_UP_TEXTS)) {
    if (lang === 'ja' && opts.japanese === false) continue;
    const name = `warm-up.${lang}.txt`;
    extractGraph(prepareLoaded({ path: name, text, encoding: 'utf-8', format: 'text', bytes: Buffer.byteLength(text) }));
  }
}
