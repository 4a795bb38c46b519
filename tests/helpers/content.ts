import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readMarks, type Marks } from "@/lib/mdx/marks";
import { parseMdx } from "@/lib/mdx/parse";

/** One MDX page of the content, read by the project's one reader (src/lib/mdx). */
export interface ContentPage {
  id: string;
  file: string;
  data: Record<string, unknown>;
  marks: Marks;
}

/** Every MDX page in a content folder and its subfolders (ids "redshift/table-design"), with its frontmatter and marks. */
export function readContentPages(folder: string): ContentPage[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f) => {
      const file = join(folder, f);
      const { data, tree } = parseMdx(readFileSync(file, "utf8"), file);
      return { id: f.replace(/\.mdx$/, ""), file, data, marks: readMarks(tree, file) };
    });
}
