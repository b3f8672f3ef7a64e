import type { ProgressRecord } from '../../lib/progress/types.ts';
import { canAutoMarkRead, type AutoReadDecision } from '../../lib/progress/auto-read.ts';
import { isUpdatedSince } from '../../lib/progress/transitions.ts';
import { dayOfInstant, parseInstant } from '../../lib/progress/time.ts';
import { ActiveTime } from '../../lib/progress-view/active-time.ts';
import { entryBadges } from '../../lib/progress-view/entry-status.ts';
import { dayText, wholePercent } from '../../lib/progress-view/format.ts';
import { readFraction, scrollTopFor, worthResuming } from '../../lib/progress-view/reading-position.ts';
import { progressStore } from '../../scripts/progress/store-instance.ts';
import { badge } from '../../scripts/dom.ts';

const TICK_MS = 1000;
/** Active seconds between saves of the running total (it is also saved when the page is hidden). */
const SAVE_EVERY_SECONDS = 15;
const INPUT_EVENTS = ['wheel', 'keydown', 'pointerdown', 'pointermove', 'touchstart'] as const;

/**
 * <kb-entry-progress>: on an entry page, the reading bar, 继续阅读, the 标记为已读 / 取消已读
 * toggle, automatic 已读 (end reached and enough active reading, with the reason shown until
 * then), 有更新, and 我参加了 on training pages. Everything goes through the page's store.
 */
class KbEntryProgress extends HTMLElement {
  private store = progressStore();
  private key = '';
  private hash: string | null = null;
  private chars = 0;
  private article: HTMLElement | null = null;
  private bar: HTMLProgressElement | null = null;
  private toggle!: HTMLButtonElement;
  private attend: HTMLButtonElement | null = null;
  private resume!: HTMLButtonElement;
  private confirm!: HTMLButtonElement;
  private note!: HTMLElement;
  private hoursNote: HTMLElement | null = null;
  private hours = 0;
  private announcer!: HTMLElement;
  private badges!: HTMLElement;
  private tracker = new ActiveTime(Date.now());
  private reachedEnd = false;
  /** Cleared when the reader un-marks the entry: then only the button marks it again. */
  private autoAllowed = true;
  private lastSavedScroll = -1;
  private savedPlace = 0;
  private sinceSave = 0;
  private lastCode = '';
  private timer: number | undefined;
  private cleanups: (() => void)[] = [];

  connectedCallback() {
    this.key = this.dataset.key ?? '';
    this.hash = this.dataset.hash ?? null;
    this.chars = Number(this.dataset.chars) || 0;
    this.article = this.closest('article') ?? document.querySelector<HTMLElement>('article[data-entry-key]');
    this.bar = this.querySelector('[data-read-bar]');
    this.toggle = this.querySelector('[data-toggle-read]')!;
    this.attend = this.querySelector('[data-toggle-attended]');
    this.resume = this.querySelector('[data-resume]')!;
    this.confirm = this.querySelector('[data-confirm-read]')!;
    this.note = this.querySelector('[data-note]')!;
    this.hoursNote = this.querySelector('[data-hours-note]');
    this.hours = Number(this.dataset.hours) || 0;
    this.announcer = this.querySelector('[data-announce]')!;
    this.badges = this.querySelector('[data-badges]')!;

    this.savedPlace = this.store.get(this.key).scroll;
    this.store.open(this.key, this.hash);
    this.wireButtons();
    this.wireReading();
    this.querySelector<HTMLElement>('[data-panel]')!.hidden = false;
    if (this.bar) this.bar.hidden = false;
    this.cleanups.push(this.store.subscribe(() => this.render()));
    this.updateBar();
    this.offerResume();
    this.render();
  }

  disconnectedCallback() {
    window.clearInterval(this.timer);
    for (const cleanup of this.cleanups) cleanup();
    this.cleanups = [];
  }

  private record(): ProgressRecord {
    return this.store.get(this.key);
  }

  private on(target: EventTarget, type: string, listener: () => void) {
    target.addEventListener(type, listener, { passive: true });
    this.cleanups.push(() => target.removeEventListener(type, listener));
  }

