/**
 * The ids of the sections a page draws outside its MDX body, and their headings: one place for the
 * components that draw them, the table of contents, the link checks and the exam guide's links.
 */
export const SECTIONS = {
  keyNumbers: { id: "key-numbers", title: "Key numbers" },
  onTheExam: { id: "on-the-exam", title: "On the exam" },
  testYourself: { id: "test-yourself", title: "Test yourself" },
  connectedServices: { id: "connected-services", title: "Connections" },
  sources: { id: "sources", title: "Sources" },
} as const;

/** A page's table of contents: its body's headings, then the key numbers drawn after the body, if any. */
export const tocOf = <H extends { depth: number; slug: string; text: string }>(
  headings: H[],
  hasKeyNumbers: boolean,
): { depth: number; slug: string; text: string }[] =>
  hasKeyNumbers
    ? [...headings, { depth: 2, slug: SECTIONS.keyNumbers.id, text: SECTIONS.keyNumbers.title }]
    : headings;
