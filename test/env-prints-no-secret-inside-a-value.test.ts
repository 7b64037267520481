// azcp env prints every AZCP_* variable's value, except the secret ones.
// A non-secret variable can still carry a secret inside it: an endpoint
// URL pasted with its SAS, a connection string pasted into the wrong
// variable. `azcp env` output gets pasted into issues, so a value is
// printed through the same redaction as every other output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { envText } from '../src/hosts/cli/env-command.ts';

test('a SAS signature or an account key inside a non-secret variable is not printed', () => {
  const text = envText({
    AZCP_FILE_ENDPOINT: 'https://files.example/?sv=2024-05-04&sig=TOPSECRETsig%2Bxyz',
    AZCP_JOB_DIR: '/jobs/DefaultEndpointsProtocol=https;AccountName=a;AccountKey=c2VjcmV0a2V5MTIz',
  });
  assert.ok(!text.includes('TOPSECRETsig'), text);
  assert.ok(!text.includes('c2VjcmV0a2V5MTIz'), text);
  assert.match(text, /AZCP_FILE_ENDPOINT\s+https:\/\/files\.example\/\?sv=2024-05-04&sig=REDACTED/);
});
