/**
 * Marks every value an editor still has to replace (`npm run new`, `npm run import`). It builds and
 * shows on the preview; the checker flags it where a reader would be misled (image descriptions).
 */
export const PLACEHOLDER = '待填写';
