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
    const script = code.querySelector('script[src]');
    if (script && !/embed\.js(\?.*)?$/.test(script.getAttribute('src'))) {
      notes.push(`The script's src, "${script.getAttribute('src')}", is not the tool's embed.js.`);
    }
    if (notes.length) say(`The tool cannot use ${notes.length === 1 ? 'one setting' : `${notes.length} settings`}:`, notes);
    else say('The tool can use every setting in this code. Below is how it will look.', []);
    const live = document.createElement('div');
    for (const attribute of holder.attributes) live.setAttribute(attribute.name, attribute.value);
    preview.append(live);
    tool.preview(live);
  });
})();
