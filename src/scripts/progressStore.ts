import {
  LEGACY_FLASHCARDS_KEY,
  applyPending,
  PROGRESS_KEY,
  emptyProgress,
  migrateLegacyMarks,
  parseLegacyMarks,
  readStoredProgress,
  serializeProgress,
  type LegacyMarks,
  type Progress,
} from "@/lib/progress";
import type { Grade, ScheduledItem } from "@/lib/srs";

/**
 * The one place the browser keeps progress: localStorage when the browser allows it, this page's
 * memory when it does not (a private window, storage turned off or full), with a message saying so
 * in every [data-storage-message] element. Practice, the mock exam, the flashcards and the progress
 * page all read and write through here.
 */

/** The scheduler: an item after a review graded `grade` at `now` (a new one when it had no schedule). */
export type Review = (item: ScheduledItem | undefined, grade: Grade, now: Date) => ScheduledItem;

type StorageState = "ok" | "blocked" | "full";

const MESSAGES: Record<Exclude<StorageState, "ok">, string> = {
  blocked:
    "This browser does not let the site keep anything (a private window, or storage turned off). You can practise, but your progress is lost when you leave the page; export it on the progress page to keep it.",
  full: "This browser’s storage is full, so your latest progress was not saved. It is kept until you leave the page; export it on the progress page to keep it.",
};

let state: StorageState = "ok";
let current: Progress | undefined;

function showState() {
  for (const el of document.querySelectorAll<HTMLElement>("[data-storage-message]")) {
    el.textContent = state === "ok" ? "" : MESSAGES[state];
    el.hidden = state === "ok";
  }
}

/** The self-test's version 1 marks still waiting to be scheduled. */
export function waitingMarks(): LegacyMarks {
  try {
    return parseLegacyMarks(localStorage.getItem(LEGACY_FLASHCARDS_KEY));
  } catch {
    return {};
  }
}

/** Adds version 1 marks to those waiting; returns whether storage kept them. */
export function keepMarks(marks: LegacyMarks): boolean {
  try {
    localStorage.setItem(LEGACY_FLASHCARDS_KEY, JSON.stringify({ ...waitingMarks(), ...marks }));
    return true;
  } catch {
    return false;
  }
}

/**
 * The reader's progress. The first call reads storage; given the scheduler (`review`), it also
 * schedules the answers a mock exam left pending and takes over the self-test's version 1 marks, then
 * removes those once the new document is saved. Pages without the scheduler leave both waiting, so
 * nothing is lost. Never throws.
 */
export function loadProgress(review?: Review, now = new Date()): Progress {
  if (current) return current;
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(PROGRESS_KEY);
  } catch {
    state = "blocked";
  }
  let progress = emptyProgress();
  const stored = raw === null ? undefined : readStoredProgress(raw);
  if (stored) progress = stored;
  else if (raw !== null) {
    // Unreadable progress is set aside rather than written over, so nothing is lost for good.
    try {
      localStorage.setItem(`${PROGRESS_KEY}-unreadable`, raw);
    } catch {
      // Nowhere to keep it: the message says storage is not working.
    }
  }
  current = review ? applyPending(progress, review) : progress;
  if (current !== progress) saveProgress(current);
  const marks = review ? waitingMarks() : {};
  if (Object.keys(marks).length) {
    current = migrateLegacyMarks(current, marks, now, (grade, at) => review!(undefined, grade, at));
    if (saveProgress(current)) {
      try {
        localStorage.removeItem(LEGACY_FLASHCARDS_KEY);
      } catch {
        // The marks stay and are merged again next time; cards already scheduled keep theirs.
      }
    }
  }
  showState();
  return current;
}

/** Keeps `progress`: in storage when possible, in memory always. Returns whether storage kept it. */
export function saveProgress(progress: Progress): boolean {
  current = progress;
  if (state === "blocked") return false;
  try {
    localStorage.setItem(PROGRESS_KEY, serializeProgress(progress));
    if (state === "full") {
      state = "ok";
      showState();
    }
    return true;
  } catch (error) {
    state = error instanceof DOMException && error.name === "QuotaExceededError" ? "full" : "blocked";
    showState();
    return false;
  }
}

/** Forgets all progress, in storage and in memory, and any marks waiting. */
export function resetProgress(): Progress {
  try {
    localStorage.removeItem(LEGACY_FLASHCARDS_KEY);
  } catch {
    // Blocked storage holds nothing to forget.
  }
  const empty = emptyProgress();
  saveProgress(empty);
  return empty;
}
