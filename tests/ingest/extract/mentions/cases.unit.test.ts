/**
 * The extraction behaviour tests of this folder, run as one test file. Each `*.cases.ts` beside
 * this file holds the tests of one kind (read them there). Jest gives every test file a fresh
 * module registry, so each file loaded extraction anew (lexicon, segmenters, dictionaries,
 * compiled rules): some seventy files paid that seventy times, most of the unit tier's time.
 * Run one kind with `npx jest --selectProjects unit -t '<its describe name>'`.
 */
import './bodiesAndBranches.cases';
import './datelines.cases';
import './englishNames.cases';
import './headWords.cases';
import './japaneseHeads.cases';
import './russianNumberedPolicies.cases';
import './russianRoutes.cases';
import { casesMissingFrom } from '../../../helpers/cases';

test('every *.cases.ts file of this folder is run here', () => {
  expect(casesMissingFrom(__filename)).toEqual([]);
});
