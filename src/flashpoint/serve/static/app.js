// flashpoint dashboard: timeline, map, event table and evidence panel over the REST API (/api).
// Plain JavaScript, no library, nothing from the internet. The page state lives in the URL
// (filters, timeline period, sort, page, selected event), so a view can be shared or bookmarked.

const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const ROLE_NAMES = { source: "source", trigger: "trigger", target: "target", place: "place", date: "date",
                     quantity: "quantity" };
const FILTER_FIELDS = ["actor", "actor2", "date_from", "date_to", "quad_class", "status", "q"];
const PAGE_SIZE = 25;
const SVG = "http://www.w3.org/2000/svg";

const state = { filters: {}, period: "month", sort: "-date", cursor: null, event: null };
let world = null;          // the outline, fetched once
let nextCursor = null;

const $ = (selector) => document.querySelector(selector);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

// -- the URL ------------------------------------------------------------------------------------------

function readURL() {
  const params = new URLSearchParams(location.search);
  state.filters = {};
  for (const name of FILTER_FIELDS) {
    const value = params.get(name);
    if (value) state.filters[name] = value;
  }
  state.period = params.get("period") || "month";
  state.sort = params.get("sort") || "-date";
  state.cursor = params.get("cursor") || null;
  state.event = params.get("event") || null;
}

function writeURL(push) {
  const params = new URLSearchParams();
  for (const name of FILTER_FIELDS) if (state.filters[name]) params.set(name, state.filters[name]);
  if (state.period !== "month") params.set("period", state.period);
  if (state.sort !== "-date") params.set("sort", state.sort);
  if (state.cursor) params.set("cursor", state.cursor);
  if (state.event) params.set("event", state.event);
  const query = params.toString();
  const url = query ? `?${query}` : location.pathname;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

function formToState() {
  const form = $("#filters");
  state.filters = {};
  for (const name of FILTER_FIELDS) {
    const value = form.elements[name].value.trim();
    if (value) state.filters[name] = value;
  }
  state.period = form.elements.period.value;
}

function stateToForm() {
  const form = $("#filters");
  for (const name of FILTER_FIELDS) form.elements[name].value = state.filters[name] || "";
  form.elements.period.value = state.period;
}

/** The API's filter parameters for the current state. */
function filterQuery() {
  const f = state.filters;
  const params = new URLSearchParams();
  if (f.actor && f.actor2) params.set("dyad", `${f.actor},${f.actor2}`);
  else if (f.actor || f.actor2) params.set("actor", f.actor || f.actor2);
  for (const name of ["date_from", "date_to", "quad_class", "status", "q"]) if (f[name]) params.set(name, f[name]);
  return params;
}

// -- the API ------------------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(message, param) {
    super(message);
    this.param = param;
  }
}

