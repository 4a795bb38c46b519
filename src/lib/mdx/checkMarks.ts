import { checkInternalLink } from "../paths";
import type { Marks } from "./marks";

/** A place where a page breaks a rule of its format; `line` is 1-based. */
export interface MarkProblem {
  line: number;
  message: string;
}

/** A case-insensitive pattern for a term as a whole word or phrase; any run of spaces matches a space. */
function termPattern(term: string): RegExp {
  const escaped = term
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu");
}

/**
 * The rule "mark a glossary term once, at its first use": every `<Term id>` names a term of the
 * glossary (`terms`: id → the term as written), is marked at most once, and its text (as a whole
 * word, case-insensitive) appears in no prose before the mark.
 */
export function checkTerms(
  marks: Pick<Marks, "terms" | "prose">,
  terms: ReadonlyMap<string, string>,
): MarkProblem[] {
  const problems: MarkProblem[] = [];
  const marked = new Set<string>();
  for (const { id, line, after } of marks.terms) {
    const term = terms.get(id);
    if (term === undefined) {
      problems.push({ line, message: `<Term id="${id}"> has no entry in src/content/glossary.yaml` });
      continue;
    }
    if (marked.has(id)) {
      problems.push({
        line,
        message: `<Term id="${id}"> marks the term a second time; mark it once, at its first use`,
      });
      continue;
    }
    marked.add(id);
    const pattern = termPattern(term);
    const earlier = marks.prose.slice(0, after).find((run) => pattern.test(run.text));
    if (earlier) {
      const text = pattern.exec(earlier.text)![0];
      problems.push({
        line: earlier.line,
        message: `"${text}" comes before the marked <Term id="${id}"> (line ${line}); move the mark to this first use`,
      });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** Every root-relative link resolves to a page of the site (`routes`, without the base path). */
export function checkLinks(marks: Pick<Marks, "links">, routes: ReadonlySet<string>): MarkProblem[] {
  return marks.links.flatMap(({ href, line }) => {
    const problem = checkInternalLink(href, routes);
    return problem ? [{ line, message: `broken link: ${problem}` }] : [];
  });
}

/** Every diagram has a source and a fresh drawing: `load` throws, naming what is wrong, when not. */
export function checkDiagrams(
  marks: Pick<Marks, "diagrams">,
  load: (name: string) => unknown,
): MarkProblem[] {
  return marks.diagrams.flatMap(({ name, line }) => {
    try {
      load(name);
      return [];
    } catch (error) {
      return [{ line, message: (error as Error).message }];
    }
  });
}

/** One error naming every problem of every file, or undefined when there is none. */
export function reportProblems(problems: { file: string; problems: MarkProblem[] }[]): Error | undefined {
  const lines = problems.flatMap(({ file, problems: list }) =>
    list.map(({ line, message }) => `  ${file}:${line}: ${message}`),
  );
  return lines.length ? new Error(`Bad content:\n${lines.join("\n")}`) : undefined;
}
