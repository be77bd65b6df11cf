// The example page's checker: an editor pastes the code from their page; it says which settings the
// tool cannot use and what to write instead (as embed.js reads them, through the function embed.js
// leaves for it), and shows the tool as that code would, with the editor's notice inside it.
(() => {
  const form = document.getElementById('checker');
  const result = document.getElementById('checker-result');
  const preview = document.getElementById('checker-preview');
  if (!form || !result || !preview) return;

  const say = (heading, lines) => {
    const h = document.createElement('p');
    h.textContent = heading;
    const list = document.createElement('ul');
    for (const line of lines) {
      const li = document.createElement('li');
      li.textContent = line;
      list.append(li);
    }
    result.replaceChildren(h, ...(lines.length ? [list] : []));
  };

  // The example code, with this tool's address where a partner puts it.
  const example = form.elements.code;
  if (window.probationRouteFinder && example.value === example.defaultValue) {
    example.value = example.value.replace('https://ROUTE-FINDER-HOST', window.probationRouteFinder.origin);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const tool = window.probationRouteFinder;
    const code = new DOMParser().parseFromString(form.elements.code.value, 'text/html');
    const holder = code.querySelector('[data-probation-route-finder]');
    preview.replaceChildren();
    if (!tool) {
      say('The tool\'s script did not load on this page, so the code cannot be checked.', []);
      return;
    }
    if (!holder) {
      say('There is no placeholder in this code. It needs:', ['<div data-probation-route-finder></div>']);
      return;
    }
    const notes = tool.check(holder).problems;
    // The script: embed.js or a pinned version (embed-v1.js, …, EMBEDDING.md), from the tool's
    // address (where this page's embed.js came from), with the placeholder host replaced.
    const script = code.querySelector('script[src]');
    const src = script?.getAttribute('src') ?? '';
    const address = (() => { try { return new URL(src, document.baseURI); } catch { return null; } })();
    if (!script) {
      notes.push('There is no script that loads the tool. Add the <script> line from EMBEDDING.md after the placeholder.');
    } else if (/ROUTE-FINDER-HOST/i.test(src)) {
      notes.push(`The script's src still says ROUTE-FINDER-HOST: put this tool's address there, ${tool.origin}.`);
    } else if (!address || !/\/embed(-v\d+)?\.js$/.test(address.pathname)) {
      notes.push(`The script's src, "${src}", is not the tool's embed.js (or a pinned version of it, such as embed-v1.js).`);
    } else if (address.origin !== tool.origin) {
      notes.push(`The script's src, "${src}", is not on this tool's address, ${tool.origin}.`);
    }
    if (notes.length) say(`${notes.length === 1 ? 'One thing' : `${notes.length} things`} to change in this code:`, notes);
    else say('The tool can use every setting in this code. Below is how it will look.', []);
    const live = document.createElement('div');
    for (const attribute of holder.attributes) live.setAttribute(attribute.name, attribute.value);
    preview.append(live);
    tool.preview(live);
  });
})();
