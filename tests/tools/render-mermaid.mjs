// Renders every ```mermaid block of the given Markdown files with Mermaid in headless Chromium
// (Debian's chromium), as GitHub and GitLab do, and checks what it drew: one bar per task line,
// one milestone per milestone line, and each bar's text the task's name with the entity codes
// (#58; ...) shown as the characters they stand for.
// Usage: node tests/tools/render-mermaid.mjs FILE.md...   (exit 1 on the first failure)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const mermaidScript = require.resolve("mermaid/dist/mermaid.min.js");
const chromium = process.env.CHROMIUM || "/usr/bin/chromium";

function blocks(text) {
  const out = [];
  const re = /^```mermaid\n([\s\S]*?)^```$/gm;
  for (let m; (m = re.exec(text)) !== null; ) out.push(m[1]);
  return out;
}

function decode(name) {
  return name.replace(/#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)));
}

/// What the chart source says should be drawn: the task names and the number of milestones.
function expected(source) {
  const tasks = [];
  let milestones = 0;
  for (const line of source.split("\n")) {
    const m = /^(.+?) :(.*)$/.exec(line);
    if (!m || /^(title|section|dateFormat|axisFormat) /.test(line)) continue;
    if (m[2].startsWith("milestone")) milestones++;
    else tasks.push(decode(m[1]).trim());
  }
  return { tasks, milestones };
}

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
let failures = 0;
let charts = 0;
try {
  const page = await browser.newPage();
  await page.setContent("<!doctype html><html><body><div id=out></div></body></html>");
  await page.addScriptTag({ path: mermaidScript });
  await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict" }));
  for (const file of process.argv.slice(2)) {
    const sources = blocks(readFileSync(file, "utf8"));
    if (sources.length !== 1) {
      console.error(`${file}: ${sources.length} mermaid blocks, expected 1`);
      failures++;
      continue;
    }
    for (const source of sources) {
      charts++;
      const drawn = await page.evaluate(async (src, id) => {
        try {
          const { svg } = await window.mermaid.render(id, src);
          const div = document.getElementById("out");
          div.innerHTML = svg;
          const rects = [...div.querySelectorAll("rect")].filter((r) =>
            /\btask\b/.test(r.getAttribute("class") || ""));
          const milestones = rects.filter((r) => /milestone/.test(r.getAttribute("class"))).length;
          const texts = [...div.querySelectorAll("text")]
            .filter((t) => /taskText/.test(t.getAttribute("class") || ""))
            .map((t) => t.textContent.trim());
          return { ok: true, bars: rects.length - milestones, milestones, texts };
        } catch (e) {
          return { ok: false, error: String(e && e.message ? e.message : e) };
        }
      }, source, `chart${charts}`);
      const want = expected(source);
      if (!drawn.ok) {
        console.error(`${file}: Mermaid cannot render the chart: ${drawn.error}`);
        failures++;
        continue;
      }
      const problems = [];
      if (drawn.bars !== want.tasks.length) problems.push(`${drawn.bars} bars, expected ${want.tasks.length}`);
      if (drawn.milestones !== want.milestones) problems.push(`${drawn.milestones} milestones, expected ${want.milestones}`);
      for (const name of want.tasks) {
        if (!drawn.texts.includes(name)) problems.push(`no bar reads "${name}"`);
      }
      if (problems.length > 0) {
        console.error(`${file}: ${problems.join("; ")}`);
        failures++;
      }
    }
  }
} finally {
  await browser.close();
}
console.log(`render-mermaid: ${charts} charts rendered, ${failures} failures`);
process.exit(failures === 0 ? 0 : 1);
