/**
 * The cast of the synthetic corpus: real-world names (traditional Chinese, English) by type.
 * Only names and types — no relation is encoded here; relations come from the templates and
 * are drawn at random, so the truth files are the only record of who is tied to whom.
 * When the product's lexicon (data/lexicon) is present, lexicon.ts adds its entries.
 */
export interface CastMember {
  type: string;
  /** Traditional-Chinese name as it is written in the text. */
  zh: string;
  /** English name, used in 中文（English） pairs; absent for common nouns like 石油. */
  en?: string;
}

const byType: Record<string, [string, string?][]> = {
  State: [
    ['日本', 'Japan'], ['俄羅斯', 'Russia'], ['美國', 'United States'], ['中國', 'China'], ['哈薩克', 'Kazakhstan'],
    ['烏茲別克', 'Uzbekistan'], ['韓國', 'South Korea'], ['印度', 'India'], ['挪威', 'Norway'], ['加拿大', 'Canada'],
    ['澳洲', 'Australia'], ['德國', 'Germany'], ['法國', 'France'], ['英國', 'United Kingdom'], ['卡達', 'Qatar'],
    ['伊朗', 'Iran'], ['土庫曼', 'Turkmenistan'], ['蒙古', 'Mongolia'], ['越南', 'Vietnam'], ['印尼', 'Indonesia'],
  ],
  Firm: [
    ['三井物產', 'Mitsui & Co.'], ['三菱商事', 'Mitsubishi Corporation'], ['殼牌', 'Shell'], ['諾瓦泰克', 'Novatek'],
    ['中國石油天然氣集團', 'CNPC'], ['俄羅斯天然氣工業公司', 'Gazprom'], ['埃克森美孚', 'ExxonMobil'],
    ['道達爾能源', 'TotalEnergies'], ['丸紅', 'Marubeni'], ['伊藤忠商事', 'Itochu'], ['住友商事', 'Sumitomo Corporation'],
    ['俄羅斯石油公司', 'Rosneft'], ['哈薩克原子能公司', 'Kazatomprom'], ['英國石油公司', 'BP'], ['國際石油開發帝石', 'INPEX'],
  ],
  Organization: [
    ['日本石油天然氣金屬礦物資源機構', 'JOGMEC'], ['經濟產業省', 'METI'], ['石油輸出國組織', 'OPEC'],
    ['北極理事會', 'Arctic Council'], ['國際能源總署', 'International Energy Agency'], ['上海合作組織', 'Shanghai Cooperation Organisation'],
    ['歐洲聯盟', 'European Union'], ['國際原子能總署', 'IAEA'], ['日本國際協力銀行', 'JBIC'], ['亞洲開發銀行', 'Asian Development Bank'],
  ],
  Person: [
    ['普欽', 'Vladimir Putin'], ['岸田文雄', 'Fumio Kishida'], ['安倍晉三', 'Shinzo Abe'], ['拜登', 'Joe Biden'],
    ['托卡耶夫', 'Kassym-Jomart Tokayev'], ['習近平', 'Xi Jinping'], ['米舒斯京', 'Mikhail Mishustin'], ['拉夫羅夫', 'Sergey Lavrov'],
  ],
  Project: [
    ['庫頁島2號', 'Sakhalin-2'], ['庫頁島1號', 'Sakhalin-1'], ['北極液化天然氣2號', 'Arctic LNG 2'],
    ['亞馬爾液化天然氣專案', 'Yamal LNG'], ['西伯利亞力量管道', 'Power of Siberia'], ['北溪2號', 'Nord Stream 2'],
    ['卡沙甘油田', 'Kashagan'], ['烏斯季盧加港', 'Ust-Luga'],
  ],
  Resource: [['石油'], ['天然氣'], ['液化天然氣', 'LNG'], ['鈾', 'uranium'], ['稀土', 'rare earths'], ['鋰', 'lithium'], ['鎳', 'nickel'], ['鈷', 'cobalt'], ['煤炭', 'coal']],
  Policy: [['《北極政策》'], ['《通膨削減法》', 'Inflation Reduction Act'], ['一帶一路倡議', 'Belt and Road Initiative'], ['8項經濟合作計畫'], ['《能源安全戰略》']],
  Agreement: [['《東京宣言》', 'Tokyo Declaration'], ['《日蘇共同宣言》'], ['《巴黎協定》', 'Paris Agreement'], ['《斯瓦爾巴德條約》', 'Svalbard Treaty'], ['日俄原子能協定']],
  Place: [['北極', 'Arctic'], ['北方領土', 'Northern Territories'], ['克里米亞半島', 'Crimea'], ['西伯利亞', 'Siberia'], ['北極航道', 'Northern Sea Route'], ['中亞', 'Central Asia'], ['鄂霍次克海', 'Sea of Okhotsk']],
  Event: [['烏克蘭危機', 'Ukraine crisis'], ['福島核災', 'Fukushima disaster'], ['G20大阪峰會', 'G20 Osaka summit']],
};

export const builtInCast: CastMember[] = Object.entries(byType).flatMap(([type, names]) =>
  names.map(([zh, en]) => ({ type, zh, en })),
);
