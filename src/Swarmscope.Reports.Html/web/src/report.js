// The interactive parts of a Swarmscope report: the coordination network (sigma.js on WebGL, with coordinates
// computed in C# and embedded, so no physics runs here) and the account panel with its evidence. Every table of the
// report is plain HTML written by the C# side; this script only adds to it, so a browser without WebGL (or without
// scripts) still shows every finding. Post texts are hostile input: they reach the page only through textContent.
import Graph from "graphology";
import Sigma from "sigma";

const state = { data: null, sigma: null, graph: null, cluster: -1, account: -1, hovered: -1 };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "href") { if (/^https?:\/\//i.test(v)) node.setAttribute("href", v); }
      else node.setAttribute(k, String(v));
    }
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
  return node;
}

function formatDt(seconds) {
  const s = Math.abs(seconds);
  if (s < 1) return `${Math.round(s * 1000)} ms`;
  if (s < 120) return `${+s.toFixed(1)} s`;
  if (s < 7200) return `${+(s / 60).toFixed(1)} min`;
  return `${+(s / 3600).toFixed(1)} h`;
}

function postCard(index) {
  const d = state.data;
  const p = d.posts[index];
  if (!p) return el("div", { class: "post missing" }, "post not in this report");
  const [, time, kind, text, url, source, utc, label] = p;
  const head = el("div", { class: "post-head" },
    el("span", { class: "handle" }, label), " · ", el("time", { datetime: utc }, time), " · ", kind);
  const body = el("div", { class: "post-text" }, text === null ? "(no text)" : text);
  const foot = el("div", { class: "post-foot" },
    url ? el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original") : null,
    url && source ? " · " : null,
    source ? el("span", { class: "source" }, source) : null);
  return el("div", { class: "post" }, head, body, foot);
}

function showAccount(i) {
  const d = state.data;
  const a = d.accounts[i];
  const panel = document.getElementById("account-panel");
  if (!a || !panel) return;
  state.account = i;
  panel.replaceChildren();
  const close = el("button", { type: "button", class: "close", "aria-label": "close" }, "×");
  close.addEventListener("click", () => { panel.hidden = true; state.account = -1; refresh(); });
  const cluster = a.c >= 0 ? d.clusters[a.c] : null;
  panel.appendChild(close);
  panel.appendChild(el("h3", null, el("span", { class: "handle" }, a.l)));
  const facts = el("dl", { class: "facts" });
  const fact = (k, v) => { facts.appendChild(el("dt", null, k)); facts.appendChild(el("dd", null, v)); };
  fact("platform", a.p);
  if (cluster) {
    const link = el("a", { class: "cluster-link" }, cluster.label);
    link.setAttribute("href", "#cluster-" + cluster.id);
    fact("cluster", link);
  }
  fact("account score", a.s === null ? "not scored" : a.s.toFixed(2));
  fact("links in the network", String(a.d));
  panel.appendChild(facts);
  if (a.r.length) panel.appendChild(el("ul", { class: "reasons" }, ...a.r.map((r) => el("li", null, r))));
  const ev = el("div", { class: "evidence-list" });
  panel.appendChild(el("h4", null, `Evidence: ${a.e.length} of ${a.et} post pairs`));
  for (const [b, object, dt, pa, pb, other] of a.e) {
    const o = d.accounts[other];
    ev.appendChild(el("div", { class: "pair" },
      el("div", { class: "pair-head" }, `${d.behaviours[b]} with `, el("span", { class: "handle" }, o ? o.l : "?"),
        ` on `, el("code", null, object), ` · Δt ${formatDt(dt)}`),
      el("div", { class: "side-by-side" }, postCard(pa), postCard(pb))));
  }
  if (!a.e.length) ev.appendChild(el("p", null, "No evidence pairs were kept for this account."));
  panel.appendChild(ev);
  panel.hidden = false;
  panel.scrollTop = 0;
  refresh();
}

function refresh() {
  if (state.sigma) state.sigma.refresh({ skipIndexation: true });
}

function focusCluster(c) {
  state.cluster = c;
  refresh();
  if (!state.sigma) return;
  const camera = state.sigma.getCamera();
  if (c < 0) { camera.animatedReset({ duration: 300 }); return; }
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  state.graph.forEachNode((key, attr) => {
    if (attr.cluster !== c) return;
    const p = state.sigma.getNodeDisplayData(key);
    if (!p) return;
    minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x); minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y);
  });
  if (minX === Infinity) return;
  const extent = Math.max(maxX - minX, maxY - minY, 0.02);
  camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: Math.min(1, extent * 1.4) }, { duration: 400 });
}

function webglAvailable() {
  try {
    const c = document.createElement("canvas");
    return !!(c.getContext("webgl2") || c.getContext("webgl"));
  } catch (e) {
    return false;
  }
}

