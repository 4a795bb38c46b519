/** The part of a practice question the link check reads (an Astro entry fits it). */
export interface LinkedQuestion {
  id: string;
  filePath?: string;
  data: { options: { link: string }[] };
}

/**
 * Why a link to a page section does not resolve, or undefined when it does: `anchors` maps each page
 * path to the ids of its sections.
 */
export function checkSectionLink(link: string, anchors: ReadonlyMap<string, ReadonlySet<string>>) {
  const [path = "", fragment = ""] = link.split("#");
  const sections = anchors.get(path);
  if (!sections) return `"${link}" is not a page with sections on this site`;
  if (!sections.has(fragment)) {
    return `"${link}" has no section "#${fragment}" (it has ${[...sections].filter((s) => !s.startsWith("fact-")).join(", ")})`;
  }
  return undefined;
}

/**
 * Every option's link leads to a page of the site and to a section on it. `anchors` maps each page
 * path to the ids of its sections. Returns one message per broken link, naming the file and option.
 */
export function checkQuestionLinks(
  question: LinkedQuestion,
  anchors: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  const file = question.filePath ?? question.id;
  return question.data.options.flatMap(({ link }, i) => {
    const problem = checkSectionLink(link, anchors);
    return problem ? [`${file}: options.${i}.link: ${problem}`] : [];
  });
}
