// The components content authors may use in MDX, passed to every rendered entry in one place.
import Cite from './Cite.astro';
import DevelopmentDates from './DevelopmentDates.astro';
import Figures from './Figures.astro';
import Term from './Term.astro';
import SingleSource from './SingleSource.astro';
import type { MdxComponentName } from '../../lib/mdx-component-names';

export const mdxComponents = { Cite, Term, Figures, DevelopmentDates, SingleSource } satisfies Record<MdxComponentName, unknown>;
