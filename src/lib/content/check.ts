// The content check: every file read into the model, then every rule run over it. Reports all
// problems at once as file:line, sorted; warnings do not stop a build. Used by the build hook
// (src/integrations/content-check.ts) before Astro starts, and by unit tests with files as strings.
import { readEntry, type ContentFile, type Problem } from './entries';
import { buildModel, type SiteModel } from './model';
import { fileRules } from './rules/files';
import { structureRules } from './rules/structure';
import { citationRules } from './rules/citations';
import { figureRules } from './rules/figures';
import { componentRules } from './rules/components';
import { referenceRules } from './rules/references';
import { bareArticleRules } from './rules/bare-articles';
import { changedArticleWarnings } from './rules/changed-articles';
import { templateLinkRules } from './rules/template-links';
import { singleSourceRules } from './rules/single-source';
import { regulationLinkRules } from './rules/regulation-links';
import { provenanceRules } from './rules/provenance';
import { practiceRules } from './rules/practice';
import { tableRules } from './rules/tables';
import { checkDataRules } from './rules/check-data';
import type { Rule } from './rules/types';

/** Every rule whose problems fail a build. */
export const RULES: Rule[] = [fileRules, structureRules, citationRules, figureRules, componentRules, referenceRules, bareArticleRules, templateLinkRules, singleSourceRules, regulationLinkRules, provenanceRules, practiceRules, tableRules, checkDataRules];
/** Rules whose findings are shown but do not fail a build. */
export const WARNINGS: Rule[] = [changedArticleWarnings];

const byPlace = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || a.line - b.line;

export function checkModel(model: SiteModel): { problems: Problem[]; warnings: Problem[] } {
  return {
    problems: RULES.flatMap((rule) => rule(model)).sort(byPlace),
    warnings: WARNINGS.flatMap((rule) => rule(model)).sort(byPlace),
  };
}

export function checkContent(files: ContentFile[]): { problems: Problem[]; warnings: Problem[]; model: SiteModel } {
  const model = buildModel(files.map(readEntry));
  return { ...checkModel(model), model };
}
