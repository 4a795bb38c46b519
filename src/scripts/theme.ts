type Theme = "light" | "dark";

const root = document.documentElement;
const systemDark = window.matchMedia("(prefers-color-scheme: dark)");

/** The theme the reader sees now: their saved choice, or the system's. */
function currentTheme(): Theme {
  const chosen = root.dataset.theme;
  if (chosen === "light" || chosen === "dark") return chosen;
  return systemDark.matches ? "dark" : "light";
}

/** Wires the dark-theme toggle: shows it, reflects the theme, and saves the reader's choice. */
export function initThemeToggle(button: HTMLElement | null): void {
  if (!button) return;
  const sync = () => button.setAttribute("aria-pressed", String(currentTheme() === "dark"));
  button.classList.remove("invisible");
  sync();
  systemDark.addEventListener("change", sync);
  button.addEventListener("click", () => {
    const next: Theme = currentTheme() === "dark" ? "light" : "dark";
    root.dataset.theme = next;
    try {
      localStorage.setItem("theme", next);
    } catch {
      // Storage can be blocked; the choice then lasts for this page only.
    }
    sync();
  });
}
