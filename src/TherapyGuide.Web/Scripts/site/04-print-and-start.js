// Printing, and the little that runs once the page is ready (uses the parts before it). The print set-up (the
// margins, the date, full link addresses, opened details, a pack's page numbers) runs when the reader prints, not at load.
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
  numberPackPages(); // last: it counts the pages as they will print
};
const restore = () => {
  for (const details of document.querySelectorAll("details[data-print-opened]")) {
    details.open = false;
    delete details.dataset.printOpened;
  }
};

addEventListener("beforeprint", prepare);
addEventListener("afterprint", restore);
// The Print buttons (shown by the stylesheet where scripts run); printing fires beforeprint, which prepares the page.
document.addEventListener("click", (event) => {
  if (event.target.closest?.("button[data-print]")) print();
});
// Another tab changed the care team: show the same here.
addEventListener("storage", (event) => {
  if (event.key === careTeamKey) showCareTeam();
});
const ready = () => {
  // Only a reader who saved a care team changes anything here; the page as served is right for everyone else.
  if (readCareTeam()) showCareTeam();
  setUpPaperChoice();
};
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
else ready();
