/**
 * The extraction behaviour tests of this folder, run as one test file. Each `*.cases.ts` beside
 * this file holds the tests of one kind (read them there). Jest gives every test file a fresh
 * module registry, so each file loaded extraction anew (lexicon, segmenters, dictionaries,
 * compiled rules): some seventy files paid that seventy times, most of the unit tier's time.
 * Run one kind with `npx jest --selectProjects unit -t '<its describe name>'`.
 */
import './bracketedStates.cases';
import './caseFolding.cases';
import './chineseOfficials.cases';
import './cldrStates.cases';
import './commonFormsZhRu.cases';
import './corpus.cases';
import './discourse.cases';
import './elidedStakes.cases';
import './english.cases';
import './englishCommonForms.cases';
import './englishPhrases.cases';
import './englishSupplyShares.cases';
import './englishUnitsAndQuotes.cases';
import './extractionSpeed.cases';
import './gazetteerDivisions.cases';
import './gazetteerFirms.cases';
import './gazetteerOther.cases';
import './heldoutEn10.cases';
import './heldoutEn4.cases';
import './heldoutEn5.cases';
import './heldoutEn6.cases';
import './heldoutEn7.cases';
import './heldoutEn9.cases';
import './heldoutEnJaRu2.cases';
import './heldoutJa10.cases';
import './heldoutJa4.cases';
import './heldoutJa5.cases';
import './heldoutJa6.cases';
import './heldoutJa7.cases';
import './heldoutJaRu9.cases';
import './heldoutKinds.cases';
import './heldoutKinds2.cases';
import './heldoutRu10.cases';
import './heldoutRu4.cases';
import './heldoutRu5.cases';
import './heldoutRu6.cases';
import './heldoutRu8.cases';
import './heldoutZh.cases';
import './heldoutZh10.cases';
import './heldoutZh2.cases';
import './heldoutZh4.cases';
import './heldoutZh5.cases';
import './heldoutZh6.cases';
import './heldoutZh7.cases';
import './heldoutZh9.cases';
import './jaSources.cases';
import './japanese.cases';
import './japaneseDictionaryCache.cases';
import './japaneseForeignFirms.cases';
import './japaneseLattice.cases';
import './japanesePhrases.cases';
import './japanesePrefixSearch.cases';
import './leadersByTitle.cases';
import './lexiconMatch.cases';
import './modality.cases';
import './opposedSanctions.cases';
import './percentWords.cases';
import './possessives.cases';
import './prefilters.cases';
import './resolve.cases';
import './ruleTriggers.cases';
import './rules.cases';
import './russian.cases';
import './russianPhrases.cases';
import './segmentation.cases';
import './shareDistributions.cases';
import './speechAndRanks.cases';
import './zhDiscovery.cases';
import './zhBareTitles.cases';
import './zhDescriptions.cases';
import './zhSources.cases';
import './zhDuplicates.cases';
import './zhHansRelations.cases';
import './zhHantRelations.cases';
import './zhLatinNames.cases';
import './zhNames.cases';
import './zhPeople.cases';
import './zhRelations.cases';
import './zhRelationsRound4.cases';
import './zhSamplePapers.cases';
import { casesMissingFrom } from '../../helpers/cases';

test('every *.cases.ts file of this folder is run here', () => {
  expect(casesMissingFrom(__filename)).toEqual([]);
});
