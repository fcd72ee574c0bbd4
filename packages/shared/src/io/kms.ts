/**
 * Signing audit entries with AWS KMS (an asymmetric SIGN_VERIFY key): `Sign` over the SHA-256 digest of the
 * entry's canonical JSON (MessageType DIGEST, so any entry size fits), and verification with the key's public
 * half from `GetPublicKey` (read once per key), locally with node:crypto, so a reviewer needs only
 * kms:GetPublicKey, never kms:Sign.
 */
import { createHash, createPublicKey, constants as cryptoConstants, type KeyObject, verify } from 'node:crypto';
import type { KMSClient } from '@aws-sdk/client-kms';
import type { AuditSignature } from '../core/audit/entry.js';
import { awsRequestHandler, lazyClient, type Sender } from './aws.js';
import { type AwsClientOptions, awsRegion } from './publish/s3.js';

/** @aws-sdk/client-kms, imported on the first KMS request. */
const kmsSdk = () => import('@aws-sdk/client-kms');

export type Kms = Sender<KMSClient>;

export function kmsClient(options: AwsClientOptions = {}): Kms {
  const config = {
    region: awsRegion(options.region),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    maxAttempts: 3,
  };
  return lazyClient(
    async () => new (await kmsSdk()).KMSClient({ ...config, requestHandler: await awsRequestHandler() }),
  );
}

export const SIGNING_ALGORITHMS = ['RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PSS_SHA_256', 'ECDSA_SHA_256'] as const;
export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];

export async function signText(
  kms: Kms,
  keyId: string,
  algorithm: SigningAlgorithm,
  text: string,
): Promise<AuditSignature> {
  const { SignCommand } = await kmsSdk();
  const out = await kms.send(
    new SignCommand({
      KeyId: keyId,
      Message: createHash('sha256').update(text).digest(),
      MessageType: 'DIGEST',
      SigningAlgorithm: algorithm,
    }),
  );
  if (!out.Signature) throw new Error(`KMS Sign with ${keyId} returned no signature.`);
  // The key's ARN as KMS reports it: an alias can later point elsewhere; the ARN cannot.
  return { keyId: out.KeyId ?? keyId, algorithm, value: Buffer.from(out.Signature).toString('base64') };
}

/** Public keys by key id, each read once with GetPublicKey. */
export function publicKeys(kms: Kms): (keyId: string) => Promise<KeyObject> {
  const cache = new Map<string, Promise<KeyObject>>();
  return (keyId) => {
    let p = cache.get(keyId);
    if (!p) {
      p = (async () => {
        const { GetPublicKeyCommand } = await kmsSdk();
        const out = await kms.send(new GetPublicKeyCommand({ KeyId: keyId }));
        if (!out.PublicKey) throw new Error(`KMS GetPublicKey of ${keyId} returned no key.`);
        return createPublicKey({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' });
      })();
      cache.set(keyId, p);
    }
    return p;
  };
}

export function isSigningAlgorithm(a: string): a is SigningAlgorithm {
  return (SIGNING_ALGORITHMS as readonly string[]).includes(a);
}

export function verifyText(key: KeyObject, algorithm: SigningAlgorithm, text: string, signature: string): boolean {
  const sig = Buffer.from(signature, 'base64');
  const data = Buffer.from(text);
  if (algorithm === 'RSASSA_PSS_SHA_256')
    return verify('sha256', data, { key, padding: cryptoConstants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, sig);
  return verify('sha256', data, key, sig);
}
