import { countOf } from "@/lib/format";
import { isKnown, questionItem } from "@/lib/progress";
import { loadProgress } from "./progressStore";

/**
 * On the exam guide's page, each item says how many of its questions the reader knows (last answer
 * right), from the progress kept in this browser. Without JavaScript, or with nothing reviewed, the
 * items show only their questions' count.
 */
export function showItemMastery(root: ParentNode): void {
  const { items } = loadProgress();
  if (!Object.keys(items).length) return;
  for (const el of root.querySelectorAll<HTMLElement>("[data-exam-item][data-questions]")) {
    const ids = el.dataset.questions!.split(" ").filter(Boolean);
    const target = el.querySelector<HTMLElement>("[data-mastery]");
    if (!ids.length || !target) continue;
    const seen = ids.filter((id) => items[questionItem(id)]).length;
    const known = ids.filter((id) => isKnown(items[questionItem(id)])).length;
    target.textContent = seen
      ? ` · you know ${known} of ${countOf(ids.length, "question")} (${Math.floor((known * 100) / ids.length)}%)`
      : " · not practised yet";
  }
}
