// Plumbline Mermaid render server. Started once per build by MermaidRenderer (Java).
//
// One headless browser, a fixed pool of long-lived pages. Each page loads mermaid (the copy that
// @mermaid-js/mermaid-cli depends on, so output matches what that mmdc version renders) exactly once,
// then renders any number of diagrams. mermaid-cli's own renderMermaid() opens and closes a page per
// diagram and re-imports mermaid each time, which is the cost this server exists to avoid.
//
// Protocol on stdin/stdout, frames of: ASCII header line "<TYPE> <id> <byteLength>\n" + UTF-8 body.
//   in : RENDER id len  body "<svgId>\n<definition>"   |  STATS id 0  |  QUIT 0 0 (or EOF)
//   out: READY 0 len    body "key=value" lines         |  SVG id len body svg
//        ERROR id len   body "line=<n>\n<message>"     |  STATS id len "key=value" lines
//        FATAL 0 len    body message, then exit 1
// Anything for humans goes to stderr; stdout carries frames only.

import fs from "node:fs";
import path from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";

const ORIGIN = "https://plumbline-render.invalid";

const args = parseArgs(process.argv.slice(2));
const stats = { browserLaunches: 0, pagesCreated: 0, renders: 0, failures: 0, blockedRequests: 0, browserPid: 0 };
const out = process.stdout;

// The Java side keeps stdin open for as long as it wants this server. Its end without a QUIT (the JVM died, even
// by SIGKILL) or a new parent pid (this process was orphaned) means nobody will read what is rendered: kill the
// browser and exit now, rather than finish the work and leave a browser behind.
let browserProcess = null;
let quitRequested = false;
const parentPid = process.ppid;
function orphaned() {
  try {
    browserProcess?.kill("SIGKILL");
  } catch {
    // already gone
  }
  process.exit(1);
}
process.stdin.on("end", () => {
  if (!quitRequested) orphaned();
});
process.stdin.resume();
setInterval(() => {
  if (process.ppid !== parentPid) orphaned();
}, 250).unref();

function parseArgs(argv) {
  const parsed = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
      throw new Error(`bad argument list near ${argv[i]}`);
    }
    parsed[argv[i].slice(2)] = argv[i + 1];
  }
  for (const required of ["mermaid-cli", "browser"]) {
    if (!parsed[required]) throw new Error(`missing --${required}`);
  }
  return {
    cliDir: parsed["mermaid-cli"],
    browser: parsed.browser,
    pages: Math.max(1, Number(parsed.pages ?? 2)),
    timeoutMs: Math.max(100, Number(parsed["timeout-ms"] ?? 60000)),
    userDataDir: parsed["user-data-dir"],
    theme: parsed.theme ?? "default",
    background: parsed.background ?? "white",
    maxTextSize: Math.max(1, Number(parsed["max-text-size"] ?? 50000)),
  };
}

function writeFrame(type, id, body) {
  const bytes = Buffer.from(body ?? "", "utf8");
  out.write(Buffer.concat([Buffer.from(`${type} ${id} ${bytes.length}\n`, "ascii"), bytes]));
}

function fatal(message) {
  writeFrame("FATAL", 0, message);
  out.end(() => process.exit(1));
  setTimeout(() => process.exit(1), 2000).unref();
}

