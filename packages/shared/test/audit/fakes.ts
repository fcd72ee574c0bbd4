/**
 * A loopback fake of AWS KMS (AWS JSON 1.1, X-Amz-Target TrentService.<op>) with one asymmetric RSA_2048
 * SIGN_VERIFY key made here: Sign (MessageType DIGEST, RSASSA_PKCS1_V1_5_SHA_256: the DigestInfo signed with
 * the private key) and GetPublicKey (DER SubjectPublicKeyInfo). Aliases resolve to the key's ARN.
 */
import { constants, generateKeyPairSync, privateEncrypt } from 'node:crypto';
import { type FakeServer, json, type RecordedRequest, startFakeServer } from '@driftgate/testkit/fake-server';

export const KEY_ARN = 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

export interface FakeKms extends FakeServer {
  calls(): string[];
  /** Sign with another key from now on (a forged signature, as far as the published key goes). */
  rotatePrivateKey(): void;
}

export async function startFakeKms(aliases: string[] = ['alias/driftgate-audit']): Promise<FakeKms> {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let signer = pair.privateKey;
  const known = (id: string) => id === KEY_ARN || id === KEY_ARN.split('/')[1] || aliases.includes(id);
  const server = await startFakeServer((req: RecordedRequest) => {
    const op = String(req.headers['x-amz-target'] ?? '').replace('TrentService.', '');
    const body = req.json();
    if (!known(body.KeyId))
      return json(400, { __type: 'NotFoundException', message: `Key '${body.KeyId}' does not exist` });
    if (op === 'Sign') {
      if (body.MessageType !== 'DIGEST' || body.SigningAlgorithm !== 'RSASSA_PKCS1_V1_5_SHA_256')
        return json(400, { __type: 'ValidationException', message: 'fake KMS signs SHA-256 digests with PKCS#1 v1.5' });
      const digest = Buffer.from(body.Message, 'base64');
      const signature = privateEncrypt(
        { key: signer, padding: constants.RSA_PKCS1_PADDING },
        Buffer.concat([SHA256_DIGEST_INFO, digest]),
      );
      return json(200, {
        KeyId: KEY_ARN,
        Signature: signature.toString('base64'),
        SigningAlgorithm: body.SigningAlgorithm,
      });
    }
    if (op === 'GetPublicKey')
      return json(200, {
        KeyId: KEY_ARN,
        PublicKey: pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
        KeySpec: 'RSA_2048',
        KeyUsage: 'SIGN_VERIFY',
        SigningAlgorithms: ['RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PSS_SHA_256'],
      });
    return json(400, { __type: 'UnsupportedOperationException', message: op });
  });
  return Object.assign(server, {
    calls: () => server.requests.map((r) => String(r.headers['x-amz-target'] ?? '').replace('TrentService.', '')),
    rotatePrivateKey: () => {
      signer = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    },
  });
}
