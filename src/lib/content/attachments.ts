/**
 * Files a browser would run or render as a page rather than download: scripts and web pages
 * (an `.svg` may hold a script too). Attachments are for downloading, so these are refused
 * (`check:content`, the build) and deploy/nginx.conf sends every attachment as a download.
 */
export const RUNNABLE_ATTACHMENT = /\.(m?js|cjs|html?|xhtml|svg|xml|wasm)$/i;

/** Whether an attachment path names a file a browser would run or render as a page. */
export function isRunnableAttachment(path: string): boolean {
  return RUNNABLE_ATTACHMENT.test(path.replace(/[?#].*$/, ''));
}
