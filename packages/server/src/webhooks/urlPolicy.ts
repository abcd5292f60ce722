import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { InputError } from '../platform/errors.ts';

/**
 * Where destinations may point. Only http:// and https://, and — unless
 * FIREBREAK_WEBHOOKS_ALLOW_PRIVATE=on — only public addresses: an admin's URL must not reach the
 * cloud metadata service, the database next to Firebreak or anything else on the private network.
 * The address is checked twice: when the URL is saved (IP literals and `localhost`), and on every
 * send, on the address the connection actually goes to (so a DNS name that later resolves to a
 * private address is refused too).
 */
const blocked = new BlockList();
for (const [net, prefix] of [
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
] as const)
  blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

/** Whether an IP address is one destinations may not reach by default (loopback, private, link-local, …). */
export function isPrivateAddress(ip: string): boolean {
  const v = isIP(ip);
  if (!v) return true;
  // IPv4-mapped IPv6 (::ffff:10.0.0.1) is the IPv4 address.
  const mapped = v === 6 ? /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip) : null;
  if (mapped) return blocked.check(mapped[1], 'ipv4');
  return blocked.check(ip, v === 4 ? 'ipv4' : 'ipv6');
}

/** Checks a URL when it is saved; throws 400 `webhook_url_not_allowed` naming the reason. */
export function checkDestinationUrl(raw: string, allowPrivate: boolean): string {
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InputError('The URL must start with http:// or https://', { field: 'url' }, 'webhook_url_not_allowed');
  if (url.username || url.password)
    throw new InputError('Put credentials in the URL path or query, not user:password@', { field: 'url' }, 'webhook_url_not_allowed');
  if (allowPrivate) return url.toString();
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) && isPrivateAddress(host)))
    throw new InputError(
      `${host} is a private or loopback address; destinations must be public (an operator may allow private ones with FIREBREAK_WEBHOOKS_ALLOW_PRIVATE=on)`,
      { field: 'url' },
      'webhook_url_not_allowed',
    );
  return url.toString();
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http(s).request that refuses private addresses (the check on the address actually used). */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: object, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses as LookupAddress[];
      const allowed = allowPrivate ? list : list.filter((a) => !isPrivateAddress(a.address));
      if (!allowed.length) {
        const refused = Object.assign(new Error(`${hostname} resolves to a private address, which destinations may not reach`), {
          code: 'EPRIVATE',
        });
        return callback(refused, []);
      }
      if ((options as { all?: boolean }).all) return callback(null, allowed);
      callback(null, allowed[0].address, allowed[0].family);
    });
  };
}
