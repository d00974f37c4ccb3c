// What the citation checker knows, taken from the checked content at build and shipped to the page
// as data: each regulation's names, current version, older versions, verified (and single-source)
// article numbers, chapters, and where they land; old article numbers that circulate; and the
// wrong claims the site's 易错点 warn about.
import type { RegulationData } from '../../schemas/regulation';
import type { CheckFileData } from '../../schemas/check';
import type { SiteModel } from '../content/model';
import { resolveCitation } from '../citations';
import { pageFile } from '../routes';

export interface KnownRegulation {
  slug: string;
  title: string;
  shortTitle: string;
  aliases: string[];
  status: string;
  /** Year of the version the site describes. */
  year: string;
  /** Older versions: year and title. */
  older: Array<{ year: string; title: string }>;
  /** Article numbers the site has verified (or holds the full text of). */
  articles: number[];
  singleSource: number[];
  chapters: number[];
  /** Highest article number, when the site holds the full text. */
  maxArticle?: number;
  /** The page within the site: regulations/x/index.html */
  page: string;
}

export interface OldNumber {
  reg: string;
  art: number;
  version: string;
  topic: string;
}

export interface WrongClaim {
  id: string;
  pattern: string;
  message: string;
  cite: string;
  page: string;
}

export interface CheckKnowledge {
  regulations: KnownRegulation[];
  oldNumbers: OldNumber[];
  wrongClaims: WrongClaim[];
}

const year = (date: string) => date.slice(0, 4);

export function buildKnowledge(model: SiteModel): CheckKnowledge {
  const regulations: KnownRegulation[] = [];
  for (const e of model.entries) {
    if (e.collection !== 'regulations' || !e.data) continue;
    const d = e.data as RegulationData;
    if (d.category === '范本') continue; // the site's own model texts are not cited in documents
    const target = model.index.get(e.slug)!;
    const outline = model.outlines.get(target.textSlug);
    const fullText = target.kind === '全文' || target.textSlug !== e.slug;
    const articles = [...target.articles].sort((a, b) => a - b);
    regulations.push({
      slug: e.slug,
      title: d.title,
      shortTitle: target.shortTitle,
      aliases: d.aliases,
      status: d.status,
      year: year(d.issued),
      older: d.history.filter((h) => year(h.date) !== year(d.issued)).map((h) => ({ year: year(h.date), title: h.title })),
      articles,
      singleSource: d.articles.filter((a) => a.singleSource).map((a) => a.n),
      chapters: [...target.chapters].sort((a, b) => a - b),
      maxArticle: fullText && outline && articles.length ? articles[articles.length - 1] : undefined,
      page: pageFile(`/regulations/${e.slug}/`),
    });
  }
  const oldNumbers: OldNumber[] = [];
  const wrongClaims: WrongClaim[] = [];
  for (const e of model.entries) {
    if (e.collection !== 'check' || !e.data) continue;
    const d = e.data as CheckFileData;
    for (const o of d.oldNumbers) oldNumbers.push({ reg: o.reg, art: o.art, version: o.version, topic: o.topic });
    for (const w of d.wrongClaims) {
      const resolved = resolveCitation(model.index, { reg: w.reg, art: w.art, ch: w.ch });
      if (!resolved.ok) continue; // reported by the content check
      const [path, hash] = resolved.href.split('#');
      wrongClaims.push({ id: w.id, pattern: w.pattern, message: w.message, cite: resolved.fullLabel, page: pageFile(path!) + (hash ? `#${hash}` : '') });
    }
  }
  return { regulations, oldNumbers, wrongClaims };
}