async function api(path, params) {
  const query = params && params.toString();
  const response = await fetch(query ? `${path}?${query}` : path, { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch (_) {
    body = null;
  }
  if (!response.ok) {
    const error = body && body.error;
    throw new ApiError(error ? error.message : `The server answered ${response.status}.`, error && error.param);
  }
  return body;
}

function showError(error) {
  const box = $("#error");
  if (!error) {
    box.hidden = true;
    box.textContent = "";
    return;
  }
  box.hidden = false;
  box.textContent = error.message;
}

// -- the timeline -------------------------------------------------------------------------------------

let timelineRound = 0;  // a later view's timeline is not overdrawn by an earlier view's alerts

async function loadTimeline() {
  const round = ++timelineRound;
  const params = filterQuery();
  params.set("period", state.period);
  const series = await api("/api/series", params);
  drawTimeline(series);
  // Alerts take longer (every day of the range is tested): drawn when they come, for a dyad or a country.
  if (series.rows.length && (params.has("dyad") || params.has("actor"))) {
    const query = filterQuery();
    query.set("since", series.rows[0].period);
    api("/api/alerts", query).then((alerts) => {
      if (alerts.length && round === timelineRound) drawTimeline({ ...series, alerts });
    }).catch(() => {
      // no analysis installed (501) or too slow: the timeline stands without its alerts
    });
  }
}

function drawTimeline(series) {
  const chart = $("#timeline");
  chart.replaceChildren();
  const rows = series.rows;
  const width = 640, height = 220, left = 40, right = 40, top = 14, bottom = 30;
  const inner = { w: width - left - right, h: height - top - bottom };
  const table = $("#timeline-table");
  table.replaceChildren(el("caption", { class: "sr-only", text: "Events per period" }));
  if (!rows.length) {
    const empty = svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "axis" });
    empty.textContent = "No dated events match these filters.";
    chart.append(empty);
    chart.setAttribute("aria-label", "Timeline: no dated events match these filters.");
    return;
  }
  const max = Math.max(...rows.map((r) => r.events), 1);
  const band = inner.w / rows.length;
  const bar = Math.max(1, Math.min(band * 0.8, 40));
  const y = (value) => top + inner.h - (value / max) * inner.h;
  const g = (value) => top + inner.h / 2 - (value / 10) * (inner.h / 2);
  const axis = svg("g", { class: "axis" });
  axis.append(svg("line", { x1: left, x2: left + inner.w, y1: top + inner.h, y2: top + inner.h }));
  for (const tick of [0, Math.ceil(max / 2), max]) {
    const label = svg("text", { x: left - 6, y: y(tick) + 3, "text-anchor": "end" });
    label.textContent = String(tick);
    axis.append(label);
  }
  for (const tick of [-10, 0, 10]) {
    const label = svg("text", { x: left + inner.w + 6, y: g(tick) + 3 });
    label.textContent = tick > 0 ? `+${tick}` : String(tick);
    axis.append(label);
  }
  const every = Math.max(1, Math.ceil(rows.length / 6));
  rows.forEach((row, i) => {
    if (i % every) return;
    const label = svg("text", { x: left + band * i + band / 2, y: height - 10, "text-anchor": "middle" });
    label.textContent = row.period;
    axis.append(label);
  });
  chart.append(axis);
  rows.forEach((row, i) => {
    let base = 0;
    const x = left + band * i + (band - bar) / 2;
    for (const q of [1, 2, 3, 4]) {
      const value = row[`q${q}`];
      if (!value) continue;
      const rect = svg("rect", { x, y: y(base + value), width: bar, height: y(base) - y(base + value), class: `q${q}` });
      const title = svg("title");
      title.textContent = `${row.period}: ${value} ${QUAD[q]}`;
      rect.append(title);
      chart.append(rect);
      base += value;
    }
  });
  const points = rows.map((row, i) => (row.goldstein_mean === null ? null
    : `${left + band * i + band / 2},${g(row.goldstein_mean)}`)).filter(Boolean);
  if (points.length > 1) chart.append(svg("polyline", { points: points.join(" "), class: "goldstein" }));
  points.forEach((point) => {
    const [cx, cy] = point.split(",");
    chart.append(svg("circle", { cx, cy, r: 2.5, fill: "#3d3d3d" }));
  });
  for (const alert of series.alerts || []) {
    const when = alert.day || alert.first_day;
    const i = rows.findIndex((row, k) => row.period <= when && (k + 1 === rows.length || rows[k + 1].period > when));
    if (i < 0) continue;
    const cx = left + band * i + band / 2;
    const mark = svg("path", { d: `M${cx - 6},${top} L${cx + 6},${top} L${cx},${top + 9} Z`, class: "alert-mark" });
    const title = svg("title");
    title.textContent = `Alert ${when}: ${alert.what}`;
    mark.append(title);
    chart.append(mark);
  }
  const total = rows.reduce((sum, row) => sum + row.events, 0);
  const unit = series.unit === "clusters" ? "happenings" : "events";
  $("#timeline-desc").textContent = `${unit === "happenings" ? "Happenings (reports of one happening counted once)"
    : "Events"} per ${series.period} by QuadClass; the line is the mean Goldstein value.`;
  chart.setAttribute("aria-label", `Timeline by ${series.period}: ${total} ${unit} over ${rows.length} periods, ` +
    `from ${rows[0].period} to ${rows[rows.length - 1].period}.`);
  const head = el("tr", {}, ...["Period", "Events", ...Object.values(QUAD), "Mean Goldstein"]
    .map((name) => el("th", { scope: "col", text: name })));
  const body = rows.map((row) => el("tr", {}, el("th", { scope: "row", text: row.period }),
    ...[row.events, row.q1, row.q2, row.q3, row.q4, row.goldstein_mean ?? "—"].map((v) => el("td", { text: v }))));
  table.append(el("thead", {}, head), el("tbody", {}, ...body));
}

