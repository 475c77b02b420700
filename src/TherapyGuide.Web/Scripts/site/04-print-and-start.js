// Before and after printing, and what runs once the page is ready (uses the parts before it).
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
