import { CACHES, type OfflineManifest } from '../lib/offline/caches.ts';
import { pageKey } from '../lib/offline/routes.ts';
import { pageResources } from '../lib/offline/resources.ts';
import { eachAtOnce } from '../lib/each-at-once.ts';

/** Files saved at once. */
const PARALLEL = 4;

/**
 * <kb-offline-save>: 离线保存 on 我的学习. Saves a plan's pages (or every page of the site)
 * with what they need into the caches the service worker reads, so they open without network.
 */
class KbOfflineSave extends HTMLElement {
  private status!: HTMLElement;
  private select!: HTMLSelectElement;
  private buttons!: HTMLButtonElement[];
  private manifest: OfflineManifest | null = null;

  connectedCallback() {
    this.status = this.querySelector('[data-offline-status]')!;
    this.select = this.querySelector('select')!;
    this.buttons = [...this.querySelectorAll<HTMLButtonElement>('button[data-offline]')];
    if (!('caches' in window) || !window.isSecureContext) {
      this.say('此浏览器或当前访问方式不支持离线保存（需要通过 https 或本机地址访问）。');
      for (const b of this.buttons) b.disabled = true;
      return;
    }
    for (const b of this.buttons) b.addEventListener('click', () => this.save(b.dataset.offline === 'site'));
    this.loadManifest().then((m) => {
      if (!m) return;
      for (const [plan] of Object.entries(m.plans)) {
        const option = document.createElement('option');
        option.value = plan;
        option.textContent = this.select.querySelector(`option[value="${CSS.escape(plan)}"]`)?.textContent ?? plan;
        if (!this.select.querySelector(`option[value="${CSS.escape(plan)}"]`)) this.select.append(option);
      }
    });
  }

  private say(text: string) {
    this.status.textContent = text;
  }

  private async loadManifest(): Promise<OfflineManifest | null> {
    if (this.manifest) return this.manifest;
    try {
      const base = document.documentElement.dataset.base ?? '/';
      const response = await fetch(`${base}offline-manifest.json`, { cache: 'no-cache' });
      this.manifest = (await response.json()) as OfflineManifest;
      return this.manifest;
    } catch {
      this.say('无法读取离线清单，请在联网时重试。');
      return null;
    }
  }

  /**
   * Asks the service worker to keep the search index now (it otherwise waits until the reader is
   * idle), so a saved plan or site can be searched offline. Resolves to whether the copy is
   * complete, or null when no service worker is in charge of this page.
   */
  private keepSearchIndex(): Promise<boolean | null> {
    const worker = navigator.serviceWorker?.controller;
    const type = this.dataset.keepMessage;
    if (!worker || !type) return Promise.resolve(null);
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.addEventListener('message', (event) => resolve((event.data as { complete?: unknown } | null)?.complete === true), {
        once: true,
      });
      channel.port1.start();
      worker.postMessage({ type }, [channel.port2]);
    });
  }

  private async save(site: boolean) {
    const manifest = await this.loadManifest();
    if (!manifest) return;
    const searchKept = this.keepSearchIndex();
    const plan = this.select.value;
    const pages = site ? manifest.pages : [plan, ...(manifest.plans[plan] ?? [])];
    const extra = site ? manifest.search : [];
    for (const b of this.buttons) b.disabled = true;
    const pagesCache = await caches.open(CACHES.pages);
    const assetsCache = await caches.open(CACHES.assets);
    const searchCache = await caches.open(CACHES.search);
    let done = 0;
    let failed = 0;
    const total = pages.length + extra.length;
    const counted = () => {
      done += 1;
      this.say(`正在保存：${done} / ${total}`);
    };
    const resources = new Set<string>();
    await eachAtOnce(pages, PARALLEL, async (path) => {
      try {
        const url = new URL(path, location.origin);
        const response = await fetch(url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(String(response.status));
        const html = await response.clone().text();
        await pagesCache.put(pageKey(url), response);
        for (const r of pageResources(html, url.href)) resources.add(r);
      } catch {
        failed += 1;
      }
      counted();
    });
    await eachAtOnce(extra, PARALLEL, async (path) => {
      const url = new URL(path, location.origin).href;
      if (!(await searchCache.match(url))) await searchCache.add(url).catch(() => (failed += 1));
      counted();
    });
    await eachAtOnce([...resources], PARALLEL, async (url) => {
      if (!(await assetsCache.match(url))) await assetsCache.add(url).catch(() => (failed += 1));
    });
    if ((await searchKept) === false) failed += 1;
    for (const b of this.buttons) b.disabled = false;
    const what = site ? '全站内容' : '本计划的内容';
    this.say(
      failed
        ? `已保存${what}，其中 ${failed} 个文件未能保存，请在网络正常时重试。`
        : `已保存${what}（${pages.length} 个页面），离线时也可以阅读。`,
    );
  }
}

if (!customElements.get('kb-offline-save')) customElements.define('kb-offline-save', KbOfflineSave);
