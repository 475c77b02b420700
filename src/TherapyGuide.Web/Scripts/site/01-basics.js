// Small enhancements. Everything works without this script: the browser's own Print still prints the page, its
// address, review date, a blank care-team box and the disclaimer; this adds the print date, the page's details in
// every sheet's margins, full link addresses, a "Print this page" button, the reader's own care-team number, and the
// page numbers in a printed pack's contents.
//
// The build joins the parts in this folder, in name order, inside one function: they share its scope, so later parts
// use what earlier ones define. This one: the page's basics, the reader's stored choices, and the paper.
const root = document.documentElement;

// Glossary words: where the popover API is missing, the stylesheet shows each word as a plain link to its
// glossary page rather than a button that cannot open its definition. The CSS alone does this where the
// browser cannot match :popover-open; this covers a browser that matches it but cannot open popovers.
const popovers = "popover" in HTMLElement.prototype && typeof HTMLElement.prototype.togglePopover === "function";
if (!popovers) root.classList.add("no-popover");

// On a phone the main links are one row that scrolls sideways. Chromium leaves a link that is partly in view where it
// is when Tab reaches it; this brings the whole link, and a little of the next, into view.
document.querySelector(".site-nav")?.addEventListener("focusin", (event) =>
  event.target.scrollIntoView({ block: "nearest", inline: "nearest" }));

// The site's one date format ("2 December 2026", as the server writes dates), never the browser's own.
const dateLocale = { en: "en-GB" }[root.lang] ?? root.lang;
const today = () => new Date().toLocaleDateString(dateLocale, { day: "numeric", month: "long", year: "numeric" });

// The words this script writes come from the page, in its language: the views write them in data-* attributes, with
// {0}, {1}… where a value goes. A missing value leaves its place empty.
const fill = (template, ...values) => String(template ?? "").replace(/\{(\d+)\}/g, (_, index) => String(values[index] ?? ""));

// Kept in this browser only: never sent to the server, never in a cookie. Storage may be refused (private modes).
const storage = {
  get(key) {
    try { return localStorage.getItem(key); } catch { return null; }
  },
  set(key, value) {
    try { localStorage.setItem(key, value); return true; } catch { return false; }
  },
  remove(key) {
    try { localStorage.removeItem(key); } catch { /* nothing was kept */ }
  },
};

// The reader's care team: a name and a 24-hour number, as typed (shown as text only, never as markup).
const careTeamKey = "therapyguide.care-team";
const limits = { name: 80, phone: 40 };
const clean = (value, max) => String(value ?? "").replace(/[\u0000-\u001f\u007f]+/g, " ").trim().slice(0, max);
const readCareTeam = () => {
  try {
    const saved = JSON.parse(storage.get(careTeamKey) ?? "null");
    const team = { name: clean(saved?.name, limits.name), phone: clean(saved?.phone, limits.phone) };
    return team.name || team.phone ? team : null;
  } catch {
    return null;
  }
};

// A CSS string, for the page-margin boxes.
const css = (text) => `"${String(text).replace(/[\\"]/g, "\\$&").replace(/[\r\n]+/g, " ")}"`;
const siteSheet = () => [...document.styleSheets].find((s) => s.href && s.href.includes("/css/site"));
const added = [];

// The paper a pack is printed on: its page numbers are counted for it, and the pack asks the browser for it.
const papers = { a4: { width: 210, height: 297, size: "A4" }, letter: { width: 215.9, height: 279.4, size: "letter" } };
const margins = { top: 17, right: 14, bottom: 17, left: 14 }; // millimetres, as @page in site.css
const paperKey = "therapyguide.paper";
const letterRegions = /-(US|CA|MX|PH|CL|CO|VE|GT|CR|PA|DO|PR|SV|NI)$/i;
const chosenPaper = () => {
  const saved = storage.get(paperKey);
  if (saved && papers[saved]) return saved;
  return letterRegions.test(navigator.language || "") ? "letter" : "a4";
};
const isPack = () => document.querySelector("[data-pack-contents]") !== null;