// -- the map ------------------------------------------------------------------------------------------

const project = (lon, lat) => [(lon + 180) * 2, (90 - lat) * 2];

async function loadWorld() {
  if (world) return world;
  const response = await fetch("/assets/world.json");
  world = await response.json();
  return world;
}

function drawLand(map) {
  const land = svg("g", { "aria-hidden": "true" });
  land.append(svg("rect", { x: 0, y: 0, width: 720, height: 360, class: "ocean" }));
  for (const country of world.countries) {
    const d = country.rings.map((ring) => {
      let path = "";
      for (let k = 0; k < ring.length; k += 2) {
        const [x, y] = project(ring[k], ring[k + 1]);
        path += `${k ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`;
      }
      return `${path}Z`;
    }).join("");
    land.append(svg("path", { d, class: "land" }));
  }
  map.append(land);
}

async function loadMap() {
  const [places] = await Promise.all([api("/api/places", filterQuery()), loadWorld()]);
  const map = $("#map");
  map.replaceChildren();
  drawLand(map);
  const layer = svg("g", { role: "list", "aria-label": `${places.length} places` });
  const maxReports = Math.max(...places.map((p) => p.reports), 1);
  for (const place of [...places].reverse()) {  // the most reported last: drawn on top
    const [cx, cy] = project(place.lon, place.lat);
    const r = 3 + 9 * Math.sqrt(place.reports / maxReports);
    const label = `${place.name || "place"}${place.country ? `, ${place.country}` : ""}: ${place.reports} ` +
      `report${place.reports === 1 ? "" : "s"}, ${place.events} event${place.events === 1 ? "" : "s"}` +
      (place.quad_class ? `, mostly ${QUAD[place.quad_class]}` : "");
    const dot = svg("circle", { cx: cx.toFixed(1), cy: cy.toFixed(1), r: r.toFixed(1),
                                class: `place q${place.quad_class || 1}`, tabindex: 0, role: "button",
                                "aria-label": label, "data-event": place.event_id });
    const title = svg("title");
    title.textContent = label;
    dot.append(title);
    const open = () => openEvent(place.event_id, true);
    dot.addEventListener("click", open);
    dot.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        open();
      }
    });
    const item = svg("g", { role: "listitem" });
    item.append(dot);
    layer.append(item);
  }
  map.append(layer);
}

// -- the table ----------------------------------------------------------------------------------------

function actorCell(code, name) {
  if (!code) return el("td", { text: "—" });
  return el("td", {}, el("span", { text: code }), name ? el("span", { class: "summary", text: ` ${name}` }) : null);
}

async function loadTable() {
  const params = filterQuery();
  params.set("sort", state.sort);
  params.set("limit", String(PAGE_SIZE));
  if (state.cursor) params.set("cursor", state.cursor);
  const page = await api("/api/events", params);
  nextCursor = page.next_cursor;
  const body = $("#events tbody");
  body.replaceChildren();
  for (const row of page.events) {
    const status = row.negated ? `${row.status}, negated` : row.status;
    const quad = row.quad_class ? el("span", { class: `quad q${row.quad_class}`, title: QUAD[row.quad_class] }) : null;
    const tr = el("tr", { tabindex: 0, "data-id": row.event_id, "aria-selected": row.event_id === state.event },
      el("td", { text: row.date || "undated" }),
      actorCell(row.source_code, row.source_name),
      el("td", {}, quad, el("span", { text: `${row.cameo} ${row.plover_type || ""}`.trim() }),
         el("span", { class: "summary", text: ` “${row.trigger_text}”` })),
      actorCell(row.target_code, row.target_name),
      el("td", { text: row.attributed_to ? `${status} (${row.attributed_to})` : status }),
      el("td", { text: row.location_name || "—" }),
      el("td", { text: row.confidence.toFixed(2) }));
    tr.addEventListener("click", () => openEvent(row.event_id, true));
    tr.addEventListener("keydown", rowKeys);
    body.append(tr);
  }
  const count = page.events.length;
  $("#table-status").textContent = count
    ? `${count} event${count === 1 ? "" : "s"} on this page${page.next_cursor ? "; more on the next page" : ""}.`
    : "No event matches these filters.";
  $("#next-page").disabled = !page.next_cursor;
  $("#first-page").disabled = !state.cursor;
  const [column, descending] = state.sort.startsWith("-") ? [state.sort.slice(1), true] : [state.sort, false];
  for (const th of document.querySelectorAll("#events th[data-sort]")) {
    if (th.dataset.sort === column) th.setAttribute("aria-sort", descending ? "descending" : "ascending");
    else th.removeAttribute("aria-sort");
  }
}

