// Small enhancements. Everything works without this script: the browser's own Print still prints the page, its
// address, review date, a blank care-team box and the disclaimer; this adds the print date, the page's details in
// every sheet's margins, full link addresses, a "Print this page" button, the reader's own care-team number, and the
// page numbers in a printed pack's contents.
(() => {
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

  // Every sheet's margins: site and page title, disclaimer, the care team's number (or a line to write it on), the
  // page's address, print and review dates, page numbers. In a pack each part's sheets carry that part's title and
  // address (a named page per part), so no sheet prints the pack's long query string.
  const addMargins = () => {
    const head = document.querySelector(".print-head");
    const sheet = siteSheet();
    if (!head || !sheet) return;
    const { site, title, address, reviewed } = head.dataset;
    const team = readCareTeam();
    const teamLine = team?.phone
      ? [`Your care team${team.name ? ` (${team.name})` : ""}, day or night:`, team.phone]
      : ["Your care team’s 24-hour number:", "______________________________"];
    const small = "font-size: 9pt; line-height: 1.3; font-family: system-ui, sans-serif; color: #000; white-space: pre-wrap;";
    const lines = (...texts) => texts.filter(Boolean).map(css).join(' "\\A" ');
    const heading = (text) => `@top-left { content: ${lines(text)}; ${small} }`;
    const where = (at) => `@top-right { content: ${lines("General information, not medical advice", at)}; text-align: right; ${small} }`;
    const pack = isPack();
    const rules = [`@page {
      ${pack ? `size: ${papers[chosenPaper()].size};` : ""}
      ${heading(site === title ? site : `${site}: ${title}`)}
      ${where(address)}
      @bottom-left { content: ${lines(...teamLine)}; ${small} }
      @bottom-right { content: ${css(`Printed ${today()} · page `)} counter(page) " of " counter(pages)${reviewed ? ` "\\A" ${css(reviewed)}` : ""}; text-align: right; ${small} }
    }`];
    let lastPart = null;
    for (const [index, part] of [...document.querySelectorAll("[data-pack-page]")].entries()) {
      if (!part.id) continue;
      lastPart = `pack-part-${index}`;
      rules.push(`@page ${lastPart} { ${heading(`${site}: ${part.dataset.packPage}`)} ${where(part.dataset.packAddress)} }`);
      rules.push(`#${CSS.escape(part.id)} { page: ${lastPart}; }`);
    }
    // What follows the last part (the disclaimer) shares its sheet: a different named page would start a new one.
    if (lastPart) rules.push(`main ~ * { page: ${lastPart}; }`);
    try {
      for (const index of added.splice(0).reverse()) sheet.deleteRule(index);
      for (const rule of rules) added.push(sheet.insertRule(rule, sheet.cssRules.length));
    } catch {
      // a browser without page-margin boxes prints the first sheet's details only
    }
  };

  const showCareTeam = () => {
    const team = readCareTeam();
    for (const box of document.querySelectorAll("[data-care-team]")) {
      box.querySelector("[data-care-team-name]").textContent = team?.name ?? "";
      box.querySelector("[data-care-team-phone]").textContent = team?.phone ?? "";
    }
    for (const line of document.querySelectorAll("[data-care-team-call]")) {
      line.hidden = !team?.phone;
      const link = line.querySelector("[data-care-team-tel]");
      link.textContent = team?.phone ?? "";
      link.href = `tel:${(team?.phone ?? "").replace(/[^\d+#*]/g, "")}`;
      line.querySelector("[data-care-team-call-name]").textContent = team?.name ? ` (${team.name})` : "";
    }
    for (const editor of document.querySelectorAll("[data-care-team-editor]")) {
      editor.querySelector("[data-care-team-summary]").textContent = team?.phone
        ? `Your care team’s number on printed pages: ${team.phone} (change)`
        : "Your care team’s number on printed pages";
      for (const input of editor.querySelectorAll("[data-care-team-input]")) input.value = team?.[input.dataset.careTeamInput] ?? "";
    }
  };

  const setUpCareTeamEditors = () => {
    for (const editor of document.querySelectorAll("[data-care-team-editor]")) {
      const status = editor.querySelector("[data-care-team-status]");
      const value = (field) => clean(editor.querySelector(`[data-care-team-input="${field}"]`).value, limits[field]);
      const changed = (message) => {
        showCareTeam();
        addMargins();
        numberPackPages();
        status.textContent = message;
      };
      const save = () => {
        const team = { name: value("name"), phone: value("phone") };
        if (!team.name && !team.phone) {
          storage.remove(careTeamKey);
          changed("Nothing to save: the printed box keeps blank lines to write on.");
          return;
        }
        changed(storage.set(careTeamKey, JSON.stringify(team))
          ? "Saved in this browser. It will print on every page."
          : "This browser would not keep it. Please write the number on the printed page instead.");
      };
      editor.querySelector("[data-care-team-save]").addEventListener("click", save);
      for (const input of editor.querySelectorAll("[data-care-team-input]")) {
        input.addEventListener("keydown", (event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            save();
          }
        });
      }
      editor.querySelector("[data-care-team-forget]").addEventListener("click", () => {
        storage.remove(careTeamKey);
        changed("Removed from this browser. The printed box now has blank lines to write on.");
      });
      editor.querySelector("[data-care-team-fields]").hidden = false;
      editor.querySelector("[data-care-team-without-script]").hidden = true;
    }
  };

  // The contents of a pack give the page each part starts on. The browser cannot count printed pages for a script,
  // so the pack is laid out once more, unseen, in a frame with the print styles switched on and each printed page
  // as one column exactly the size of the paper's printable area: each part starts a new column, as it starts a new
  // sheet on paper, and the column it starts in is its page. The same layout engine breaks both.
  let numbering = 0;
  const numberPackPages = async () => {
    const contents = document.querySelector("[data-pack-contents]");
    const sheet = siteSheet();
    if (!contents || !sheet) return;
    const run = ++numbering;
    const paper = papers[chosenPaper()];
    const width = paper.width - margins.left - margins.right;
    const height = paper.height - margins.top - margins.bottom;
    const frame = document.createElement("iframe");
    frame.setAttribute("aria-hidden", "true");
    frame.dataset.pageCount = "";
    frame.tabIndex = -1;
    frame.style.cssText = `position: absolute; left: -100000px; top: 0; width: ${width}mm; height: ${height}mm; border: 0; visibility: hidden;`;
    frame.srcdoc = "<!DOCTYPE html><title>Page count</title>";
    await new Promise((resolve) => {
      frame.addEventListener("load", resolve, { once: true });
      document.body.append(frame);
    });
    try {
      const doc = frame.contentDocument;
      doc.documentElement.lang = root.lang;
      doc.documentElement.className = root.className;
      const link = doc.createElement("link");
      link.rel = "stylesheet";
      link.href = sheet.href;
      await new Promise((resolve, reject) => {
        link.addEventListener("load", resolve, { once: true });
        link.addEventListener("error", reject, { once: true });
        doc.head.append(link);
      });
      const frameSheet = doc.styleSheets[0];
      for (const rule of [...frameSheet.cssRules]) {
        if (rule.media && /\bprint\b/.test(rule.media.mediaText)) rule.media.mediaText = "all";
      }
      frameSheet.insertRule(`body { margin: 0; width: ${width}mm; height: ${height}mm; columns: ${width}mm; column-gap: 0; column-fill: auto; }`, frameSheet.cssRules.length);
      frameSheet.insertRule(".pack-section { break-before: column; }", frameSheet.cssRules.length);
      const copy = document.body.cloneNode(true);
      copy.querySelector("[data-page-count]")?.remove(); // this frame itself
      doc.body.replaceWith(doc.adoptNode(copy));
      const column = doc.body.getBoundingClientRect().width;
      const pageOf = (id) => {
        const part = doc.getElementById(id);
        const first = part?.getClientRects()[0];
        return first ? Math.round(first.left / column) + 1 : null;
      };
      if (run !== numbering) return;
      for (const slot of contents.querySelectorAll("[data-page-of]")) {
        const page = pageOf(slot.dataset.pageOf);
        slot.textContent = page ? `page ${page}` : "";
      }
      contents.dataset.numberedFor = chosenPaper();
    } catch {
      // without the count the contents still list every part, each starting on a new sheet
    } finally {
      frame.remove();
    }
  };

  const setUpPaperChoice = () => {
    for (const choice of document.querySelectorAll("[data-paper-choice]")) {
      const current = chosenPaper();
      for (const input of choice.querySelectorAll("input[name=paper]")) {
        input.checked = input.value === current;
        input.addEventListener("change", () => {
          storage.set(paperKey, input.value);
          addMargins();
          numberPackPages();
        });
      }
      choice.hidden = false;
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
    for (const details of document.querySelectorAll("details:not([open]):not([data-care-team-editor])")) {
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
  // Another tab changed the care team: show the same here.
  addEventListener("storage", (event) => {
    if (event.key !== careTeamKey && event.key !== paperKey) return;
    showCareTeam();
    addMargins();
    numberPackPages();
  });
  const ready = () => {
    for (const slot of document.querySelectorAll("[data-print-date]")) slot.textContent = today();
    showCareTeam();
    setUpCareTeamEditors();
    setUpPaperChoice();
    addMargins(); // also for Ctrl+P in browsers that fire beforeprint late
    for (const button of document.querySelectorAll("button[data-print]")) {
      button.hidden = false;
      button.addEventListener("click", () => window.print());
    }
    if (isPack()) {
      if (document.readyState === "complete") numberPackPages();
      else addEventListener("load", numberPackPages, { once: true });
    }
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
