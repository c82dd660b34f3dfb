import Bowser from 'bowser';

/** "Chrome 131 · Windows" from a user agent; what a person recognises their own devices by. */
export function deviceName(userAgent: string | null): string {
  if (!userAgent) return '—';
  const { browser, os, platform } = Bowser.parse(userAgent);
  const name = [browser.name, browser.version?.split('.')[0]].filter(Boolean).join(' ');
  const system = [os.name, platform.type === 'mobile' || platform.type === 'tablet' ? platform.type : null]
    .filter(Boolean)
    .join(' ');
  return [name, system].filter(Boolean).join(' · ') || userAgent.slice(0, 60);
}
