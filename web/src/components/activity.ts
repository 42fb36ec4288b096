// When did the person last touch the page? Background polling (the notification bell) stops
// after a while without activity, so polling alone never keeps an idle session alive past the
// server's 30-minute idle timeout (等保: idle sessions end).

let lastActivity = Date.now();
let installed = false;

export function installActivityTracking(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  const touch = () => {
    lastActivity = Date.now();
  };
  for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) {
    window.addEventListener(type, touch, { passive: true, capture: true });
  }
}

export function recentlyActive(withinMs: number, now = Date.now()): boolean {
  return now - lastActivity <= withinMs;
}
