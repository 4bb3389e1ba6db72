// Landing on a claim from a link (#claim-id, or #q-claim-id): the claim's words in the article text
// are scrolled to the middle of the screen and outlined, with the claim's row in the table below;
// #r-claim-id (a click on the words) lands on the row. Run once the text
// and the table are on the page (the browser's own jump came before they were drawn), and again
// whenever the hash changes.
export function landOnClaim() {
  const land = () => {
    const hash = decodeURIComponent(location.hash.slice(1));
    const id = hash.replace(/^[qr]-/, "");
    for (const el of document.querySelectorAll(".landed")) el.classList.remove("landed");
    if (!id) return;
    const row = document.getElementById(id);
    const all = [...document.querySelectorAll(".text a.span")].filter((a) => a.dataset.claims.split(" ").includes(id)).map((a) => a.querySelector("mark"));
    // The claim's figure or place when the page marks it, else its whole sentence.
    const figure = all.filter((m) => m.classList.contains("figure") && m.closest("a").dataset.figures?.split(" ").includes(id));
    const marks = figure.length ? figure : all;
    row?.classList.add("landed");
    for (const m of marks) m.classList.add("landed");
    const target = hash.startsWith("r-") ? row ?? marks[0] : marks[0] ?? row;
    if (target) requestAnimationFrame(() => target.scrollIntoView({block: "center"}));
  };
  land();
  addEventListener("hashchange", land);
  return land;
}
