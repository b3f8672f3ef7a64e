import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure modules and quick command checks, seconds) and `build` (tests that
 * copy the project and run a build or a command-line tool over it, minutes).
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'build/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'bench/**/*.test.ts'],
        },
      },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
});
