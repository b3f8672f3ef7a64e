import { THEME_KEY, parseTheme, type ThemeChoice } from '../lib/preferences.ts';
import { safeStorage } from '../scripts/safe-storage.ts';

const dark = () => window.matchMedia('(prefers-color-scheme: dark)').matches;

function apply(choice: ThemeChoice) {
  document.documentElement.dataset.theme = choice === 'system' ? (dark() ? 'dark' : 'light') : choice;
}

/** <kb-theme-select>: 跟随系统 / 浅色 / 深色, remembered across pages. */
class KbThemeSelect extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = parseTheme(safeStorage.get(THEME_KEY));
    select.addEventListener('change', () => {
      const choice = parseTheme(select.value);
      safeStorage.set(THEME_KEY, choice);
      apply(choice);
    });
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
      if (parseTheme(safeStorage.get(THEME_KEY)) === 'system') apply('system');
    });
  }
}

if (!customElements.get('kb-theme-select')) customElements.define('kb-theme-select', KbThemeSelect);
