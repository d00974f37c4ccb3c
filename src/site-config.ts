// Settings shared by astro.config.mjs, the content collections and the build hooks.
import path from 'node:path';

/** Folder holding the content collections. Tests point it at fixture folders via CONTENT_DIR. */
export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');

/** The site's name, shown in the header and page titles. */
export const SITE_NAME = '组工知识库';
