import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { dataSourceOptions } from '@avrr/persistence';
import { caseDataConverter, temporalConnectionOptions } from '@avrr/temporal';
import { returnCaseWorkflowId } from '@avrr/workflows';
import { seedTestAccess } from './support/access';
import { ApiProcess } from './support/api-process';
import { CaseDriver, signInTestUsers } from './support/case-driver';
import { uniqueTag } from './support/case-draft';
import { poll } from './support/poll';
import { makeTestCertificates, type TestCertificates } from './support/test-certificates';
import { TlsFront } from './support/tls-front';
import { WorkerProcess } from './support/worker-process';

jest.setTimeout(120_000);

const SERVER_NAME = 'temporal.avrr.test';
let certificates: TestCertificates;
let front: TlsFront;
let dataSource: DataSource;
let tlsEnv: Record<string, string>;
const started: Array<{ kill(signal?: NodeJS.Signals): Promise<unknown> }> = [];

beforeAll(async () => {
  const config = loadAppConfig();
  certificates = makeTestCertificates(SERVER_NAME);
  front = await TlsFront.start(certificates, config.temporal.address);
  tlsEnv = {
    TEMPORAL_ADDRESS: front.address,
    // A task queue of its own: only the processes of this file serve it.
    TEMPORAL_TASK_QUEUE: `tls-${uniqueTag()}`,
    TEMPORAL_TLS_SERVER_CA_CERT_PATH: certificates.caFile,
    // The certificate as a value (as a secret store injects it), the key and the CA as files.
    TEMPORAL_TLS_CLIENT_CERT: certificates.read(certificates.clientCertFile),
    TEMPORAL_TLS_CLIENT_KEY_PATH: certificates.clientKeyFile,
    // The server certificate names only this host, not 127.0.0.1.
    TEMPORAL_TLS_SERVER_NAME: SERVER_NAME,
  };
  dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  await seedTestAccess(dataSource);
});

afterAll(async () => {
  await Promise.all(started.map((p) => p.kill('SIGTERM')));
  await front?.close();
  await dataSource?.destroy();
});

describe('Temporal over mutual TLS', () => {
  it('the API (client and health check) and the worker connect with the configured CA, client certificate and server name', async () => {
    const [worker, api] = await Promise.all([WorkerProcess.start(60_000, tlsEnv), ApiProcess.start(tlsEnv)]);
    started.push(worker, api);

    const ready = await fetch(`${api.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { info: Record<string, { status: string }> }).info.temporal.status).toBe('up');

    // The API starts the case's workflow over TLS, and the worker runs its first activity over TLS.
    await signInTestUsers(api.baseUrl);
    const driver = await CaseDriver.open(api.baseUrl);
    await poll('the worker records the intake', async () =>
      (await driver.timeline()).some((e) => e.type === 'intake_recorded'),
    );

    // A client built by the same functions from the same settings sees the workflow on the file's own task queue (the
    // data converter opens the sealed memo that describe() reads).
    const config = loadAppConfig(tlsEnv);
    const connection = await Connection.connect(temporalConnectionOptions(config));
    try {
      const description = await new Client({ connection, dataConverter: caseDataConverter(config) }).workflow
        .getHandle(returnCaseWorkflowId(driver.caseId))
        .describe();
      expect(description.taskQueue).toBe(tlsEnv.TEMPORAL_TASK_QUEUE);
    } finally {
      await connection.close();
    }
    // Every one of these connections went through the TLS front with the client certificate.
    expect(front.authorizedConnections).toBeGreaterThanOrEqual(3);
  });

  it('refuses a connection that does not trust the CA, or brings no client certificate', async () => {
    const withoutCa = temporalConnectionOptions(
      loadAppConfig({ ...tlsEnv, TEMPORAL_TLS_SERVER_CA_CERT_PATH: undefined }),
    );
    const withoutClientCertificate = temporalConnectionOptions(
      loadAppConfig({ ...tlsEnv, TEMPORAL_TLS_CLIENT_CERT: undefined, TEMPORAL_TLS_CLIENT_KEY_PATH: undefined }),
    );
    expect(withoutCa.tls).toMatchObject({ serverNameOverride: SERVER_NAME });
    expect(withoutCa.tls?.serverRootCACertificate).toBeUndefined();

    await expect(NativeConnection.connect(withoutCa)).rejects.toThrow(/certificate|UnknownIssuer/i);
    await expect(Connection.connect({ ...withoutCa, connectTimeout: 5_000 })).rejects.toThrow();
    await expect(NativeConnection.connect(withoutClientCertificate)).rejects.toThrow();
    await expect(Connection.connect({ ...withoutClientCertificate, connectTimeout: 5_000 })).rejects.toThrow();

    // The same front lets the complete settings in: the refusals above are the missing CA and certificate.
    const connection = await NativeConnection.connect(temporalConnectionOptions(loadAppConfig(tlsEnv)));
    await connection.close();

    // A worker without the CA stops at boot rather than running without Temporal.
    await expect(
      WorkerProcess.start(60_000, { ...tlsEnv, TEMPORAL_TLS_SERVER_CA_CERT_PATH: undefined }),
    ).rejects.toThrow(/exited before/);
  });
});
