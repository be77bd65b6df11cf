// Probation route finder: embed script for partner sites. The example page next to this script,
// examples/partner.html, shows every setting with the code to copy, and checks an editor's code.
//
// Replaces each <div data-probation-route-finder> with an iframe of the app, and sizes the iframe
// to its content. The app posts only its height; this script accepts it only from the app's own
// origin and only for an iframe it made. No other data crosses, and nothing is sent anywhere.
//
// Settings are read as people write them: any case, spaces around, a region's name in English or
// Welsh as well as its short form. One that still cannot be used is named in the console, with
// what to write instead; the tool then works with its usual setting. Visitors never see a notice
// about it: the editor sees one inside the frame only in preview, when the page's own address has
// `route-finder-preview` in it (?route-finder-preview, or #route-finder-preview).
(() => {
  const script = document.currentScript;
  if (!script || !script.src) return;
  const app = new URL('./', script.src);
  const guide = new URL('examples/partner.html#check', app).href;
  const frames = new Set();
  const warn = (text) => console.warn(`Probation route finder: ${text} See ${guide}`);
  const preview = /(^|[?&#])route-finder-preview([=&#]|$)/.test(location.search + location.hash);

  // White text must reach 4.5:1 on the brand colour (WCAG AA).
  const contrastWithWhite = (hex) => {
    const channel = (i) => {
      const s = parseInt(hex.slice(i, i + 2), 16) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const l = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    return 1.05 / (l + 0.05);
  };

  // Each region's slug, with its names as the tool writes them in English and Welsh
  // (src/text/en.rs and cy.rs; tests/embedding.rs keeps them the same).
  const REGIONS = {
    'north-east': ['North East', 'Gogledd-ddwyrain Lloegr'],
    'yorkshire-humber': ['Yorkshire and the Humber', "Swydd Efrog a'r Humber"],
    'north-west': ['North West', 'Gogledd-orllewin Lloegr'],
    'greater-manchester': ['Greater Manchester', 'Manceinion Fwyaf'],
    'kent-surrey-sussex': ['Kent, Surrey and Sussex', 'Caint, Surrey a Sussex'],
    'east-of-england': ['East of England', 'Dwyrain Lloegr'],
    'east-midlands': ['East Midlands', 'Dwyrain Canolbarth Lloegr'],
    'west-midlands': ['West Midlands', 'Gorllewin Canolbarth Lloegr'],
    'london': ['London', 'Llundain'],
    'south-central': ['South Central', 'De Canolog Lloegr'],
    'south-west': ['South West', 'De-orllewin Lloegr'],
    'wales': ['Wales', 'Cymru'],
  };
  // Words a name may have or leave out ("Yorkshire and Humber", "Yorkshire & the Humber"):
  // "and", "the", and Welsh "a", "ac", "a'r".
  const FILLER = new Set(['and', 'the', 'a', 'ac', 'ar']);
  /** A name as its words: small letters, no accents or punctuation, no filler words. */
  const words = (text) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/&/g, ' and ').replace(/['’]/g, '').split(/[^a-z0-9]+/)
    .filter((w) => w && !FILLER.has(w)).join('-');
  const region = (text) => Object.keys(REGIONS)
    .find((slug) => [slug, ...REGIONS[slug]].some((name) => words(name) === words(text)));
  const lang = (text) => {
    const w = text.trim().toLowerCase();
    if (/^(en|eng|english|saesneg)([-_].*)?$/.test(w)) return 'en';
    if (/^(cy|cym|welsh|cymraeg)([-_].*)?$/.test(w)) return 'cy';
    return null;
  };
  /** `#rgb` or `#rrggbb`, with or without the `#`, as six small hex digits. */
  const colour = (text) => {
    const hex = text.trim().replace(/^#/, '').toLowerCase();
    if (/^[0-9a-f]{6}$/.test(hex)) return hex;
    if (/^[0-9a-f]{3}$/.test(hex)) return hex.replace(/./g, '$&$&');
    return null;
  };
  /** The placeholder's data- attributes the tool reads (as `dataset` names them). */
  const SETTINGS = ['probationRouteFinder', 'region', 'start', 'lang', 'mode', 'brand', 'title'];
  const SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-modals allow-downloads allow-top-navigation-to-custom-protocols allow-popups allow-popups-to-escape-sandbox';

  /** What a placeholder's settings ask for: the frame's address (its `#` keys), and each setting
   * that cannot be used, with what to write instead. */
  const read = (o) => {
    const keys = ['embed=1'];
    const problems = [];
    const problem = (setting, text) => problems.push({ setting, text });
    const given = (value) => value !== undefined && value.trim() !== '';
    // A misspelt setting (data-regoin) would otherwise be ignored without a word.
    for (const name of Object.keys(o)) {
      if (!SETTINGS.includes(name)) {
        const attribute = `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
        problem('unknown', `${attribute} is not a setting the tool knows; the settings are ${SETTINGS.slice(1).map((s) => `data-${s}`).join(', ')}.`);
      }
    }
    if (given(o.start)) {
      if (o.start.trim().toLowerCase() === 'question') keys.unshift('page=qualified', 'home=question');
      else problem('start', `data-start="${o.start}" is not "question"; the tool opens on its start page.`);
    }
    if (given(o.region)) {
      const slug = region(o.region);
      if (slug) keys.push(`region=${slug}`, `preset-region=${slug}`);
      else {
        problem('region', `data-region="${o.region}" is not a region the tool knows; no region is chosen in advance. `
          + `Write a region's name or short form: ${Object.entries(REGIONS).map(([slug, [name]]) => `${name} (${slug})`).join(', ')}.`);
      }
    }
    if (given(o.lang)) {
      const code = lang(o.lang);
      if (code) keys.push(`lang=${code}`);
      else problem('lang', `data-lang="${o.lang}" is not en (English) or cy (Welsh); the tool follows the visitor's browser.`);
    }
    if (given(o.mode)) {
      if (['kiosk', 'adviser', 'advisor'].includes(o.mode.trim().toLowerCase())) keys.push('mode=kiosk');
      else problem('mode', `data-mode="${o.mode}" is not "kiosk" (adviser mode); the tool opens in its usual mode.`);
    }
    if (given(o.brand)) {
      const hex = colour(o.brand);
      if (!hex) problem('brand', `data-brand="${o.brand}" is not a colour like #1d70b8; using the default.`);
      else {
        const ratio = contrastWithWhite(hex);
        if (ratio < 4.5) {
          problem('contrast', `white text on data-brand="${o.brand}" has a contrast of ${ratio.toFixed(2)}:1, below the 4.5:1 WCAG AA needs; using the default colour.`);
        } else {
          keys.push(`brand=${hex}`);
        }
      }
    }
    return { keys, problems };
  };

  /** Replaces `holder` with the tool's frame. In preview the frame shows the editor's notice. */
  const embed = (holder, inPreview = preview) => {
    const { keys, problems } = read(holder.dataset);
    for (const p of problems) warn(p.text);
    if (inPreview) {
      keys.push('preview=1');
      if (problems.length) keys.push(`setup=${problems.map((p) => p.setting).join(',')}`);
    }
    const frame = document.createElement('iframe');
    frame.src = `${app.href}#${keys.join('&')}`;
    frame.title = holder.dataset.title || 'Find your route to becoming a probation officer';
    frame.style.width = '100%';
    frame.style.minHeight = '400px';
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.setAttribute('referrerpolicy', 'no-referrer');
    // Only what the tool uses: its script, its own origin (the height messages are checked by it,
    // and its offline copy needs it), its forms, printing, the calendar file, the result's phone
    // and email links, and its links to the official careers pages, which open in a new tab
    // outside the sandbox. It can never navigate this page.
    frame.setAttribute('sandbox', SANDBOX);
    holder.replaceChildren(frame);
    frames.add(frame);
    return { problems: problems.map((p) => p.text) };
  };

  // A script without defer in the page's head runs before the placeholders exist: wait for them.
  const embedAll = () => {
    for (const holder of document.querySelectorAll('[data-probation-route-finder]')) embed(holder);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', embedAll);
  else embedAll();
  // For the example page's checker: the same reading, on an editor's pasted code.
  window.probationRouteFinder = {
    origin: app.origin,
    check: (holder) => ({ problems: read(holder.dataset).problems.map((p) => p.text) }),
    preview: (holder) => embed(holder, true),
  };

  window.addEventListener('message', (event) => {
    if (event.origin !== app.origin) return;
    const data = event.data;
    if (!data || data.type !== 'prf:height' || !Number.isFinite(data.height)) return;
    for (const frame of frames) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.max(200, Math.min(20000, Math.ceil(data.height)))}px`;
      }
    }
  });
})();
