// What Pagefind reads of a built page. Astro writes its HTML with no whitespace between elements, and
// Pagefind joins the text of neighbouring table cells, captions and the like with nothing between them:
// "Kinesis Data StreamsAmazon MSKFirehose", a word no reader types and an excerpt no reader can read.

/** Elements whose text a reader sees as apart from the text next to them. */
const BLOCKS =
  "address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul";

const BETWEEN_BLOCKS = new RegExp(`(</(?:${BLOCKS})>)(?=<)|(>)(?=<(?:${BLOCKS})[\\s>])`, "g");

/**
 * The page's HTML with a space after each block that another tag follows, and before each block that
 * follows a tag, for the index only: the served page is not changed.
 * @param {string} html
 */
export function spaceBetweenBlocks(html) {
  return html.replace(BETWEEN_BLOCKS, "$1$2 ");
}
