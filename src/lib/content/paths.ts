/** Where each collection's Markdown lives, relative to the project root. */
export const CONTENT_BASES = {
  theory: 'content/theory',
  exemplars: 'content/exemplars',
  training: 'content/training',
  plans: 'content/plans',
} as const;

/** Entry files: Markdown and MDX, skipping names that start with an underscore. */
export const ENTRY_PATTERN = '**/[^_]*.{md,mdx}';
