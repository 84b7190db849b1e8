// Runs inside each long-lived browser page of the render server; loaded once per page.
import mermaid from "/mermaid/mermaid.esm.min.mjs";
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

window.__plumblineRender = async (svgId, definition, config) => {
  // Re-initialised for every diagram so one diagram's directives or front matter cannot leak into the next.
  mermaid.initialize(config);
  try {
    const { svg } = await mermaid.render(svgId, definition);
    container.innerHTML = svg;
    const element = container.querySelector("svg");
    if (!element) return { ok: false, line: 0, message: "mermaid produced no <svg> element" };
    element.style.backgroundColor = config.plumblineBackground;
    disarm(element);
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