function buildNetwork() {
  const d = state.data;
  const container = document.getElementById("network");
  const status = document.getElementById("network-status");
  if (!container) return "absent";
  if (!d.accounts.length) { if (status) status.textContent = "No coordinated accounts: the network is empty."; return "empty"; }
  if (!webglAvailable()) {
    container.classList.add("unavailable");
    if (status) status.textContent = "The network needs WebGL, which this browser does not offer. Every table below is complete without it; the network is also written as network.svg and network.png beside this report.";
    return "unavailable";
  }
  const graph = new Graph({ type: "undirected", multi: false });
  const n = d.nodes;
  for (let i = 0; i < d.accounts.length; i++) {
    const a = d.accounts[i];
    graph.addNode(String(i), {
      x: n.x[i], y: n.y[i], size: n.s[i], label: a.l, cluster: a.c,
      color: a.c >= 0 ? d.clusters[a.c].color : "#888888",
    });
  }
  const e = d.edges;
  for (let k = 0; k + 2 < e.length; k += 3) {
    const s = String(e[k]), t = String(e[k + 1]);
    if (s === t || graph.hasEdge(s, t)) continue;
    graph.addEdge(s, t, { size: 0.4 + e[k + 2] / 100, color: "#c8c8c8" });
  }
  let renderer;
  try {
    renderer = new Sigma(graph, container, {
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 7,
      labelDensity: 0.5,
      zIndex: true,
      hideEdgesOnMove: graph.size > 20000,
      nodeReducer: (key, attr) => {
        const i = +key;
        const dimmed = state.cluster >= 0 && attr.cluster !== state.cluster;
        const res = { ...attr };
        if (dimmed) { res.color = "#e2e2e2"; res.label = ""; res.zIndex = 0; } else res.zIndex = 1;
        if (i === state.account || i === state.hovered) { res.highlighted = true; res.zIndex = 2; res.forceLabel = true; }
        return res;
      },
      edgeReducer: (key, attr) => {
        if (state.cluster < 0 && state.account < 0) return attr;
        const [s, t] = graph.extremities(key);
        const res = { ...attr };
        if (state.account >= 0 && (+s === state.account || +t === state.account)) { res.color = "#333333"; res.zIndex = 2; return res; }
        if (state.cluster >= 0 && (graph.getNodeAttribute(s, "cluster") !== state.cluster || graph.getNodeAttribute(t, "cluster") !== state.cluster)) res.hidden = true;
        return res;
      },
    });
  } catch (err) {
    container.classList.add("unavailable");
    if (status) status.textContent = "The network could not be drawn here (" + (err && err.message ? err.message : err) + "). Every table below is complete without it.";
    return "unavailable";
  }
  state.graph = graph;
  state.sigma = renderer;
  renderer.on("clickNode", ({ node }) => showAccount(+node));
  renderer.on("enterNode", ({ node }) => { state.hovered = +node; refresh(); });
  renderer.on("leaveNode", () => { state.hovered = -1; refresh(); });
  const camera = renderer.getCamera();
  const on = (id, f) => { const b = document.getElementById(id); if (b) b.addEventListener("click", f); };
  on("zoom-in", () => camera.animatedZoom({ duration: 200 }));
  on("zoom-out", () => camera.animatedUnzoom({ duration: 200 }));
  on("zoom-reset", () => { camera.animatedReset({ duration: 200 }); });
  if (status) status.textContent = `${graph.order.toLocaleString("en")} accounts, ${graph.size.toLocaleString("en")} links shown. Drag to pan, scroll to zoom, click an account to see its evidence.`;
  return "drawn";
}

function wireControls() {
  const select = document.getElementById("cluster-select");
  if (select) select.addEventListener("change", () => focusCluster(+select.value));
  const search = document.getElementById("account-search");
  if (search) {
    search.addEventListener("change", () => {
      const q = search.value.trim().toLowerCase();
      if (!q) return;
      const i = state.data.accounts.findIndex((a) => a.l.toLowerCase() === q);
      const j = i >= 0 ? i : state.data.accounts.findIndex((a) => a.l.toLowerCase().includes(q));
      if (j >= 0) showAccount(j);
    });
  }
  // Member rows and links anywhere in the report open the panel, with or without the network.
  document.addEventListener("click", (ev) => {
    const t = ev.target instanceof Element ? ev.target.closest("[data-account]") : null;
    if (!t) return;
    ev.preventDefault();
    showAccount(+t.getAttribute("data-account"));
  });
}

function main() {
  const island = document.getElementById("report-data");
  state.data = JSON.parse(island ? island.textContent : "{}");
  document.body.classList.add("js");
  wireControls();
  let network;
  try {
    network = buildNetwork();
  } catch (err) {
    network = "error";
    const status = document.getElementById("network-status");
    if (status) status.textContent = "The network could not be drawn: " + (err && err.message ? err.message : err);
  }
  document.body.dataset.network = network;
  // Read-only hooks for tests and for readers' own scripts: where an account is drawn, and opening its evidence.
  window.swarmscopeReport = {
    nodePosition(i) {
      if (!state.sigma) return null;
      const attr = state.graph.getNodeAttributes(String(i));
      const p = state.sigma.graphToViewport({ x: attr.x, y: attr.y });
      const box = document.getElementById("network").getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    showAccount,
  };
  document.body.dataset.ready = "1";
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", main);
else main();