function rowKeys(event) {
  const row = event.currentTarget;
  if (event.key === "Enter" || event.key === " ") {
    event.preventDefault();
    openEvent(row.dataset.id, true);
  } else if (event.key === "ArrowDown" && row.nextElementSibling) {
    event.preventDefault();
    row.nextElementSibling.focus();
  } else if (event.key === "ArrowUp" && row.previousElementSibling) {
    event.preventDefault();
    row.previousElementSibling.focus();
  }
}

// -- the evidence -------------------------------------------------------------------------------------

/** The sentence with every highlighted part in a <mark>, and its role said to screen readers. */
function markedSentence(sentence, highlights) {
  const cuts = new Set([0, sentence.length]);
  for (const h of highlights) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const block = el("p", { class: "sentence", id: "evidence-sentence" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const text = sentence.slice(a, b);
    const covering = highlights.filter((h) => h.start <= a && b <= h.end);
    if (!covering.length) {
      block.append(text);
      continue;
    }
    const inner = covering.reduce((best, h) => (h.end - h.start < best.end - best.start ? h : best));
    const roles = covering.map((h) => h.role);
    const mark = el("mark", { class: `hl-${inner.role}`, "data-roles": roles.join(" "),
                              title: covering.map((h) => `${h.role}: ${h.label}`).join("; ") }, text);
    block.append(mark);
    for (const h of covering.filter((h) => h.end === b)) {
      block.append(el("span", { class: "sr-only", text: ` [${ROLE_NAMES[h.role]}: ${h.label}] ` }));
    }
  }
  return block;
}

function fact(name, value) {
  if (value === null || value === undefined || value === "") return [];
  return [el("dt", { text: name }), el("dd", {}, value)];
}

function renderEvidence(data) {
  const e = data.event;
  const box = $("#evidence");
  box.replaceChildren();
  const actor = (a) => (a ? `${a.code || a.country || "?"}${a.name ? ` (${a.name})` : ""}` : "no one named");
  box.append(el("h3", { text: `${e.cameo} ${e.plover.type || ""}: ${actor(e.source)} → ${actor(e.target)}` }));
  box.append(markedSentence(e.sentence, data.highlights));
  const legend = el("ul", { class: "legend", "aria-label": "Highlight colours" },
    ...["source", "trigger", "target", "place", "date", "quantity"]
      .map((role) => el("li", {}, el("mark", { class: `hl-${role}`, text: role }))));
  box.append(legend);
  const m = e.modality;
  let status = m.status + (m.negated ? ", negated (the text says it did not happen)" : "");
  if (m.attributed_to) status += `; said by ${m.attributed_to}`;
  const place = e.location ? `${e.location.name}${e.location.country ? `, ${e.location.country}` : ""} ` +
    `(${e.location.precision}, found in the ${e.location.source})` : null;
  const quantities = e.quantities.map((q) => `${q.kind} ${q.value}${q.approx ? " (about)" : ""}`).join("; ");
  const doc = data.document;
  const title = doc.url ? el("a", { href: doc.url, rel: "noopener noreferrer", text: doc.title || doc.url })
    : el("span", { text: doc.title || doc.doc_id });
  const facts = el("dl", { class: "facts" },
    ...fact("Status", status),
    ...fact("Date", e.date ? `${e.date} (${e.date_precision}, from the ${e.date_source})` : "undated"),
    ...fact("Place", place),
    ...fact("Quantities", quantities),
    ...fact("Confidence", e.confidence.toFixed(2)),
    ...fact("Why", e.evidence.why),
    ...fact("Rule", e.evidence.rule),
    ...fact("Document", el("span", {}, title, ` — ${[doc.outlet, doc.published].filter(Boolean).join(", ")}`)),
    ...fact("Coded by", `flashpoint ${e.coder.version}`));
  box.append(facts);
  if (data.outside.length) {
    box.append(el("p", { class: "summary", text: "Found elsewhere in the document: " +
      data.outside.map((h) => `${h.role} “${h.text}” (${h.label})`).join("; ") }));
  }
  box.append(el("h3", { text: "Other reports of this happening" }));
  if (!data.cluster) {
    box.append(el("p", { class: "summary", text: "Not clustered yet: no other report is linked to this event." }));
  } else if (!data.cluster_events.length) {
    box.append(el("p", { class: "summary", text: "This is the only report of its happening." }));
  } else {
    const list = el("ul", { class: "others" });
    for (const other of data.cluster_events) {
      const button = el("button", { type: "button", text: `${other.outlet || other.doc_id}, ${other.published || "undated"}: ` +
        `${other.sentence}` });
      button.addEventListener("click", () => openEvent(other.event_id, true));
      list.append(el("li", {}, button));
    }
    box.append(list);
  }
}

async function openEvent(eventId, push) {
  state.event = eventId;
  if (push) writeURL(true);
  for (const tr of document.querySelectorAll("#events tbody tr")) {
    tr.setAttribute("aria-selected", String(tr.dataset.id === eventId));
  }
  try {
    renderEvidence(await api(`/api/events/${encodeURIComponent(eventId)}`));
    showError(null);
    if (push) $("#evidence-panel").focus({ preventScroll: false });
  } catch (error) {
    showError(error);
  }
}

// -- wiring -------------------------------------------------------------------------------------------

async function refresh() {
  showError(null);
  try {
    await Promise.all([loadTimeline(), loadMap(), loadTable()]);
  } catch (error) {
    showError(error);
  }
  if (state.event) await openEvent(state.event, false);
}

async function loadSummary() {
  try {
    const health = await api("/api/health");
    $("#store-summary").textContent = `${health.events} events from ${health.documents} documents in ` +
      `${health.store.split(/[\\/]/).pop()}${health.writable ? " (accepting documents)" : " (read-only)"}`;
  } catch (error) {
    $("#store-summary").textContent = "The store cannot be read.";
    showError(error);
  }
}

let lookup = null;
function suggestActors(event) {
  const value = event.target.value.trim();
  clearTimeout(lookup);
  if (!value) return;
  lookup = setTimeout(async () => {
    try {
      const actors = await api("/api/actors", new URLSearchParams({ q: value, limit: "10" }));
      $("#actor-options").replaceChildren(...actors.map((a) => el("option", { value: a.code,
        label: `${a.code}${a.name ? ` ${a.name}` : ""} (${a.events})` })));
    } catch (_) {
      // suggestions are a help, not a need: the field still works without them
    }
  }, 200);
}

function start() {
  readURL();
  stateToForm();
  $("#filters").addEventListener("submit", (event) => {
    event.preventDefault();
    formToState();
    state.cursor = null;
    writeURL(true);
    refresh();
  });
  $("#reset").addEventListener("click", () => {
    state.filters = {};
    state.period = "month";
    state.cursor = null;
    state.event = null;
    stateToForm();
    writeURL(true);
    $("#evidence").replaceChildren(el("p", { class: "summary", text: "Select an event in the table or on the map " +
      "to read the sentence it was coded from." }));
    refresh();
  });
  for (const th of document.querySelectorAll("#events th[data-sort]")) {
    th.querySelector("button").addEventListener("click", () => {
      const column = th.dataset.sort;
      state.sort = state.sort === column ? `-${column}` : state.sort === `-${column}` ? column
        : (column === "date" || column === "confidence" ? `-${column}` : column);
      state.cursor = null;
      writeURL(true);
      loadTable().catch(showError);
    });
  }
  $("#next-page").addEventListener("click", () => {
    if (!nextCursor) return;
    state.cursor = nextCursor;
    writeURL(true);
    loadTable().catch(showError);
  });
  $("#first-page").addEventListener("click", () => {
    state.cursor = null;
    writeURL(true);
    loadTable().catch(showError);
  });
  for (const name of ["actor", "actor2"]) $("#filters").elements[name].addEventListener("input", suggestActors);
  window.addEventListener("popstate", () => {
    readURL();
    stateToForm();
    refresh();
  });
  loadSummary();
  refresh();
}

start();
