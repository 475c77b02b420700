// A printed pack: the page each part starts on, and the paper it is printed on (uses 01 and 02).
// The contents of a pack give the page each part starts on. The browser cannot count printed pages for a script,
// so the pack is laid out once more, unseen, in a frame with the print styles switched on and each printed page
// as one column exactly the size of the paper's printable area: each part starts a new column, as it starts a new
// sheet on paper, and the column it starts in is its page. The same layout engine breaks both. It is counted when
// the pack is printed (it is a full layout of the pack), synchronously: an empty frame and a copy of the loaded
// stylesheet need no waiting, so the count is in place before the browser lays out the sheets.
const numberPackPages = () => {
  const contents = document.querySelector("[data-pack-contents]");
  const sheet = siteSheet();
  if (!contents || !sheet) return;
  const paper = papers[chosenPaper()];
  const width = paper.width - margins.left - margins.right;
  const height = paper.height - margins.top - margins.bottom;
  const frame = document.createElement("iframe");
  frame.setAttribute("aria-hidden", "true");
  frame.dataset.pageCount = "";
  frame.tabIndex = -1;
  frame.style.cssText = `position: absolute; left: -100000px; top: 0; width: ${width}mm; height: ${height}mm; border: 0; visibility: hidden;`;
  document.body.append(frame); // no src: its empty document is there at once
  try {
    const doc = frame.contentDocument;
    doc.documentElement.lang = root.lang;
    doc.documentElement.className = root.className;
    const frameSheet = new frame.contentWindow.CSSStyleSheet();
    frameSheet.replaceSync([...sheet.cssRules].map((rule) => rule.cssText).join("\n"));
    for (const rule of [...frameSheet.cssRules]) {
      if (rule.media && /\bprint\b/.test(rule.media.mediaText)) rule.media.mediaText = "all";
    }
    frameSheet.insertRule(`body { margin: 0; width: ${width}mm; height: ${height}mm; columns: ${width}mm; column-gap: 0; column-fill: auto; }`, frameSheet.cssRules.length);
    frameSheet.insertRule(".pack-section { break-before: column; }", frameSheet.cssRules.length);
    doc.adoptedStyleSheets = [frameSheet];
    const copy = document.body.cloneNode(true);
    copy.querySelector("[data-page-count]")?.remove(); // this frame itself
    doc.body.replaceWith(doc.adoptNode(copy));
    const column = doc.body.getBoundingClientRect().width;
    const pageOf = (id) => {
      const part = doc.getElementById(id);
      const first = part?.getClientRects()[0];
      return first ? Math.round(first.left / column) + 1 : null;
    };
    for (const slot of contents.querySelectorAll("[data-page-of]")) {
      const page = pageOf(slot.dataset.pageOf);
      slot.textContent = page ? fill(contents.dataset.pageWords, page) : "";
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
      input.addEventListener("change", () => storage.set(paperKey, input.value));
    }
  }
};
