/**
 * An endpoint URL as users write it, sometimes with credentials inside (`https://user:pass@host/`).
 * The credentials become the Authorization header and the URL that is printed, logged or put into
 * an error never carries them.
 */
export function splitCredentials(raw: string): { url: string; basic?: string } {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return { url: raw };
  }
  if (!u.username && !u.password) return { url: raw };
  const basic = `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`;
  u.username = '';
  u.password = '';
  return { url: u.toString(), basic };
}
