import icon from "../../public/favicon.svg?raw";

/**
 * The site's icon (public/favicon.svg) as a data: URL, for the browser tab and the header's logo. In the
 * page it costs less than fetching the file, which every first visit did twice (once for each).
 */
export const SITE_ICON_URL = `data:image/svg+xml,${encodeURIComponent(icon.trim())}`;
