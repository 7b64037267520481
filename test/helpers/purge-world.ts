// What a CDN purge test needs: Azurite for storage, a local HTTPS stand-in
// for Azure Resource Manager (arm.ts) and one for the Entra token endpoint
// (oidc.ts), and azcp run as its own process from the sources — the
// stand-ins' test certificate is trusted through NODE_EXTRA_CA_CERTS, which
// Node reads only when a process starts.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startAzurite } from '../../scripts/azurite.mjs';
import { repoRoot } from './azcp.ts';
import type { Azurite } from './trees.ts';
import { makeLoopbackCert, type TestCert } from './certs.ts';
import { startIdentityProvider, type IdentityProvider } from './oidc.ts';
import { startArmStandIn, type ArmStandIn } from './arm.ts';

export const TENANT = '72f988bf-0000-4000-8000-000000000001';
export const CLIENT = 'a1b2c3d4-0000-4000-8000-00000000cafe';
export const SECRET = 'purge-test-client-secret-Xy9';
export const AFD = '/subscriptions/sub1/resourceGroups/web/providers/Microsoft.Cdn/profiles/fd/afdEndpoints/site';
export const CDN = '/subscriptions/sub1/resourceGroups/web/providers/Microsoft.Cdn/profiles/classic/endpoints/site';

export interface PurgeWorld {
  az: Azurite;
  arm: ArmStandIn;
  idp: IdentityProvider;
  cert: TestCert;
  /** azcp ARGS in a child process, with a service principal (client secret) the token stand-in knows. */
  run(args: string[], home: string): Promise<{ code: number; stdout: string; stderr: string }>;
  stop(): Promise<void>;
}

export async function startPurgeWorld(azuriteArgs: string[] = []): Promise<PurgeWorld> {
  const cert = makeLoopbackCert();
  const [az, arm] = await Promise.all([startAzurite({ extraArgs: azuriteArgs }), startArmStandIn(cert)]);
  const idp = await startIdentityProvider({ cert, tenantId: TENANT, clientSecrets: { [CLIENT]: SECRET }, resources: [arm.url] });
  const run = (args: string[], home: string) => {
    const env = {
      PATH: process.env.PATH,
      HOME: home,
      AZCP_HOST: 'cli',
      NODE_EXTRA_CA_CERTS: cert.certPath,
      AZURE_AUTHORITY_HOST: idp.url,
      AZURE_TENANT_ID: TENANT,
      AZURE_CLIENT_ID: CLIENT,
      AZURE_CLIENT_SECRET: SECRET,
      AZCP_ARM_ENDPOINT: arm.url,
    };
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'main.ts'), ...args], { cwd: repoRoot, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    });
  };
  return {
    az, arm, idp, cert, run,
    stop: async () => {
      await Promise.all([arm.stop(), idp.stop(), az.stop()]);
      cert.cleanup();
    },
  };
}
