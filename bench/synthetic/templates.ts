/**
 * Sentence templates per relationship type, in traditional Chinese (simplified documents are
 * converted whole with opencc). {S} and {O} are the subject and object; {date}, {pct}, {res}
 * fill properties. The wording follows the typical triggers of the ontology, in active and
 * passive forms, so the synthetic truth measures the rules as an analyst's text would.
 */
export interface RelationTemplate {
  type: string;
  text: string;
  /** Which property the template states (recorded in the truth). */
  states?: ('date' | 'share' | 'resource')[];
}

export const relationTemplates: RelationTemplate[] = [
  { type: 'SANCTIONS', text: '{date}，{S}宣布對{O}實施制裁。', states: ['date'] },
  { type: 'SANCTIONS', text: '{S}於{date}將{O}納入制裁範圍。', states: ['date'] },
  { type: 'BANS', text: '{S}禁止{O}入境。' },
  { type: 'EXPELS', text: '{S}宣布驅逐{O}的外交官。' },
  { type: 'HOLDS_STAKE_IN', text: '{S}持有{O}{pct}的股權。', states: ['share'] },
  { type: 'HOLDS_STAKE_IN', text: '截至{date}，{S}仍持有{O}{pct}的權益。', states: ['date', 'share'] },
  { type: 'ACQUIRES', text: '{S}於{date}收購{O}。', states: ['date'] },
  { type: 'INVESTS_IN', text: '{S}在{date}投資{O}。', states: ['date'] },
  { type: 'DEVELOPS', text: '{S}積極開發{O}。' },
  { type: 'PRODUCES', text: '{S}每年生產大量{O}。' },
  { type: 'SUPPLIES', text: '{S}向{O}供應{res}。', states: ['resource'] },
  { type: 'IMPORTS_FROM', text: '{S}自{O}進口{res}。', states: ['resource'] },
  { type: 'DEPENDS_ON', text: '{S}對{O}的依賴度持續上升。' },
  { type: 'PARTICIPATES_IN', text: '{S}參與{O}。' },
  { type: 'WITHDRAWS_FROM', text: '{S}於{date}宣布退出{O}。', states: ['date'] },
  { type: 'MEMBER_OF', text: '{S}是{O}的成員國。' },
  { type: 'SIGNS', text: '{S}於{date}簽署{O}。', states: ['date'] },
  { type: 'PROPOSES', text: '{S}提出{O}。' },
  { type: 'IMPLEMENTS', text: '{S}於{date}實施{O}。', states: ['date'] },
  { type: 'COOPERATES_WITH', text: '{S}與{O}在能源領域展開合作。' },
  { type: 'OPPOSES', text: '{S}公開譴責{O}。' },
  { type: 'DISPUTES', text: '{S}與{O}之間存在領土爭議。' },
  { type: 'CONTROLS', text: '{S}實質控制{O}。' },
  { type: 'LEADS', text: '{O}總統{S}表示將繼續推動能源合作。' },
  { type: 'LOCATED_IN', text: '{S}位於{O}。' },
  { type: 'PART_OF', text: '{S}是{O}的子公司。' },
];

/** Sentences with no entity and no relation: the bulk of any real paper. */
export const fillerSentences: string[] = [
  '此一發展對區域能源安全具有深遠影響。',
  '學者普遍認為，能源議題已成為雙邊關係的核心。',
  '然而，相關談判在過去數年間進展有限。',
  '從長期來看，市場價格的波動仍將左右各方的決策。',
  '本文以下將分別就背景、手段與成效加以討論。',
  '此外，國內政治因素亦不容忽視。',
  '在全球供應鏈重組的背景下，資源獲取能力的重要性日益凸顯。',
  '換言之，經濟合作與安全考量之間存在明顯的張力。',
  '由此可見，政策的連續性是理解此一議題的關鍵。',
  '值得注意的是，基礎設施投資的回收期通常長達二十年以上。',
  '另一方面，技術標準與環境規範也逐漸成為競爭的焦點。',
  '綜上所述，各方在短期內仍難以達成全面共識。',
];

/** Sentences that mention one entity without stating a relation ({E}). */
export const mentionSentences: string[] = [
  '{E}的角色在此一時期尤其值得關注。',
  '有關{E}的討論在國際媒體上持續升溫。',
  '本節首先回顧{E}的歷史背景。',
];

export const headings: string[] = ['前言', '背景', '能源合作的發展', '制裁與回應', '資源外交', '結論'];
export const chineseNumerals = ['壹', '貳', '參', '肆', '伍', '陸', '柒', '捌'];
