// Entry of the site bundle (_zgzsk/site.<hash>.js), a classic deferred script on every page — no
// inline scripts anywhere, so a strict Content-Security-Policy holds; built for old browser kernels.
// Each part wires itself only where its markup is present.
import { wireCopyButtons } from './copy';
import { highlightLanding } from './highlight-landing';
import { wireTableOfContents } from './toc';
import { wireSortableTables } from './sort-table';
import { wireFiguresFilter } from './figures-filter';
import { wirePrintButtons } from './print';
import { wireDevelopmentDates } from './dev-dates';
import { wireSearchLoader } from './search-loader';
import { wireTermTips } from './term-tips';
import { wireStudySteps } from './study-steps';

const script = document.currentScript;
document.documentElement.classList.add('js');
wireCopyButtons();
highlightLanding();
wireTableOfContents();
wireSortableTables();
wireFiguresFilter();
wirePrintButtons();
wireDevelopmentDates();
wireTermTips();
wireStudySteps();
wireSearchLoader(script ? script.getAttribute('data-src') : null);
