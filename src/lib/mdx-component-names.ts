// Names of the components content authors may use in MDX. The content check rejects any other;
// src/components/mdx/index.ts must provide exactly these (its type says so).
export const MDX_COMPONENT_NAMES = ['Cite', 'Term', 'Figures', 'DevelopmentDates', 'SingleSource'] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
