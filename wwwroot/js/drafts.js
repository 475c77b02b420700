// Keeps what an editor types in an edit form in this browser's storage (never sent anywhere), so that a page closed
// by accident loses nothing: back at the same form, at the same version of the item, the editor is offered the kept
// text. Without this script (or without storage) the forms work exactly as before.
(() => {
  const version = document.querySelector("main form[method=post] input[type=hidden][name='Form.Version']");
  if (!version) return;
  const form = version.form;
  const prefix = "therapyguide:draft:";
  // A draft belongs to one version of one item: offered over a colleague's newer save, it would quietly undo it.
  const key = `${prefix}${location.pathname}#${version.value}`;
  // Set when the form is posted from this tab; the page that answers says whether the save went through.
  const posted = "therapyguide:draft-posted";
  const keepFor = 30 * 24 * 60 * 60 * 1000;

  const read = name => {
    try {
      const draft = JSON.parse(localStorage.getItem(name) ?? "null");
      return draft && Array.isArray(draft.fields) && typeof draft.savedAt === "number" ? draft : null;
    } catch {
      return null;
    }
  };
  const write = (name, draft) => {
    try {
      localStorage.setItem(name, JSON.stringify(draft));
    } catch {
      // Storage full or switched off: the form still saves as it always did.
    }
  };
  const remove = name => {
    try {
      localStorage.removeItem(name);
    } catch {
      // As above.
    }
  };

  // What the editor typed, as the form would post it, less what is not theirs to keep: the antiforgery token and the
  // version (hidden), and any password.
  const skipped = new Set(["hidden", "password", "file", "submit", "button", "reset", "image"]);
  const fields = () => [...form.elements].filter(field => field.name && !field.disabled && !skipped.has(field.type));
  const snapshot = () => fields().flatMap(field => {
    if (field.type === "checkbox" || field.type === "radio") return field.checked ? [[field.name, field.value]] : [];
    if (field.type === "select-multiple") return [...field.selectedOptions].map(option => [field.name, option.value]);
    return [[field.name, field.value]];
  });
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const fill = kept => {
    const values = new Map();
    for (const [name, value] of kept) values.set(name, [...(values.get(name) ?? []), value]);
    const taken = new Map();
    for (const field of fields()) {
      const mine = values.get(field.name) ?? [];
      if (field.type === "checkbox" || field.type === "radio") {
        field.checked = mine.includes(field.value);
      } else if (field.type === "select-multiple") {
        for (const option of field.options) option.selected = mine.includes(option.value);
      } else {
        const at = taken.get(field.name) ?? 0;
        taken.set(field.name, at + 1);
        if (at < mine.length) field.value = mine[at];
      }
      // So that whatever follows the field (the article's live preview) follows the restored text.
      field.dispatchEvent(new Event("input", { bubbles: true }));
    }
  };

  const forget = () => {
    try {
      for (let i = localStorage.length - 1; i >= 0; i--) {
        const name = localStorage.key(i);
        if (name?.startsWith(prefix) && (read(name)?.savedAt ?? 0) < Date.now() - keepFor) localStorage.removeItem(name);
      }
    } catch {
      // As above.
    }
  };
  forget();

  let postedFrom = null;
  try {
    postedFrom = sessionStorage.getItem(posted);
    sessionStorage.removeItem(posted);
  } catch {
    // As above.
  }
  if (postedFrom) {
    const answer = new URLSearchParams(location.search);
    if (answer.get("saved") === "true" || ["saved", "submitted"].includes(answer.get("done"))) {
      remove(postedFrom); // published, or kept as a draft in the store: the store has it now
    } else if (postedFrom !== key) {
      // Refused (a colleague saved first): the form is back with the editor's text at the newer version. Kept there,
      // it is offered again if this page is closed before the editor saves.
      const draft = read(postedFrom);
      remove(postedFrom);
      if (draft) write(key, { savedAt: draft.savedAt, fields: snapshot() });
    }
  }

  let offered = false;
  let timer = 0;
  const keep = () => {
    window.clearTimeout(timer);
    timer = 0;
    // Until the editor answers the offer, what they type must not replace the draft they have not seen yet.
    if (!offered) write(key, { savedAt: Date.now(), fields: snapshot() });
  };
  const keepSoon = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(keep, 300);
  };
  form.addEventListener("input", keepSoon);
  form.addEventListener("change", keepSoon);
  window.addEventListener("pagehide", () => { if (timer) keep(); });
  form.addEventListener("submit", () => {
    offered = false;
    keep();
    try {
      sessionStorage.setItem(posted, key);
    } catch {
      // Not knowing the save went through, the draft stays until it is discarded.
    }
  });

  const draft = read(key);
  if (!draft || same(draft.fields, snapshot())) return;

  const when = new Date(draft.savedAt);
  const time = when.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  const day = when.toDateString() === new Date().toDateString()
    ? "today"
    : when.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });

  offered = true;
  const notice = document.createElement("div");
  notice.className = "notice draft-notice";
  notice.setAttribute("role", "status");
  const text = document.createElement("p");
  text.tabIndex = -1;
  const buttons = document.createElement("p");
  buttons.className = "draft-notice__buttons";
  const button = (label, secondary, answer) => {
    const element = document.createElement("button");
    element.type = "button";
    element.className = secondary ? "button button--small button--secondary" : "button button--small";
    element.textContent = label;
    element.addEventListener("click", () => {
      offered = false;
      text.textContent = answer();
      buttons.remove();
      text.focus();
    });
    return element;
  };
  buttons.append(
    button("Restore them", false, () => {
      fill(draft.fields);
      keep();
      return "Your unsaved changes are back in the form. Save to keep them.";
    }),
    " ",
    button("Discard them", true, () => {
      remove(key);
      return "Your unsaved changes were discarded.";
    }));
  form.prepend(notice);
  // Filled once the status region is on the page, so that screen readers announce what appears in it.
  window.setTimeout(() => {
    text.textContent = `You have unsaved changes from ${day} at ${time}.`;
    notice.append(text, buttons);
  }, 50);
})();
