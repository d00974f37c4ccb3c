// Entry of the search bundle (_zgzsk/search.<hash>.js), loaded by the site bundle on first use of the
// header search box, or at once on the /search/ page.
import { wireSearchBox } from './search/box';
import { wireSearchPage } from './search/page';
import { runSearch } from './search/client';

// For benchmarks and checks from outside the page (scripts/bench-open.mjs): the search itself.
(window as unknown as { zgzskSearchApi: unknown }).zgzskSearchApi = { runSearch };

const box = document.querySelector<HTMLFormElement>('form[data-search-box]');
if (box) wireSearchBox(box);
const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) wireSearchPage(page);