  private wireButtons() {
    this.toggle.addEventListener('click', () => {
      if (this.record().status === 'read') {
        this.autoAllowed = false;
        this.store.markUnread(this.key);
      } else {
        this.store.markRead(this.key, this.hash);
      }
    });
    this.confirm.addEventListener('click', () => {
      this.store.markRead(this.key, this.hash);
      this.say('已按更新后的内容记为已读');
      this.toggle.focus();
    });
    this.attend?.addEventListener('click', () => void this.toggleAttended());
    this.resume.addEventListener('click', () => this.restorePlace());
  }

  /** 我参加了 records attendance at once; undoing it (已参加 ✓ pressed again) asks first. */
  private async toggleAttended() {
    if (!this.record().attended) {
      this.store.setAttended(this.key, true);
      this.say(`已记为参加，计入 ${this.hours} 学时`);
      return;
    }
    const dialog = this.querySelector<HTMLDialogElement>('[data-confirm-dialog]');
    // The dialog's code loads only when a reader undoes: article pages stay light (npm run bench).
    const ok = dialog
      ? await (
          await import('../../scripts/progress/confirm-dialog.ts')
        ).confirmDialog(dialog, {
          title: '撤销“已参加”？',
          lead: `撤销后，本次培训的 ${this.hours} 学时不再计入您的学时。需要时可以再点“我参加了”。`,
          confirmLabel: '撤销参加',
          cautious: true,
        })
      : window.confirm('撤销“已参加”？');
    if (!ok) return;
    this.store.setAttended(this.key, false);
    this.say('已撤销参加');
  }

  private wireReading() {
    const active = () => this.tracker.input(Date.now());
    for (const type of INPUT_EVENTS) this.on(window, type, active);
    // Scrolling itself is not input: the browser also scrolls on its own (scroll anchoring when
    // the note above changes length), which would keep an idle reader's clock running. Wheel,
    // keys, pointer and touch cover every way a reader scrolls.
    this.on(window, 'scroll', () => this.updateBar());
    this.on(window, 'resize', () => this.updateBar());
    this.on(document, 'visibilitychange', () => {
      const now = Date.now();
      if (document.visibilityState === 'hidden') this.credit(this.tracker.tick(now, true));
      else {
        this.tracker.tick(now, false);
        this.tracker.input(now);
      }
    });
    this.timer = window.setInterval(() => this.onTick(), TICK_MS);
  }

  private onTick() {
    this.credit(this.tracker.tick(Date.now(), document.visibilityState === 'visible'));
    this.evaluate();
  }

  /** Adds active seconds while the entry is not yet read, saving the running total now and then. */
  private credit(seconds: number) {
    if (seconds <= 0 || this.record().status === 'read') return;
    this.store.addActiveSeconds(this.key, seconds);
    this.sinceSave += seconds;
    if (this.sinceSave >= SAVE_EVERY_SECONDS) {
      this.sinceSave = 0;
      this.store.flush();
    }
  }

  private geometry() {
    const rect = this.article?.getBoundingClientRect();
    return {
      scrollY: window.scrollY,
      viewportHeight: window.innerHeight,
      top: (rect?.top ?? 0) + window.scrollY,
      height: rect?.height ?? 0,
    };
  }

  private updateBar() {
    const g = this.geometry();
    const fraction = readFraction(g);
    if (this.bar) this.bar.value = wholePercent(fraction);
    // The end of the text is reached once its marker has shown, or been scrolled past in one jump
    // (End, a fling): 学习心得 and the page's footer follow it.
    const end = document.querySelector('[data-entry-end]');
    if (!this.reachedEnd && (end ? end.getBoundingClientRect().top <= g.viewportHeight : fraction >= 0.99)) {
      this.reachedEnd = true;
      this.evaluate();
    }
    if (!this.resume.hidden && fraction >= this.savedPlace) this.resume.hidden = true;
    if (g.scrollY > 0 && Math.abs(fraction - this.lastSavedScroll) >= 0.01) {
      this.lastSavedScroll = fraction;
      this.store.setScroll(this.key, fraction);
    }
  }

  private offerResume() {
    const current = readFraction(this.geometry());
    if (!worthResuming(this.savedPlace, current)) return;
    if (location.hash === '#continue') {
      this.restorePlace();
      return;
    }
    this.resume.textContent = `继续阅读（上次读到 ${wholePercent(this.savedPlace)}%）`;
    this.resume.hidden = false;
  }

