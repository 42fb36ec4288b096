// Feeds bring outside content into drafts, so the server must not be talked into reading its own
// network for someone (SSRF): by default a feed address — and every address it redirects to — must
// resolve to public IP addresses only. An intranet deployment with an internal feed switches
// portalOps.feedsAllowPrivate on. (DNS may still change between the check and the request; the
// check stops the plain cases, the setting documents the decision.)
import dns from 'node:dns/promises';
import net from 'node:net';

const PRIVATE_V4: Array<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

const v4 = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);

export function isPrivateAddress(ip: string): boolean {
  if (net.isIPv4(ip)) {
    const n = v4(ip);
    return PRIVATE_V4.some(([base, bits]) => {
      const size = 2 ** (32 - bits);
      return n >= v4(base) && n < v4(base) + size;
    });
  }
  const a = ip.toLowerCase();
  if (a === '::' || a === '::1') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return isPrivateAddress(mapped[1]);
  // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast.
  return /^f[cd]/.test(a) || /^fe[89ab]/.test(a) || a.startsWith('ff');
}

export class PrivateAddressError extends Error {}

/** Throws unless every address the host resolves to is public. */
export async function assertPublicHost(hostname: string): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = net.isIP(host) ? [host] : (await dns.lookup(host, { all: true })).map((a) => a.address);
  if (addresses.some(isPrivateAddress))
    throw new PrivateAddressError(
      '订阅地址指向内网或本机地址，未抓取（如确需抓取内网订阅源，请由系统管理员开启相应设置）',
    );
}
