// Lighthouse (mobile preset) on /login and Today of a running Helmsman, in Debian's Chromium.
// Usage: node measure.mjs <base-url> <email> <password> [setup-token]
//   With a setup token (a fresh database) it creates the admin first, then signs in as that account.
// Needs lighthouse from the npm registry (npm i lighthouse in a folder outside the repository; run.sh does it),
// CHROME_PATH=/usr/bin/chromium. Prints one line per run, the median of Today's runs, and writes the full reports next to this script (*.report.json).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';
import { writeFileSync } from 'node:fs';

const [base, email, password, token] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const out = process.env.OUT_DIR || '.';
try {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  const page = await browser.newPage();
  const idle = () => page.waitForFunction(() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
      && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()), { timeout: 30000 });
  const fill = async (label, value) => {
    await page.evaluate((l, v) => {
      const field = [...document.querySelectorAll('vaadin-text-field, vaadin-email-field, vaadin-password-field')]
        .find(f => f.label === l);
      field.value = v;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }, label, value);
  };
  if (token) {
    await page.goto(`${base}/setup`, { waitUntil: 'networkidle0' });
    await idle();
    await fill('Setup token', token);
    await fill('Admin email', email);
    await fill('Name', 'Lighthouse');
    await fill('Password', password);
    await idle();
    await page.evaluate(() => [...document.querySelectorAll('vaadin-button')].find(b => b.textContent.includes('Create admin')).click());
    await page.waitForFunction(() => location.pathname !== '/setup' || !document.querySelector('vaadin-text-field'), { timeout: 30000 });
  }
  // Lighthouse measures a cold, signed-out /login first (storage reset), then Today signed in.
  const scores = [];
  const run = async (url, name, keepStorage) => {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', disableStorageReset: keepStorage,
      onlyCategories: ['performance', 'accessibility', 'best-practices'] });
    writeFileSync(`${out}/${name}.report.json`, result.report);
    const c = result.lhr.categories, a = result.lhr.audits;
    scores.push({ name, performance: Math.round(c.performance.score * 100), tbt: Math.round(a['total-blocking-time'].numericValue),
      benchmarkIndex: result.lhr.environment.benchmarkIndex });
    console.log(`${name}: performance ${Math.round(c.performance.score * 100)}, accessibility ${Math.round(c.accessibility.score * 100)},`
      + ` best practices ${Math.round(c['best-practices'].score * 100)}; FCP ${a['first-contentful-paint'].displayValue},`
      + ` LCP ${a['largest-contentful-paint'].displayValue}, TBT ${a['total-blocking-time'].displayValue}, CLS ${a['cumulative-layout-shift'].displayValue}`);
    for (const [id, audit] of Object.entries(a)) {
      if (audit.score !== null && audit.score < 1 && ['binary', 'numeric'].includes(audit.scoreDisplayMode)
          && (result.lhr.categories.accessibility.auditRefs.concat(result.lhr.categories['best-practices'].auditRefs)).some(r => r.id === id)) {
        console.log(`  failing: ${id}: ${audit.title}`);
      }
    }
  };
  await run(`${base}/login`, 'login', false);
  // the sign-in page is plain HTML (ADR 0030): no Vaadin client to wait for
  await page.goto(`${base}/login`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('input[name=username]');
  await page.type('input[name=username]', email);
  await page.type('input[name=password]', password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
  // Today TODAY_RUNS times (default 7) in the same signed-in browser: one run spreads over several points on a
  // 2-CPU machine, so the figure to compare is the median. The bundle is in the browser's cache from the setup page.
  const runs = Number(process.env.TODAY_RUNS || 7);
  for (let i = 1; i <= runs; i++) {
    await run(`${base}/`, `today-${i}`, true);
  }
  const today = scores.filter(s => s.name.startsWith('today-'));
  const median = key => today.map(s => s[key]).sort((x, y) => x - y)[Math.floor(today.length / 2)];
  console.log(`Today, ${today.length} runs: performance median ${median('performance')} (${Math.min(...today.map(s => s.performance))}-`
    + `${Math.max(...today.map(s => s.performance))}), TBT median ${median('tbt')} ms; Lighthouse's CPU benchmark index ${median('benchmarkIndex')}`);
  await browser.disconnect();
} finally {
  await chrome.kill();
}
