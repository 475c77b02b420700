// Small enhancements for printing. Everything works without this script: the browser's own Print
// still prints the page, its address, review date and disclaimer; this adds the print date, full link
// addresses and a "Print this page" button.
(() => {
  // Glossary words: where the popover API is missing, the stylesheet shows each word as a plain link to its
  // glossary page rather than a button that cannot open its definition. The CSS alone does this where the
  // browser cannot match :popover-open; this covers a browser that matches it but cannot open popovers.
  const popovers = "popover" in HTMLElement.prototype && typeof HTMLElement.prototype.togglePopover === "function";
  if (!popovers) document.documentElement.classList.add("no-popover");

  // On a phone the main links are one row that scrolls sideways. Chromium leaves a link that is partly in view where it
  // is when Tab reaches it; this brings the whole link, and a little of the next, into view.
  document.querySelector(".site-nav")?.addEventListener("focusin", (event) =>
    event.target.scrollIntoView({ block: "nearest", inline: "nearest" }));

  const today = () => new Date().toLocaleDateString(undefined, { day: "numeric", month: "long", year: "numeric" });

  // A CSS string, for the page-margin boxes.
  const css = (text) => `"${String(text).replace(/[\\"]/g, "\\$&").replace(/[\r\n]+/g, " ")}"`;
  let marginRule = -1;

  // Every sheet's margins: site and page title, disclaimer, full address, print and review dates, page numbers.
  const addMargins = () => {
    const head = document.querySelector(".print-head");
    const sheet = [...document.styleSheets].find((s) => s.href && s.href.includes("/css/site"));
    if (!head || !sheet) return;
    const { site, title, address, reviewed } = head.dataset;
    const dates = [`Printed ${today()}`, reviewed].filter(Boolean).join(" · ");
    const small = "font-size: 7.5pt; font-family: system-ui, sans-serif; color: #000;";
    const rule = `@page {
      @top-left { content: ${css(`${site}: ${title}`)}; ${small} }
      @top-right { content: "General information, not medical advice"; ${small} }
      @bottom-left { content: ${css(address)}; ${small} }
      @bottom-right { content: ${css(dates + " · page ")} counter(page) " of " counter(pages); ${small} }
    }`;
    try {
      if (marginRule >= 0) sheet.deleteRule(marginRule);
      marginRule = sheet.insertRule(rule, sheet.cssRules.length);
    } catch {
      marginRule = -1; // a browser without page-margin boxes prints the first sheet's details only
    }
  };

  const prepare = () => {
    addMargins();
    for (const slot of document.querySelectorAll("[data-print-date]")) slot.textContent = today();
    for (const link of document.querySelectorAll("main a[href], .print-pack a[href]")) {
      const href = link.getAttribute("href");
      if (!href || href.startsWith("#")) continue;
      link.dataset.printUrl = link.href; // the full address, resolved by the browser
    }
    for (const details of document.querySelectorAll("details:not([open])")) {
      details.dataset.printOpened = "";
      details.open = true;
    }
  };
  const restore = () => {
    for (const details of document.querySelectorAll("details[data-print-opened]")) {
      details.open = false;
      delete details.dataset.printOpened;
    }
  };

  addEventListener("beforeprint", prepare);
  addEventListener("afterprint", restore);
  const ready = () => {
    for (const slot of document.querySelectorAll("[data-print-date]")) slot.textContent = today();
    addMargins(); // also for Ctrl+P in browsers that fire beforeprint late
    for (const button of document.querySelectorAll("button[data-print]")) {
      button.hidden = false;
      button.addEventListener("click", () => window.print());
    }
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
