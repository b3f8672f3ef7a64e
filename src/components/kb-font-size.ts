import { FONT_SCALE_KEY, parseFontScale, stepFontScale, FONT_SCALES } from '../lib/preferences.ts';
import { safeStorage } from '../scripts/safe-storage.ts';

/** <kb-font-size>: the A− / A+ buttons. The chosen scale is remembered and applied on every page. */
class KbFontSize extends HTMLElement {
  connectedCallback() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-step]')) {
      button.addEventListener('click', () => this.step(button.dataset.step === 'up' ? 1 : -1));
    }
    this.render(parseFontScale(safeStorage.get(FONT_SCALE_KEY)));
  }

  step(direction: 1 | -1) {
    const next = stepFontScale(parseFontScale(safeStorage.get(FONT_SCALE_KEY) ?? this.current()), direction);
    safeStorage.set(FONT_SCALE_KEY, String(next));
    document.documentElement.style.setProperty('--kb-font-scale', String(next));
    this.render(next);
  }

  current(): number {
    return parseFontScale(document.documentElement.style.getPropertyValue('--kb-font-scale'));
  }

  render(scale: number) {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = `${Math.round(scale * 100)}%`;
    const down = this.querySelector<HTMLButtonElement>('button[data-step="down"]');
    const up = this.querySelector<HTMLButtonElement>('button[data-step="up"]');
    if (down) down.disabled = scale <= FONT_SCALES[0];
    if (up) up.disabled = scale >= FONT_SCALES[FONT_SCALES.length - 1]!;
  }
}

if (!customElements.get('kb-font-size')) customElements.define('kb-font-size', KbFontSize);
