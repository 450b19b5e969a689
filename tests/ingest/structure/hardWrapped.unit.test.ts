import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareDocument } from '../../../ingest/pipeline';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-wrapped-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function sentencesOf(name: string, lines: string[]): Promise<string[]> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.join('\n'));
  return (await prepareDocument(file)).sentences.map((s) => s.text);
}

describe('hard-wrapped text files', () => {
  it('puts the space back between Cyrillic words, and around a dash, split by a wrap', async () => {
    const sentences = await sentencesOf('ru.txt', [
      'Компания «Восток» подписала соглашение о поставках газа с',
      'партнёрами из Казахстана — крупнейшими покупателями в',
      'регионе, сообщили в министерстве энергетики страны.',
      'Министр энергетики Иван Петров заявил, что поставки начнутся',
      'в будущем году и продлятся десять лет по фиксированной цене.',
      'Контракт предусматривает ежегодные объёмы около пяти млрд',
      'кубометров и может быть продлён по взаимному согласию сторон.',
    ]);
    expect(sentences[0]).toBe('Компания «Восток» подписала соглашение о поставках газа с партнёрами из Казахстана — крупнейшими покупателями в регионе, сообщили в министерстве энергетики страны.');
    expect(sentences[1]).toContain('Иван Петров заявил');
  });

  it('joins a word hyphenated across lines without a space', async () => {
    const sentences = await sentencesOf('ru-hyphen.txt', [
      'Власти региона обсудили строительство нового нефте-',
      'перерабатывающего завода на побережье и новой дороги к нему,',
      'а также расширение порта, через который пойдёт экспорт топлива в',
      'соседние страны. Работы начнутся весной и займут около четырёх',
      'лет. Финансирование обеспечат государственные банки и частные',
      'фонды, сообщили в администрации региона.',
    ]);
    expect(sentences[0]).toContain('нефте-перерабатывающего');
  });

  it('ends a title at the blank line after it, though it has no final punctuation', async () => {
    const ru = await sentencesOf('ru-title.txt', [
      'Энергетическая компания продаёт долю в проекте',
      '',
      'Энергетическая компания начала переговоры о продаже доли в',
      'газовом проекте на севере страны, сообщили два источника в',
      'отрасли. Сделка может быть закрыта до конца года, если её',
      'одобрят регуляторы и другие участники консорциума проекта.',
    ]);
    expect(ru[0]).toBe('Энергетическая компания продаёт долю в проекте');
    expect(ru[1]).toMatch(/^Энергетическая компания начала переговоры/);
    const ja = await sentencesOf('ja-title.txt', [
      '電力会社、北米産LNGを長期調達　二十年契約',
      '',
      '東方電力は十日、北米の液化天然ガス開発会社と、年間百万トンの',
      'ＬＮＧを二十年間購入する契約を結んだと発表した。同社はこれまで',
      'ＬＮＧの多くを豪州やマレーシアから輸入してきた。調達先を広げ、',
      '安定供給につなげる狙いがある。',
    ]);
    expect(ja[0]).toBe('電力会社、北米産LNGを長期調達 二十年契約');
    expect(ja[1]).toMatch(/^東方電力は十日/);
  });

  it('still joins over a blank line when the sentence plainly goes on', async () => {
    const sentences = await sentencesOf('en-gap.txt', [
      'The ministry said the new terminal would handle most of the',
      'country’s liquefied natural gas imports from the early 2030s,',
      '',
      'subject to a final investment decision by the consortium.',
      'Construction is expected to take about four years in total and',
      'to employ several thousand workers at its peak, the ministry said.',
    ]);
    expect(sentences[0]).toMatch(/2030s, subject to a final investment decision/);
  });

  it('treats one blank line as nothing when one follows every printed line, and two as a paragraph break', async () => {
    const sentences = await sentencesOf('zh-every.txt', [
      '北部沿海液化天然氣項目的權益結構',
      '',
      '',
      '該項目位於北部沿海地區，由國家石油公司擔任作業者並持',
      '',
      '有百分之五十的權益，其餘權益由兩家外國企業平均分配',
      '',
      '給各自的子公司。項目預計於明年投產，年產能約五百萬',
      '',
      '噸液化天然氣，主要供應亞洲市場的長期買家與貿易商。',
      '',
      '融資方面，多家政策性銀行已表示有意提供貸款支持。',
    ]);
    expect(sentences[0]).toBe('北部沿海液化天然氣項目的權益結構');
    expect(sentences[1]).toBe('該項目位於北部沿海地區,由國家石油公司擔任作業者並持有百分之五十的權益,其餘權益由兩家外國企業平均分配給各自的子公司。');
  });
});

describe('Markdown that only looks wrapped', () => {
  it('headings, list items and a bold dateline are no sign of a wrap: a paragraph stays apart from the dateline', async () => {
    const sentences = await sentencesOf('news.ja.md', [
      '# 商社、南米の銅鉱山から撤退　権益をカナダ社に',
      '',
      '**2024年5月1日　リマ発**',
      '',
      '大手商社は、ペルー南部で操業する銅鉱山の権益を、カナダの鉱山会社に売却すると発表した。',
      '',
      '## 残る権益',
      '',
      '- 商社A：銅鉱山に10％',
      '- 商社B：銅鉱山に20％',
      '- 商社C：銅鉱山に5％',
      '',
      '## 今後の見通し',
      '',
      '同社は今後、国内の製錬事業に経営資源を集中する。',
    ]);
    expect(sentences).toContain('2024年5月1日 リマ発');
    expect(sentences.some((s) => s.startsWith('大手商社は'))).toBe(true);
  });
});
