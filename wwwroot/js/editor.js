// Live preview and reading grade for the article editor. Without this script the Preview button
// renders the same preview on the server, so nothing depends on it.
(() => {
  const form = document.querySelector("form[data-live-preview]");
  if (!form) return;
  const body = form.querySelector("textarea[name='Form.Body']");
  const preview = document.querySelector("[data-preview]");
  const grade = document.querySelector("[data-grade]");
  const token = form.querySelector("input[name='__RequestVerificationToken']");
  if (!body || !preview || !grade || !token) return;

  let timer = 0;
  let latest = 0;
  const refresh = async () => {
    const request = ++latest;
    const data = new FormData();
    data.append("body", body.value);
    data.append("__RequestVerificationToken", token.value);
    try {
      const response = await fetch(form.dataset.livePreview, { method: "POST", body: data, credentials: "same-origin" });
      if (request !== latest) return;
      if (response.status === 422) {
        // A body the site refuses to render (a table too wide): say why, as the save would.
        const refusal = await response.json();
        const notice = document.createElement("p");
        notice.className = "notice";
        notice.textContent = refusal.error;
        preview.replaceChildren(notice);
        return;
      }
      if (!response.ok) return;
      const result = await response.json();
      // The server renders with raw HTML off and sanitizes the result, exactly as for the public page.
      preview.innerHTML = result.html || "<p>Nothing to preview yet.</p>";
      grade.textContent = result.words > 0 ? result.grade.toFixed(1) : "–";
    } catch {
      // Offline or signed out: the Preview button still works.
    }
  };
  body.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 400);
  });
  refresh();
})();
