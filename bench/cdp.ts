/**
 * Chromium driven through the DevTools protocol alone, for the timed searches. Playwright turns on
 * the protocol's network reporting for every page and worker, so each request a search makes also
 * becomes events that Chromium serialises and Playwright parses, on the same two cores the search
 * runs on; the same queries on the same build took 10–35 % longer under Playwright
 * (bench/README.md, round 5). A reader's browser has no DevTools attached, so the clock runs here,
 * where only the page's load event and script evaluation are used.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a search driver needs of a page: open an address, and run a function in it. */
export interface BenchPage {
  /** Opens `url` and waits for its load event; resolves to the HTTP status of the document. */
  goto(url: string): Promise<number | undefined>;
  /** Runs `fn(arg)` in the page (a function without closures: it is sent as source text). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

interface Message {
  id?: number;
  method?: string;
  sessionId?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export interface CdpBrowser {
  /** A page in a browser context of its own (no service worker or cache from another page). */
  newPage(): Promise<BenchPage & { close(): Promise<void> }>;
  close(): Promise<void>;
}

export async function launchCdpBrowser(executablePath: string, args: readonly string[]): Promise<CdpBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'xxyd-bench-chromium-'));
  const chrome: ChildProcess = spawn(
    executablePath,
    ['--headless', ...args, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open its DevTools port: ${seen.slice(-300)}`)), 30_000);
    chrome.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    chrome.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before opening its DevTools port: ${seen.slice(-300)}`)));
  });
  const socket = new WebSocket(endpoint);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error('could not connect to Chromium')), { once: true });
  });

  let lastId = 0;
  const pending = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  const listeners = new Set<(m: Message) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as Message;
    if (message.id !== undefined) {
      const call = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) call?.reject(new Error(message.error.message));
      else call?.resolve(message.result ?? {});
    } else {
      for (const listen of listeners) listen(message);
    }
  });
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  const nextEvent = (method: string, sessionId: string) =>
    new Promise<void>((resolve) => {
      const listen = (m: Message) => {
        if (m.method === method && m.sessionId === sessionId) {
          listeners.delete(listen);
          resolve();
        }
      };
      listeners.add(listen);
    });

  return {
    async newPage() {
      const { browserContextId } = await send('Target.createBrowserContext');
      const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
      const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
      await send('Page.enable', {}, sessionId);
      const evaluate = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
        const reply = (await send(
          'Runtime.evaluate',
          { expression: `(${fn.toString()})(${JSON.stringify(arg)})`, awaitPromise: true, returnByValue: true },
          sessionId,
        )) as {
          result: { value: R };
          exceptionDetails?: { text: string; exception?: { description?: string } };
        };
        if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
        return reply.result.value;
      };
      return {
        async goto(url) {
          const loaded = nextEvent('Page.loadEventFired', sessionId);
          const { errorText } = (await send('Page.navigate', { url }, sessionId)) as { errorText?: string };
          if (errorText) throw new Error(`could not open ${url}: ${errorText}`);
          await loaded;
          return evaluate(
            () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.responseStatus,
            null,
          );
        },
        evaluate,
        async close() {
          await send('Target.disposeBrowserContext', { browserContextId });
        },
      };
    },
    async close() {
      socket.close();
      chrome.kill();
      await new Promise((resolve) => (chrome.exitCode !== null ? resolve(undefined) : chrome.once('exit', resolve)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
