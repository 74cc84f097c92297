import ipaddr from "ipaddr.js";

// A client address as people read it, wherever one is shown (the audit log, sessions and
// sign-ins, the staff console, mails, PDFs): an IPv4 client reaching a dual-stack socket is
// stored as "::ffff:127.0.0.1" and shown as "127.0.0.1"; IPv6 in its short form; anything
// that is not an address as stored. No address stays null, for the caller's dash.
export function displayIp(ip: string): string;
export function displayIp(ip: string | null | undefined): string | null;
export function displayIp(ip: string | null | undefined): string | null {
  if (ip == null) return null;
  const trimmed = ip.trim();
  return ipaddr.isValid(trimmed) ? ipaddr.process(trimmed).toString() : ip;
}
