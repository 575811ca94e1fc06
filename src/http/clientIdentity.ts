import { createHash, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config.js';
import type { BucketLimits } from '../graphql/plugins/leakyBucket.js';

export interface ClientIdentity {
  /** The rate-limit bucket: "key:<sha256 prefix>" for an API key, "ip:<address>" otherwise. */
  id: string;
  limits: BucketLimits;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Who is asking, for the rate limit: a configured API key (authorization: Bearer <key>)
 * gets its own, larger bucket; anything else, including an unknown key, is counted by IP.
 * Keys are compared as digests in constant time so the comparison reveals nothing.
 */
export function clientIdentifier(config: Config) {
  const keys = config.rateLimit.apiKeys.map(digest);
  return (authorization: string | undefined, ip: string | undefined): ClientIdentity => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (bearer) {
      const given = digest(bearer);
      if (keys.some((k) => timingSafeEqual(k, given))) {
        return { id: `key:${given.toString('hex').slice(0, 16)}`, limits: config.rateLimit.perKey };
      }
    }
    return { id: `ip:${ip ?? 'unknown'}`, limits: config.rateLimit.anonymous };
  };
}

/** True only when a debug key is configured and the header carries exactly that key. */
export function debugAllowed(config: Config, header: string | string[] | undefined): boolean {
  if (!config.debugHeaderKey || typeof header !== 'string') return false;
  const a = digest(header);
  return timingSafeEqual(a, digest(config.debugHeaderKey));
}
