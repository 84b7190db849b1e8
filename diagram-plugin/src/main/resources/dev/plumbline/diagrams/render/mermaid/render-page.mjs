// Runs inside each long-lived browser page of the render server; loaded once per page, renders many diagrams.
//
// Keeping mermaid loaded across diagrams is what makes the server fast (a warm page renders a flowchart in about
// half the time of a fresh one), but mermaid keeps some state between renders: module-level id counters
// (sequence actors, class nodes, sankey nodes, Iconify icons) and Math.random (gitGraph commit ids, hand-drawn
// shapes). Both are neutralised here so the same source always gives the same bytes, whatever the page rendered
// before: randomness is re-seeded before every diagram and counter-numbered ids are renumbered canonically.

const SEED = 0x5eed1e55;
let randomState = SEED;
// mulberry32: small, fast, and the same sequence on every machine.
Math.random = () => {
  randomState = (randomState + 0x6d2b79f5) | 0;
  let t = randomState;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const { default: mermaid } = await import("/mermaid/mermaid.esm.min.mjs");
// As mermaid-cli does: ZenUML from its local package, loaded only when a diagram starts with "zenuml".
const { default: zenuml } = await import("/zenuml/mermaid-zenuml.esm.min.mjs");
await mermaid.registerExternalDiagrams([zenuml]);
const container = document.getElementById("container");

function lineOf(error, message) {
  const stated = /on line (\d+)/i.exec(message) ?? /line[: ]+(\d+)/i.exec(message);
  if (stated) return Number(stated[1]);
  const loc = error?.hash?.loc;
  if (loc && Number.isInteger(loc.first_line)) return loc.first_line;
  if (error?.name === "UnknownDiagramError") return 1;
  return 0;
}

// Defence in depth on top of securityLevel "strict": nothing executable survives serialisation.
function disarm(root) {
  for (const node of root.querySelectorAll("script")) node.remove();
  for (const node of [root, ...root.querySelectorAll("*")]) {
    for (const attribute of [...node.attributes]) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.trim().toLowerCase();
      if (name.startsWith("on")) node.removeAttribute(attribute.name);
      else if ((name === "href" || name.endsWith(":href") || name === "src")
          && /^(javascript|vbscript|file|data(?!:image\/(png|gif|jpe?g|webp)))[:;]/.test(value.replace(/\s+/g, ""))) {
        node.removeAttribute(attribute.name);
      }
    }
  }
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Renumbers ids that end in a number: within each family (same text before the number) the numbers are replaced
// by their rank, so a counter that started at 0 or at 37 gives the same ids. Iconify's ids carry a time-based
// prefix and become "<svgId>-icon-<n>". References (url(#..), href="#..", aria ids, <style>) follow.
function canonicaliseIds(root, svgId) {
  const elements = [...root.querySelectorAll("[id]")];
  const families = new Map();
  const icons = [];
  for (const element of elements) {
    const id = element.id;
    if (id.startsWith("IconifyId")) {
      icons.push(id);
      continue;
    }
    const match = /^(.*\D)(\d+)$/.exec(id);
    if (!match) continue;
    if (!families.has(match[1])) families.set(match[1], new Set());
    families.get(match[1]).add(Number(match[2]));
  }
  const renamed = new Map();
  for (const [stem, numbers] of families) {
    [...numbers].sort((a, b) => a - b).forEach((number, rank) => {
      if (number !== rank) renamed.set(stem + number, stem + rank);
    });
  }
  [...new Set(icons)].forEach((id, index) => renamed.set(id, `${svgId}-icon-${index}`));
  for (const [from] of renamed) {
    if (!elements.some((element) => element.id === from)) renamed.delete(from); // e.g. "actor007" vs 7
  }
  if (renamed.size === 0) return;

  const names = [...renamed.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  const inUrl = new RegExp(`(url\\(\\s*["']?#)(${names})(?![\\w-])`, "g");
  const inSelector = new RegExp(`(#)(${names})(?![\\w-])`, "g");
  const whole = new RegExp(`^(#?)(${names})$`);
  const referenceLists = new Set(["aria-labelledby", "aria-describedby", "aria-owns", "aria-controls"]);
  for (const node of [root, ...root.querySelectorAll("*")]) {
    for (const attribute of [...node.attributes]) {
      const name = attribute.name;
      let value = attribute.value;
      if (name === "id" || name === "href" || name.endsWith(":href")) {
        value = value.replace(whole, (_, hash, id) => hash + renamed.get(id));
      } else if (referenceLists.has(name)) {
        value = value.split(/\s+/).map((id) => renamed.get(id) ?? id).join(" ");
      } else {
        value = value.replace(inUrl, (_, head, id) => head + renamed.get(id));
      }
      if (value !== attribute.value) node.setAttribute(name, value);
    }
  }
  for (const style of root.querySelectorAll("style")) {
    style.textContent = style.textContent.replace(inSelector, (_, hash, id) => hash + renamed.get(id))
      .replace(inUrl, (_, head, id) => head + renamed.get(id));
  }
}

window.__plumblineRender = async (svgId, definition, config) => {
  // Re-initialised for every diagram so one diagram's directives or front matter cannot leak into the next.
  mermaid.initialize(config);
  randomState = SEED;
  try {
    const { svg } = await mermaid.render(svgId, definition);
    container.innerHTML = svg;
    const element = container.querySelector("svg");
    if (!element) return { ok: false, line: 0, message: "mermaid produced no <svg> element" };
    element.style.backgroundColor = config.plumblineBackground;
    disarm(element);
    canonicaliseIds(element, svgId);
    // innerHTML is HTML; XMLSerializer gives well-formed XML (e.g. <br/> inside foreignObject labels).
    return { ok: true, svg: new XMLSerializer().serializeToString(element) };
  } catch (error) {
    const message = String(error?.message ?? error);
    return { ok: false, line: lineOf(error, message), message };
  } finally {
    container.replaceChildren();
    for (const stray of document.querySelectorAll("body > :not(#container):not(script)")) stray.remove();
  }
};
await Promise.all(Array.from(document.fonts, (font) => font.load()));
await document.fonts.ready;
window.__plumblineReady = "ok";
