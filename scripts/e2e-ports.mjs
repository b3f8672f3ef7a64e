// The loopback ports of the end-to-end suite, defined once. E2E_PORT_OFFSET shifts them all, so two
// checkouts can run their suites side by side on one machine.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0) || 0;

/** The site built for `/`, served by the Node static server. */
export const ROOT_PORT = 4330 + offset;
/** The site built for `/kb/`, served by nginx with deploy/nginx.conf. */
export const KB_PORT = 4331 + offset;
/** `astro dev`, started by the drafts and preview tests. */
export const DEV_PORT = 4399 + offset;
/** A second `astro dev`, for the preview-panel test (runs beside the drafts test). */
export const PANEL_DEV_PORT = 4398 + offset;
