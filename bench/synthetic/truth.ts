/** The expected extraction for one synthetic document, written beside it as JSON. */
export interface TruthEntity {
  type: string;
  name: string;
  nameEn?: string;
  /** Every surface form the document uses for it. */
  aliases: string[];
  /** Made up for this corpus (not in any lexicon): measures discovery of unknown names. */
  invented: boolean;
}

export interface TruthRelation {
  type: string;
  /** Entity names (TruthEntity.name). */
  subject: string;
  object: string;
  date?: string;
  share?: number;
  resource?: string;
  sentence: string;
}

export interface DocumentTruth {
  file: string;
  lang: 'zh-Hant' | 'zh-Hans';
  title: string;
  bytes: number;
  entities: TruthEntity[];
  relations: TruthRelation[];
}
