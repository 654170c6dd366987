import Fastify, { type FastifyInstance } from 'fastify';
import { ClsServiceManager } from 'nestjs-cls';
import { Writable } from 'node:stream';
import { type Options, pinoHttp } from 'pino-http';
import { type AppConfig, loggerParams, requestIdFor } from '@avrr/config';
import { registerRequestContext, RequestPinoLogger } from './request-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A Fastify instance with the API's request hooks, its log lines collected. */
async function server(level = 'info'): Promise<{ app: FastifyInstance; lines: Array<Record<string, any>> }> {
  const lines: Array<Record<string, any>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  const params = loggerParams({ logLevel: level } as AppConfig, 'api');
  const root = pinoHttp(params.pinoHttp as Options, stream).logger;
  const app = Fastify({ genReqId: requestIdFor });
  const cls = ClsServiceManager.getClsService();
  registerRequestContext(app, cls, root);
  const inside = new RequestPinoLogger({ pinoHttp: { level: 'silent' } });
  app.get('/cases/:id', async () => {
    inside.warn('inside the request');
    return { requestId: cls.get('requestId') };
  });
  app.get('/health', async () => ({ ok: true }));
  app.get('/broken', async (_request, reply) => reply.code(500).send({ message: 'no' }));
  await app.ready();
  return { app, lines };
}

describe('request context (id, async context, request log)', () => {
  it("takes the caller's sane X-Request-Id, answers with it, and names it in the context and every log line", async () => {
    const { app, lines } = await server();
    const response = await app.inject({
      url: '/cases/1?x=1',
      headers: { 'x-request-id': 'my-req.1', authorization: 'Bearer secret' },
    });
    expect(response.headers['x-request-id']).toBe('my-req.1');
    expect(response.json()).toEqual({ requestId: 'my-req.1' });
    const [inside, completed] = lines;
    expect(inside).toMatchObject({ level: 40, app: 'api', requestId: 'my-req.1', msg: 'inside the request' });
    expect(inside.req).toMatchObject({ id: 'my-req.1', method: 'GET', url: '/cases/1?x=1' });
    expect(completed).toMatchObject({
      level: 30,
      app: 'api',
      req: {
        id: 'my-req.1',
        method: 'GET',
        url: '/cases/1?x=1',
        query: { x: '1' },
        headers: expect.objectContaining({ authorization: '[redacted]', 'x-request-id': 'my-req.1' }),
        remoteAddress: expect.any(String),
      },
      requestId: 'my-req.1',
      res: { statusCode: 200, headers: expect.objectContaining({ 'x-request-id': 'my-req.1' }) },
      responseTime: expect.any(Number),
      msg: 'request completed',
    });
    expect(JSON.stringify(lines)).not.toContain('secret');
    await app.close();
  });

  it('gives a request without a sane id a new one', async () => {
    const { app, lines } = await server();
    const response = await app.inject({ url: '/cases/1', headers: { 'x-request-id': 'not sane!' } });
    const id = response.headers['x-request-id'] as string;
    expect(id).toMatch(UUID);
    expect(response.json()).toEqual({ requestId: id });
    expect(lines.at(-1)).toMatchObject({ req: { id }, requestId: id, msg: 'request completed' });
    await app.close();
  });

  it('logs a server error as errored, and health checks not at all', async () => {
    const { app, lines } = await server();
    await app.inject({ url: '/health' });
    await app.inject({ url: '/broken' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      res: { statusCode: 500 },
      err: { message: 'failed with status code 500' },
      msg: 'request errored',
    });
    await app.close();
  });

  it('writes no request line below its level, and still sets the id', async () => {
    const { app, lines } = await server('warn');
    const response = await app.inject({ url: '/cases/1' });
    expect(response.headers['x-request-id']).toMatch(UUID);
    expect(lines.map((l) => l.msg)).toEqual(['inside the request']);
    await app.close();
  });
});
