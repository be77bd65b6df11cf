// Probation route finder: embed script for partner sites. The example page next to this script,
// examples/partner.html, shows every setting with the code to copy.
//
// Replaces each <div data-probation-route-finder> with an iframe of the app, and sizes the iframe
// to its content. The app posts only its height; this script accepts it only from the app's own
// origin and only for an iframe it made. No other data crosses, and nothing is sent anywhere.
// A setting that cannot be used is named in the console and in a notice inside the frame, for the
// site's editor; the tool then works with its usual setting instead.
(() => {
  const script = document.currentScript;
  if (!script || !script.src) return;
  const app = new URL('./', script.src);
  const guide = new URL('examples/partner.html', app).href;
  const frames = new Set();
  const warn = (text) => console.warn(`Probation route finder: ${text} See ${guide}`);

  // White text must reach 4.5:1 on the brand colour (WCAG AA).
  const contrastWithWhite = (hex) => {
    const channel = (i) => {
      const s = parseInt(hex.slice(i, i + 2), 16) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const l = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    return 1.05 / (l + 0.05);
  };

  const REGIONS = ['north-east', 'yorkshire-humber', 'north-west', 'greater-manchester', 'kent-surrey-sussex',
    'east-of-england', 'east-midlands', 'west-midlands', 'london', 'south-central', 'south-west', 'wales'];
  const LANGS = ['en', 'cy'];
  const SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-modals allow-downloads allow-top-navigation-to-custom-protocols';

  for (const holder of document.querySelectorAll('[data-probation-route-finder]')) {
    const o = holder.dataset;
    // Presets (home, preset-region) travel with every link in the app, so "Start again" returns to
    // them; `setup` names the settings that could not be used, for the notice in the frame.
    const keys = ['embed=1'];
    const setup = [];
    if (o.start === 'question') keys.unshift('page=qualified', 'home=question');
    else if (o.start !== undefined && o.start !== '') {
      warn(`data-start="${o.start}" is not "question"; the tool opens on its start page.`);
      setup.push('start');
    }
    if (o.region) {
      if (REGIONS.includes(o.region)) keys.push(`region=${o.region}`, `preset-region=${o.region}`);
      else {
        warn(`data-region="${o.region}" is not one of: ${REGIONS.join(', ')}.`);
        setup.push('region');
      }
    }
    if (o.lang) {
      if (LANGS.includes(o.lang)) keys.push(`lang=${o.lang}`);
      else {
        warn(`data-lang="${o.lang}" is not one of: ${LANGS.join(', ')}; the tool follows the visitor's browser.`);
        setup.push('lang');
      }
    }
    if (o.mode === 'kiosk') keys.push('mode=kiosk');
    if (o.brand) {
      const hex = o.brand.replace(/^#/, '');
      if (!/^[0-9a-fA-F]{6}$/.test(hex)) {
        warn(`data-brand="${o.brand}" is not a colour like #1d70b8; using the default.`);
        setup.push('brand');
      } else {
        const ratio = contrastWithWhite(hex);
        if (ratio < 4.5) {
          warn(`white text on data-brand="${o.brand}" has a contrast of ${ratio.toFixed(2)}:1, below the 4.5:1 WCAG AA needs; using the default colour.`);
          setup.push('contrast');
        } else {
          keys.push(`brand=${hex.toLowerCase()}`);
        }
      }
    }
    if (setup.length) keys.push(`setup=${setup.join(',')}`);
    const frame = document.createElement('iframe');
    frame.src = `${app.href}#${keys.join('&')}`;
    frame.title = o.title || 'Find your route to becoming a probation officer';
    frame.style.width = '100%';
    frame.style.minHeight = '400px';
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.setAttribute('referrerpolicy', 'no-referrer');
    // Only what the tool uses: its script, its own origin (the height messages are checked by it,
    // and its offline copy needs it), its forms, printing, the calendar file, and the result's
    // phone and email links. No pop-ups, and it can never navigate this page.
    frame.setAttribute('sandbox', SANDBOX);
    holder.replaceChildren(frame);
    frames.add(frame);
  }

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
