// Probation route finder: embed script for partner sites. See EMBEDDING.md.
//
// Replaces each <div data-probation-route-finder> with an iframe of the app, and sizes the iframe
// to its content. The app posts only its height; this script accepts it only from the app's own
// origin and only for an iframe it made. No other data crosses, and nothing is sent anywhere.
(() => {
  const script = document.currentScript;
  if (!script || !script.src) return;
  const app = new URL('./', script.src);
  const frames = new Set();

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

  for (const holder of document.querySelectorAll('[data-probation-route-finder]')) {
    const o = holder.dataset;
    const keys = ['embed=1'];
    if (o.start === 'question') keys.unshift('page=qualified');
    if (o.region) {
      if (REGIONS.includes(o.region)) keys.push(`region=${o.region}`);
      else console.warn(`Probation route finder: data-region="${o.region}" is not one of: ${REGIONS.join(', ')}.`);
    }
    if (o.lang) keys.push(`lang=${encodeURIComponent(o.lang)}`);
    if (o.mode === 'kiosk') keys.push('mode=kiosk');
    if (o.brand) {
      const hex = o.brand.replace(/^#/, '');
      if (!/^[0-9a-fA-F]{6}$/.test(hex)) {
        console.warn(`Probation route finder: data-brand="${o.brand}" is not a colour like #1d70b8; using the default.`);
      } else {
        const ratio = contrastWithWhite(hex);
        if (ratio < 4.5) {
          console.warn(`Probation route finder: white text on data-brand="${o.brand}" has a contrast of ${ratio.toFixed(2)}:1, below the 4.5:1 WCAG AA needs; using the default colour.`);
        } else {
          keys.push(`brand=${hex.toLowerCase()}`);
        }
      }
    }
    const frame = document.createElement('iframe');
    frame.src = `${app.href}#${keys.join('&')}`;
    frame.title = o.title || 'Find your route to becoming a probation officer';
    frame.style.width = '100%';
    frame.style.minHeight = '400px';
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.setAttribute('referrerpolicy', 'no-referrer');
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