// Bare-specifier lookup the way Node does it for the CLI's own imports: walk up node_modules dirs.
function packageDir(name, fromDir) {
  let dir = path.resolve(fromDir);
  for (;;) {
    const candidate = path.join(dir, "node_modules", ...name.split("/"));
    if (fs.existsSync(path.join(candidate, "package.json"))) return fs.realpathSync(candidate);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find package ${name} from ${fromDir}`);
    dir = parent;
  }
}

function esmEntry(dir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  let entry = pkg.exports?.["."] ?? pkg.exports;
  while (entry && typeof entry === "object") entry = entry.import ?? entry.default;
  return path.join(dir, typeof entry === "string" ? entry : pkg.main ?? "index.js");
}

// Files the page may load, all read from local packages: nothing leaves the machine.
function staticRoutes(cliDir) {
  const mermaidDir = packageDir("mermaid", cliDir);
  const fontDir = packageDir("@fontsource/open-sans", cliDir);
  // ZenUML is an external diagram: mermaid-cli depends on @mermaid-js/mermaid-zenuml and registers it itself.
  const zenumlDir = packageDir("@mermaid-js/mermaid-zenuml", cliDir);
  return {
    mermaidVersion: JSON.parse(fs.readFileSync(path.join(mermaidDir, "package.json"), "utf8")).version,
    roots: { "/mermaid/": path.join(mermaidDir, "dist"), "/fonts/": fontDir, "/zenuml/": path.join(zenumlDir, "dist") },
  };
}

const CONTENT_TYPES = {
  ".mjs": "application/javascript", ".js": "application/javascript", ".css": "text/css;charset=UTF-8",
  ".woff2": "font/woff2", ".woff": "font/woff", ".map": "application/json",
};

const INDEX_HTML = `<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="/fonts/400.css"><link rel="stylesheet" href="/fonts/700.css">
</head><body><div id="container"></div>
<script type="module" src="/page/render-page.mjs"></script>
</body></html>`;

// Opening a page loads mermaid and its fonts: on a busy machine that can take longer than one diagram may.
const PAGE_OPEN_MS = Math.max(args.timeoutMs, 120000);

const PAGE_SCRIPT = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "render-page.mjs"));

async function importFrom(dir) {
  return import(pathToFileURL(esmEntry(dir)).href);
}

let shuttingDown = false;

async function main() {
  const cliDir = path.resolve(args.cliDir);
  const routes = staticRoutes(cliDir);
  const puppeteerModule = await importFrom(packageDir("puppeteer", cliDir));
  const puppeteer = puppeteerModule.default ?? puppeteerModule;

  const browser = await puppeteer.launch({
    executablePath: args.browser,
    headless: "shell",
    userDataDir: args.userDataDir,
    pipe: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--font-render-hinting=none",
      // Maglev is V8's top tier here: TurboFan's background compiles cost about a quarter of the renderer's worker
      // CPU in a build's one cold round and were not earned back, warm diagrams included (bench/README.md).
      "--js-flags=--max-opt=2",
    ],
  });
  stats.browserLaunches += 1;
  browserProcess = browser.process();
  stats.browserPid = browserProcess?.pid ?? 0;
  browser.on("disconnected", () => {
    if (!shuttingDown) fatal("the browser exited unexpectedly");
  });

  const config = {
    startOnLoad: false,
    securityLevel: "strict",
    deterministicIds: true,
    theme: args.theme,
    fontFamily: '"Open Sans", sans-serif',
    themeVariables: { fontFamily: '"Open Sans", sans-serif' },
    suppressErrorRendering: true,
    maxTextSize: args.maxTextSize,
    // A "today" line would make a Gantt chart's bytes depend on the day it was rendered.
    gantt: { todayMarker: "off" },
    plumblineBackground: args.background,
  };

  async function openPage() {
    const page = await browser.newPage();
    stats.pagesCreated += 1;
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warn") process.stderr.write(`[page] ${message.text()}\n`);
    });
    page.on("pageerror", (error) => process.stderr.write(`[page error] ${error?.message ?? error}\n`));
    page.on("requestfailed", (request) => process.stderr.write(`[request failed] ${request.url()}\n`));
    await page.setRequestInterception(true);
    page.on("request", (request) => serve(request, routes));
    await page.goto(`${ORIGIN}/index.html`, { waitUntil: "load", timeout: PAGE_OPEN_MS });
    await page.waitForFunction(() => window.__plumblineReady === "ok", { timeout: PAGE_OPEN_MS });
    return page;
  }

  // Each slot is one page rendering one diagram at a time; `page` is null after a hang or crash until the next
  // diagram that gets the slot opens a fresh one. So the diagram that overran reports at once, and a replacement
  // that cannot open fails only the diagram waiting for it, never the whole server.
  const idle = [];
  for (let i = 0; i < args.pages; i++) idle.push({ page: await openPage() });
  const waiting = [];
  const acquire = () => (idle.length ? Promise.resolve(idle.pop()) : new Promise((resolve) => waiting.push(resolve)));
  const release = (slot) => (waiting.length ? waiting.shift()(slot) : idle.push(slot));

  async function render(svgId, definition) {
    const slot = await acquire();
    try {
      if (!slot.page) slot.page = await openPage();
      let timer;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`rendering took longer than ${args.timeoutMs} ms`)), args.timeoutMs);
      });
      try {
        return await Promise.race([
          slot.page.evaluate((id, text, cfg) => window.__plumblineRender(id, text, cfg), svgId, definition, config),
          timeout,
        ]);
      } finally {
        clearTimeout(timer);
      }
    } catch (error) {
      const broken = slot.page;
      slot.page = null;
      if (broken) await broken.close().catch(() => {});
      return { ok: false, line: 0, message: String(error?.message ?? error) };
    } finally {
      release(slot);
    }
  }

  const version = await browser.version();
  writeFrame("READY", 0,
    `browser=${version}\nmermaid=${routes.mermaidVersion}\npages=${args.pages}\nbrowserPid=${stats.browserPid}\n`);

  const inFlight = new Set();
  async function shutdown() {
    if (shuttingDown) return;
    shuttingDown = true;
    await Promise.allSettled(inFlight);
    await browser.close().catch(() => {});
    out.end(() => process.exit(0));
  }

  readFrames(process.stdin, (type, id, body) => {
    if (type === "RENDER") {
      const newline = body.indexOf("\n");
      const svgId = newline < 0 ? "" : body.slice(0, newline);
      const definition = newline < 0 ? body : body.slice(newline + 1);
      const job = render(svgId, definition)
        .catch((error) => ({ ok: false, line: 0, message: String(error?.message ?? error) }))
        .then((result) => {
          stats.renders += 1;
          if (result.ok) {
            writeFrame("SVG", id, result.svg);
          } else {
            stats.failures += 1;
            writeFrame("ERROR", id, `line=${result.line}\n${result.message}`);
          }
        }).finally(() => inFlight.delete(job));
      inFlight.add(job);
    } else if (type === "STATS") {
      writeFrame("STATS", id, Object.entries(stats).map(([k, v]) => `${k}=${v}\n`).join(""));
    } else if (type === "QUIT") {
      quitRequested = true;
      shutdown();
    } else {
      writeFrame("ERROR", id, `line=0\nunknown request type ${type}`);
    }
  }, shutdown);

  function serve(request, { roots }) {
    const url = request.url();
    if (url.startsWith("data:")) return request.continue();
    if (url.startsWith(ORIGIN + "/")) {
      const pathname = decodeURIComponent(new URL(url).pathname);
      if (pathname === "/index.html") {
        return request.respond({ status: 200, contentType: "text/html;charset=UTF-8", body: INDEX_HTML });
      }
      if (pathname === "/page/render-page.mjs") {
        return request.respond({ status: 200, contentType: "application/javascript", body: PAGE_SCRIPT });
      }
      for (const [prefix, root] of Object.entries(roots)) {
        if (!pathname.startsWith(prefix)) continue;
        const file = path.resolve(root, "." + pathname.slice(prefix.length - 1));
        const type = CONTENT_TYPES[path.extname(file)];
        if (type && file.startsWith(root + path.sep) && fs.existsSync(file)) {
          return request.respond({ status: 200, contentType: type, body: fs.readFileSync(file) });
        }
      }
      process.stderr.write(`[not found] ${pathname}\n`);
      return request.respond({ status: 404, contentType: "text/plain", body: "not found" });
    }
    // Rendering is offline by contract: anything else (http, https, file, ws...) is refused.
    stats.blockedRequests += 1;
    process.stderr.write(`[blocked] ${url}\n`);
    return request.abort("blockedbyclient");
  }
}

function readFrames(stream, onFrame, onEnd) {
  let buffer = Buffer.alloc(0);
  stream.on("data", (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const newline = buffer.indexOf(10);
      if (newline < 0) return;
      const [type, id, length] = buffer.subarray(0, newline).toString("ascii").split(" ");
      const size = Number(length);
      if (!Number.isInteger(size) || size < 0) {
        fatal(`malformed frame header`);
        return;
      }
      if (buffer.length < newline + 1 + size) return;
      const body = buffer.subarray(newline + 1, newline + 1 + size).toString("utf8");
      buffer = buffer.subarray(newline + 1 + size);
      onFrame(type, id, body);
    }
  });
  stream.on("end", onEnd);
}

main().catch((error) => fatal(String(error?.stack ?? error)));
