import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Marked } from 'marked';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it). */
export const CHROMIUM = '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const require = createRequire(import.meta.url);
const MERMAID_JS = join(dirname(require.resolve('mermaid/package.json')), 'dist', 'mermaid.min.js');
const MARKDOWN_CSS = require.resolve('github-markdown-css/github-markdown-light.css');

/** One ```mermaid block as the page drew it. */
export interface RenderedChart {
  /** The chart's `title` line, for messages. */
  readonly title: string;
  /** An svg was drawn and it is not Mermaid's "Syntax error" picture. */
  readonly ok: boolean;
  readonly error?: string;
  /** The stroke colours of the drawn lines. */
  readonly lineColours: readonly string[];
}

export interface RenderedComment {
  /** Height of the comment body in CSS pixels, every <details> closed. */
  readonly closedHeight: number;
  /** Height with every <details> open. */
  readonly openHeight: number;
  /** With every fold open, the first element wider than the page (tables, text; code blocks scroll by design), or null. */
  readonly overflow: string | null;
  readonly charts: readonly RenderedChart[];
}

export interface RenderOptions {
  readonly width: number;
  /** Writes `${screenshot}-closed.png` and `${screenshot}-open.png` (full page). */
  readonly screenshot?: string;
  /** With `screenshot`, also each chart alone as `${screenshot}-chartN.png`. */
  readonly chartShots?: boolean;
  /** Device pixels per CSS pixel of the screenshots; default 1. */
  readonly scale?: number;
}

export interface GithubRenderer {
  render(markdown: string, options: RenderOptions): Promise<RenderedComment>;
  close(): Promise<void>;
}

/**
 * GitHub's rendering of a comment, as near as a test can have it offline: GitHub-flavoured
 * Markdown (marked, gfm), github-markdown-css (light), and every ```mermaid block drawn by the
 * `mermaid` package in headless Chromium. Nothing is fetched from the network.
 */
export async function openGithubRenderer(): Promise<GithubRenderer> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const css = readFileSync(MARKDOWN_CSS, 'utf8');
  const mermaidJs = readFileSync(MERMAID_JS, 'utf8');
  const marked = new Marked({ gfm: true });
  return {
    async render(markdown, options) {
      const page = await browser.newPage({
        viewport: { width: options.width, height: 100 },
        deviceScaleFactor: options.scale ?? 1,
      });
      try {
        await page.route('**/*', (route) => route.abort());
        const html = await marked.parse(markdown);
        await page.setContent(
          `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style><style>body{margin:0;background:#fff}.markdown-body{box-sizing:border-box;padding:16px;}</style></head><body><article class="markdown-body">${html}</article></body></html>`,
        );
        await page.addScriptTag({ content: mermaidJs });
        await page.addScriptTag({ content: PAGE_SCRIPT });
        const charts = (await page.evaluate('window.__drawCharts()')) as RenderedChart[];
        const measure = async () =>
          (await page.evaluate('document.querySelector(".markdown-body").offsetHeight')) as number;
        const closedHeight = await measure();
        if (options.screenshot)
          await page.screenshot({ path: `${options.screenshot}-closed.png`, fullPage: true });
        await page.evaluate('for (const d of document.querySelectorAll("details")) d.open = true');
        const openHeight = await measure();
        const overflow = (await page.evaluate('window.__overflow()')) as string | null;
        if (options.screenshot) {
          await page.screenshot({ path: `${options.screenshot}-open.png`, fullPage: true });
          const drawn = options.chartShots ? await page.$$('.markdown-body svg[id^="chart"]') : [];
          for (const [i, svg] of drawn.entries())
            await svg.screenshot({ path: `${options.screenshot}-chart${i + 1}.png` });
        }
        return { closedHeight, openHeight, overflow, charts };
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/**
 * Runs in the page (plain JavaScript, so no compiler helper leaks in): `__drawCharts()` replaces
 * each mermaid code block by its svg, as GitHub does; `__overflow()` names the first element
 * wider than the page, other than a code block (which scrolls by design) or a closed fold.
 */
const PAGE_SCRIPT = String.raw`
window.__drawCharts = async () => {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
  const out = [];
  const blocks = [...document.querySelectorAll('pre > code.language-mermaid')];
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i].textContent || '';
    const title = (/title "([^"]*)"/.exec(text) || [])[1] || 'chart ' + (i + 1);
    const holder = document.createElement('div');
    blocks[i].parentElement.replaceWith(holder);
    try {
      const { svg } = await mermaid.render('chart' + i, text);
      holder.innerHTML = svg;
      const broken = !holder.querySelector('svg') || /Syntax error/i.test(holder.textContent || '');
      const colours = [...holder.querySelectorAll('[class*="line-plot"] path')].map((p) => p.getAttribute('stroke') || '');
      out.push({ title, ok: !broken, ...(broken ? { error: 'Syntax error' } : {}), lineColours: [...new Set(colours)] });
    } catch (error) {
      // Mermaid leaves its error picture in a scratch element of the body; GitHub shows it in place.
      for (const left of document.querySelectorAll('body > [id^="dchart"]')) left.remove();
      holder.textContent = 'Mermaid: ' + String(error);
      out.push({ title, ok: false, error: String((error && error.message) || error), lineColours: [] });
    }
  }
  return out;
};
window.__overflow = () => {
  const width = document.documentElement.clientWidth;
  for (const el of document.querySelectorAll('.markdown-body *')) {
    if (el.closest('pre') || el.closest('details:not([open])')) continue;
    const box = el.getBoundingClientRect();
    const scrolls = el.scrollWidth > el.clientWidth + 1;
    if (box.right > width + 1 || (el.tagName === 'TABLE' && scrolls))
      return '<' + el.tagName.toLowerCase() + '> ' + (el.textContent || '').slice(0, 80) + ' (right edge ' + Math.round(box.right) + ' px, scroll width ' + el.scrollWidth + ' px)';
  }
  return null;
};
`;

export const chromiumPresent = (): boolean => existsSync(CHROMIUM);
