// The lobby display screen's script (served as /display/screen.<hash>.js; no inline scripts under
// the CSP): rotates the items, keeps the clock, refreshes today's figures, reloads once an hour.
(() => {
  const body = document.body;
  const interval = Math.max(5, Number(body.dataset.interval) || 12) * 1000;
  const slides = Array.from(document.querySelectorAll('.slide[data-slide]'));
  let current = Math.max(
    0,
    slides.findIndex((s) => !s.hidden),
  );

  // A list longer than its block (申请条件, 办理流程) scrolls down slowly while its item is shown:
  // a pause at the top, the scroll, a pause at the end. Nothing is cut off.
  let scrolling = [];
  const scrollLists = (slide) => {
    for (const t of scrolling) clearInterval(t);
    scrolling = [];
    for (const list of slide.querySelectorAll('.scroll')) {
      list.scrollTop = 0;
      const extra = list.scrollHeight - list.clientHeight;
      if (extra <= 2) continue;
      const start = Date.now() + 2000;
      const span = Math.max(1000, interval - 4000);
      scrolling.push(
        setInterval(() => {
          const f = Math.min(1, Math.max(0, (Date.now() - start) / span));
          list.scrollTop = Math.round(extra * f);
        }, 50),
      );
    }
  };

  const show = (i) => {
    slides.forEach((s, k) => {
      s.hidden = k !== i;
    });
    if (slides[i]) scrollLists(slides[i]);
  };
  if (slides[current]) scrollLists(slides[current]);
  if (slides.length > 1)
    setInterval(() => {
      current = (current + 1) % slides.length;
      show(current);
    }, interval);

  const clock = document.getElementById('clock');
  const format = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  });
  const time = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  });
  const tick = () => {
    if (clock) clock.textContent = format.format(new Date());
  };
  tick();
  setInterval(tick, 1000);

  const set = (id, text) => {
    const el = document.getElementById(id);
    if (el) el.textContent = text;
  };
  const refresh = async () => {
    try {
      const res = await fetch(body.dataset.stats, { cache: 'no-store', credentials: 'omit' });
      if (!res.ok) return;
      const s = await res.json();
      set('stat-received', String(s.received));
      set('stat-accepted', String(s.accepted));
      set('stat-decided', String(s.decided));
      set('stat-ontime', s.onTimeRate === null ? '—' : String(s.onTimeRate));
      const unit = document.getElementById('stat-ontime-unit');
      if (unit) unit.hidden = s.onTimeRate === null;
      set('stat-updated', time.format(new Date(s.updatedAt)));
    } catch {
      // The hall network may blink; the next round tries again.
    }
  };
  setInterval(refresh, 10_000);

  // Catalogue changes and new releases reach the screen without anyone touching it.
  setTimeout(() => window.location.reload(), 3_600_000);
})();
