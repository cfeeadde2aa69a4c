// Tiếp Đón dashboard. Plain JavaScript and uPlot, both served by the indicator server itself: no CDN, no build step.
// Every figure comes from the server's indicator tables (the same code as the kiosk's `tiepdon stats`); this file
// only draws them.
(function () {
  "use strict";
  const boot = JSON.parse(document.getElementById("boot").textContent);
  const t = (key) => boot.text[key] || key;
  const column = (key) => boot.columns[key] || key;
  const serviceName = (code) => boot.services[code] || code;
  const percent = new Intl.NumberFormat(boot.locale, { style: "percent", maximumFractionDigits: 1 });
  const number = new Intl.NumberFormat(boot.locale);

  const form = document.getElementById("filters");
  const errors = document.getElementById("errors");

  function query(by) {
    const params = new URLSearchParams(new FormData(form));
    params.set("by", by || params.get("period") || "day");
    params.delete("period");
    for (const [key, value] of [...params]) { if (!value) params.delete(key); }
    return params;
  }

  async function json(url) {
    const answer = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
    if (answer.status === 401) { window.location = "/login"; throw new Error(t("sessionEnded")); }
    const body = await answer.json().catch(() => ({}));
    if (!answer.ok) { throw new Error(body.message || (t("serverAnswered") + " " + answer.status)); }
    return body;
  }

  function shown(key, value) {
    if (value === null || value === undefined) { return "–"; }
    if (typeof value === "number" && /share|_rate|uptime/.test(key)) { return percent.format(value); }
    if (typeof value === "number" && key.startsWith("median")) { return number.format(value) + " s"; }
    if (typeof value === "number") { return number.format(value); }
    if (value === "total") { return t("total"); }
    return String(value);
  }

  function table(rows, keys, firstLabel, named) {
    const el = document.createElement("table");
    const head = el.createTHead().insertRow();
    keys.forEach((key, i) => { const th = document.createElement("th"); th.textContent = i === 0 && firstLabel ? firstLabel : column(key); head.appendChild(th); });
    const body = el.createTBody();
    rows.forEach((row) => {
      const tr = body.insertRow();
      keys.forEach((key, i) => {
        const td = tr.insertCell();
        td.textContent = i === 0 && named ? (row[key] === "total" ? t("total") : named(row[key])) : shown(key, row[key]);
        td.dataset.key = key;
        td.dataset.raw = row[key] === null ? "" : row[key];
      });
    });
    return el;
  }

  // One chart per indicator: x = the periods, one series per column; the table beside it carries the same values
  // for people who read numbers (and for the browser test).
  function chart(container, title, rows, keys, kind) {
    const box = document.createElement("div");
    box.className = "chart";
    box.dataset.indicator = title;
    const h = document.createElement("h3");
    h.textContent = title;
    box.appendChild(h);
    container.appendChild(box);
    const labels = rows.map((row) => shortLabel(row[Object.keys(row)[0]]));
    const xs = labels.map((_, i) => i);
    const isShare = /share|_rate|uptime/.test(keys[0]);
    const colours = ["#0b5394", "#e69138", "#6aa84f", "#a64d79", "#45818e"];
    const values = (key) => rows.map((row) => row[key] === null ? null : (isShare ? row[key] * 100 : row[key]));
    const bars = kind === "bars" && typeof uPlot.paths.bars === "function" ? uPlot.paths.bars({ size: [0.7, 60] }) : undefined;
    // Bars of several series are stacked: each drawn at its own value plus those after it, the first behind the
    // others, so the bar's height is the total and each colour its part (the table below gives each figure).
    const series = keys.map(values);
    const drawn = bars ? series.map((_, i) => rows.map((_, r) => series.slice(i).reduce((sum, s) => sum + (s[r] || 0), 0))) : series;
    const data = [xs].concat(drawn);
    const width = Math.max(380, box.clientWidth || 420);
    const plot = new uPlot({
      width: width, height: 220, legend: { live: false },
      scales: { x: { time: false }, y: isShare ? { range: [0, 100] } : { range: (u, min, max) => [0, Math.max(1, max)] } },
      axes: [
        { space: 70, incrs: [1, 2, 7, 14, 30], values: (u, splits) => splits.map((i) => labels[i] === undefined ? "" : String(labels[i])) },
        { values: (u, splits) => splits.map((v) => isShare ? v + "%" : number.format(v)) }
      ],
      series: [{ label: "" }].concat(keys.map((key, i) => ({
        label: column(key), stroke: colours[i % colours.length], width: 2,
        fill: bars ? colours[i % colours.length] + "99" : undefined, paths: bars, points: { show: !bars }
      })))
    }, data, box);
    box.dataset.series = keys.join(",");
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = t("showNumbers");
    details.appendChild(summary);
    details.appendChild(table(rows, [Object.keys(rows[0] || {})[0]].concat(keys)));
    box.appendChild(details);
    return plot;
  }

  // Axis labels short enough to read: 2026-12-03 → 03/12, 2026-W49 → T49 (W49), 2026-12 → 12/2026.
  function shortLabel(label) {
    const text = String(label);
    let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (m) { return m[3] + "/" + m[2]; }
    m = /^(\d{4})-W(\d{2})$/.exec(text);
    if (m) { return t("weekShort") + m[2]; }
    m = /^(\d{4})-(\d{2})$/.exec(text);
    if (m) { return m[2] + "/" + m[1]; }
    return text;
  }

  function card(container, label, value, key) {
    const el = document.createElement("div");
    el.className = "card";
    el.dataset.key = key;
    el.innerHTML = '<div class="value"></div><div class="label"></div>';
    el.querySelector(".value").textContent = shown(key, value);
    el.querySelector(".label").textContent = label;
    container.appendChild(el);
  }

  function kiosks(list) {
    const el = document.getElementById("kiosks");
    el.replaceChildren();
    const rows = list.map((k) => ({ kiosk: k.kiosk, facility: boot.facilities[k.facility] || k.facility,
      lastSeen: k.lastSeen ? new Date(k.lastSeen).toLocaleString(boot.locale) : t("never"),
      state: k.revoked ? t("revoked") : (k.stale ? t("stale") : t("ok")), stale: k.stale && !k.revoked }));
    const tableEl = document.createElement("table");
    const head = tableEl.createTHead().insertRow();
    ["kiosk", "facility", "lastSeen", "state"].forEach((key) => { const th = document.createElement("th"); th.textContent = t(key); head.appendChild(th); });
    const body = tableEl.createTBody();
    rows.forEach((row) => {
      const tr = body.insertRow();
      if (row.stale) { tr.className = "stale"; }
      tr.dataset.kiosk = row.kiosk;
      ["kiosk", "facility", "lastSeen", "state"].forEach((key) => { tr.insertCell().textContent = row[key]; });
    });
    el.appendChild(tableEl);
  }

  async function load() {
    errors.hidden = true;
    try {
      const period = form.elements.period.value;
      const [kioskList, byPeriod, byService, byHour, byFacility, byKiosk] = await Promise.all([
        json("/dashboard/data/kiosks"),
        json("/dashboard/data/indicators?" + query(period)),
        json("/dashboard/data/indicators?" + query("service")),
        json("/dashboard/data/indicators?" + query("hour")),
        json("/dashboard/data/indicators?" + query("facility")),
        json("/dashboard/data/indicators?" + query("kiosk"))]);
      kiosks(kioskList);
      const rows = byPeriod.rows.filter((row) => row[period] !== "total");
      const total = byPeriod.rows.length === 1 ? byPeriod.rows[0] : byPeriod.rows.find((row) => row[period] === "total");
      const cards = document.getElementById("cards");
      cards.replaceChildren();
      ["registrations", "cccd_vneid_share", "cashless_share_count", "cashless_share_amount", "tickets",
        "median_scan_to_ticket_s", "rejection_rate", "printer_uptime"].forEach((key) => card(cards, t("card." + key), total[key], key));
      const charts = document.getElementById("charts");
      charts.replaceChildren();
      chart(charts, t("chart.registrations"), rows, ["cccd_vneid", "bhyt", "no_document"], "bars");
      chart(charts, t("chart.citizenIdShare"), rows, ["cccd_vneid_share"]);
      chart(charts, t("chart.cashless"), rows, ["cashless_share_count", "cashless_share_amount"]);
      chart(charts, t("chart.tickets"), rows, ["printed", "print_failed"], "bars");
      chart(charts, t("chart.median"), rows, ["median_scan_to_ticket_s"]);
      chart(charts, t("chart.rejections"), rows, ["rejection_rate"]);
      chart(charts, t("chart.uptime"), rows, ["printer_uptime", "scanner_uptime"]);
      const services = byService.rows.map((row) => Object.assign({}, row, { service: serviceName(row.service) }));
      if (services.length) { chart(charts, t("chart.services"), services, ["tickets"], "bars"); }
      chart(charts, t("chart.hours"), byHour.rows, ["tickets"], "bars");
      const facilities = document.getElementById("facilities");
      facilities.replaceChildren(table(byFacility.rows, byFacility.rows.length ? Object.keys(byFacility.rows[0]) : [],
        t("facility"), (code) => boot.facilities[code] || code));
      const perKiosk = document.getElementById("perKiosk");
      perKiosk.replaceChildren(table(byKiosk.rows, byKiosk.rows.length ? Object.keys(byKiosk.rows[0]) : [], t("kiosk")));
      const full = document.getElementById("full");
      full.replaceChildren(table(byPeriod.rows, byPeriod.rows.length ? Object.keys(byPeriod.rows[0]) : [], t("period." + period)));
      const exportQuery = query(period);
      document.getElementById("csv").href = "/dashboard/export.csv?" + exportQuery;
      document.getElementById("xlsx").href = "/dashboard/export.xlsx?" + exportQuery;
      document.body.dataset.loaded = String(Date.now());
    } catch (e) {
      errors.textContent = e.message;
      errors.hidden = false;
      document.body.dataset.loaded = "error";
    }
  }

  form.addEventListener("submit", (event) => { event.preventDefault(); load(); });
  load();
})();
