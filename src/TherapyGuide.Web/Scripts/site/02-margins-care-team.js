// Every printed sheet's margins, and the reader's care team on screen and on paper (uses 01-basics.js).
// Every sheet's margins: site and page title, disclaimer, the care team's number (or a line to write it on), the
// page's address, print and review dates, page numbers. In a pack each part's sheets carry that part's title and
// address (a named page per part), so no sheet prints the pack's long query string.
const addMargins = () => {
  const head = document.querySelector(".print-head");
  const sheet = siteSheet();
  if (!head || !sheet) return;
  const { site, title, address, reviewed } = head.dataset;
  // The words, from the care-team box the layout puts on every page (_CareTeam.cshtml).
  const say = document.querySelector("[data-care-team]")?.dataset ?? {};
  const team = readCareTeam();
  const teamLine = team?.phone
    ? [team.name ? fill(say.marginTeamNamed, team.name) : fill(say.marginTeam), team.phone]
    : [fill(say.marginTeamBlank), "______________________________"];
  const small = "font-size: 9pt; line-height: 1.3; font-family: system-ui, sans-serif; color: #000; white-space: pre-wrap;";
  const lines = (...texts) => texts.filter(Boolean).map(css).join(' "\\A" ');
  const heading = (text) => `@top-left { content: ${lines(text)}; ${small} }`;
  const where = (at) => `@top-right { content: ${lines(fill(say.marginNotAdvice), at)}; text-align: right; ${small} }`;
  // "Printed {0} · page {1} of {2}": the date written in, the page counters as CSS counters.
  const printed = fill(say.marginPrinted, today(), "{1}", "{2}").split(/(\{[12]\})/).filter(Boolean)
    .map((piece) => ({ "{1}": "counter(page)", "{2}": "counter(pages)" })[piece] ?? css(piece)).join(" ");
  const pack = isPack();
  const rules = [`@page {
    ${pack ? `size: ${papers[chosenPaper()].size};` : ""}
    ${heading(site === title ? site : `${site}: ${title}`)}
    ${where(address)}
    @bottom-left { content: ${lines(...teamLine)}; ${small} }
    @bottom-right { content: ${printed}${reviewed ? ` "\\A" ${css(reviewed)}` : ""}; text-align: right; ${small} }
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
    const summary = editor.querySelector("[data-care-team-summary]");
    summary.textContent = team?.phone ? fill(editor.dataset.summaryWithNumber, team.phone) : summary.dataset.summary;
    for (const input of editor.querySelectorAll("[data-care-team-input]")) input.value = team?.[input.dataset.careTeamInput] ?? "";
  }
};

// An editor is made ready when it is first opened, not at load: until then it is a closed summary line.
const setUpCareTeamEditor = (editor) => {
  if (editor.dataset.ready !== undefined) return;
  editor.dataset.ready = "";
  const status = editor.querySelector("[data-care-team-status]");
  const value = (field) => clean(editor.querySelector(`[data-care-team-input="${field}"]`).value, limits[field]);
  const changed = (message) => {
    showCareTeam();
    status.textContent = message;
  };
  const save = () => {
    const team = { name: value("name"), phone: value("phone") };
    if (!team.name && !team.phone) {
      storage.remove(careTeamKey);
      changed(fill(editor.dataset.statusEmpty));
      return;
    }
    changed(storage.set(careTeamKey, JSON.stringify(team))
      ? fill(editor.dataset.statusSaved)
      : fill(editor.dataset.statusRefused));
  };
  editor.querySelector("[data-care-team-save]").addEventListener("click", save);
  for (const input of editor.querySelectorAll("[data-care-team-input]")) {
    input.value = readCareTeam()?.[input.dataset.careTeamInput] ?? "";
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        save();
      }
    });
  }
  editor.querySelector("[data-care-team-forget]").addEventListener("click", () => {
    storage.remove(careTeamKey);
    changed(fill(editor.dataset.statusRemoved));
  });
  editor.querySelector("[data-care-team-fields]").hidden = false;
  editor.querySelector("[data-care-team-without-script]").hidden = true;
};
// Its summary's click (by mouse, touch or keyboard) comes before the details open, so the fields show at once;
// "toggle" (which does not bubble, so is listened for on its way down) covers any other way of opening it.
document.addEventListener("click", (event) => {
  const editor = event.target.closest?.("[data-care-team-editor] > summary")?.parentElement;
  if (editor) setUpCareTeamEditor(editor);
});
document.addEventListener("toggle", (event) => {
  if (event.target.matches?.("[data-care-team-editor]") && event.target.open) setUpCareTeamEditor(event.target);
}, true);
