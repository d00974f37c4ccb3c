// Settings shared by astro.config.mjs, the content collections and the build hooks.
import path from 'node:path';

/** Folder holding the content collections. Tests point it at fixture folders via CONTENT_DIR. */
export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');

/** The site's name, shown in the header and page titles. */
export const SITE_NAME = '组工知识库';

/**
 * The oldest browsers the site supports: Chromium 69 (the kernel of 360/奇安信-class browsers still
 * common on Windows 7 intranet PCs) and Firefox 68 (ESR of the Firefox-based browsers on domestic
 * systems). Their JavaScript is ES2019; every shipped script is compiled to it and checked by a test.
 */
export const BROWSER_TARGETS = ['es2019', 'chrome69', 'firefox68'];
/** The ECMAScript version every shipped script must parse at (tests/build/shipped-js.test.ts). */
export const ECMASCRIPT_FLOOR = 2019;
