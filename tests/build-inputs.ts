/** What a copy of the project needs to build the site or run its tools (content aside): the tests copy these. */
export const BUILD_INPUTS = ['src', 'build', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'] as const;