  /** Scrolls back to the saved place and moves keyboard focus to the paragraph there. */
  private restorePlace() {
    const g = this.geometry();
    const top = scrollTopFor(this.savedPlace, g);
    window.scrollTo({ top, behavior: 'instant' });
    this.resume.hidden = true;
    const target = [...(this.article?.querySelectorAll<HTMLElement>('.kb-prose > *') ?? [])].find(
      (node) => node.getBoundingClientRect().top >= 0,
    );
    if (target) {
      if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
      target.focus({ preventScroll: true });
    }
  }

  /** Marks the entry 已读 when the end was reached after enough active reading. */
  private evaluate() {
    const record = this.record();
    if (record.status === 'read' || !this.autoAllowed) {
      this.render();
      return;
    }
    const decision = this.decision();
    if (decision.ok) {
      this.store.markRead(this.key, this.hash);
      this.lastCode = 'auto';
      this.say('已自动记为已读');
      return;
    }
    if (decision.code !== this.lastCode) {
      this.lastCode = decision.code;
      if (decision.code === 'too-fast') this.say(this.reasonText(decision));
    }
    this.render(decision);
  }

  private say(text: string) {
    this.announcer.textContent = text;
  }

  /** Whether the entry may now be marked 已读 by itself, and if not, why. */
  private decision(): AutoReadDecision {
    return canAutoMarkRead({ reachedEnd: this.reachedEnd, activeSeconds: this.record().activeSeconds, chars: this.chars });
  }

  /** Why the entry is not 已读 yet, for the note under the buttons. */
  private reasonText(decision: AutoReadDecision = this.decision()): string {
    if (decision.ok) return '';
    const now = Date.now();
    const paused = document.visibilityState !== 'visible' || this.tracker.idle(now) ? '（一分钟内没有操作，已暂停计时）' : '';
    if (decision.code === 'not-at-end') return `${decision.message}。${paused}`;
    return `已读到文末，${decision.message}才会自动记为已读（按文章长度计算，页面在前台且有操作时才计时）${paused}。`;
  }

  /** The hours hint: what will count before, what counted after. */
  private hoursText(isRead: boolean, attended: boolean): string {
    if (this.attend) {
      return attended
        ? `已记为参加：${this.hours} 学时按培训日期计入您的学时。如记错了，可点“已参加 ✓”撤销。`
        : `参加了本次培训，请点“我参加了”：${this.hours} 学时按培训日期计入您的学时；只阅读本页不计学时。`;
    }
    return isRead ? `已读完，计入 ${this.hours} 学时。` : `读完后计入 ${this.hours} 学时。`;
  }

  /** Shows the record; `decision` when the caller has just made it. */
  private render(decision?: AutoReadDecision) {
    const record = this.record();
    const isRead = record.status === 'read';
    const updated = isUpdatedSince(record, this.hash);
    setText(this.toggle, isRead ? '取消已读' : '标记为已读');
    this.toggle.setAttribute('aria-pressed', String(isRead));
    if (this.attend) {
      this.attend.setAttribute('aria-pressed', String(record.attended));
      setText(this.attend, record.attended ? '已参加 ✓' : '我参加了');
    }
    if (this.hoursNote) setText(this.hoursNote, this.hoursText(isRead, record.attended));
    this.confirm.hidden = !updated;

    const badges = entryBadges(record, this.dataset.collection ?? '', this.hash);
    const signature = badges.map((b) => b.label).join(',');
    if (this.badges.dataset.shown !== signature) {
      this.badges.dataset.shown = signature;
      this.badges.replaceChildren(...badges.map(badge));
    }

    let note: string;
    if (isRead) {
      const ms = parseInstant(record.readAt);
      const when = ms === null ? '' : `（${dayText(dayOfInstant(ms))}）`;
      note = updated ? `已读${when}。本文在您读过之后有更新，读完后可点“确认已读新内容”。` : `已读${when}。`;
    } else if (!this.autoAllowed) {
      note = '已取消已读。需要时请再点“标记为已读”。';
    } else {
      note = this.reasonText(decision);
    }
    setText(this.note, note);
  }
}

function setText(node: HTMLElement, text: string) {
  if (node.textContent !== text) node.textContent = text;
}

if (!customElements.get('kb-entry-progress')) customElements.define('kb-entry-progress', KbEntryProgress);
