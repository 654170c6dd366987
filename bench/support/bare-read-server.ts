// The bare stack of P1: Fastify and `pg`, one primary-key read of a case with its people and documents (the row
// shape GET /cases/:id reads), answered as JSON. No sign-in, scope, visibility, audit or framework.
import Fastify from 'fastify';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify();
const READ = {
  name: 'bare-case-read',
  text: `SELECT c.*, (SELECT json_agg(p ORDER BY p.position) FROM (
           SELECT cp.*, (SELECT coalesce(json_agg(d), '[]') FROM person_document d WHERE d.person_id = cp.id) AS documents
           FROM case_person cp WHERE cp.case_id = c.id) p) AS people
         FROM return_case c WHERE c.id = $1`,
};

app.get('/health', async () => ({ ok: true }));
app.get<{ Params: { id: string } }>('/cases/:id', async (request, reply) => {
  const { rows } = await pool.query({ ...READ, values: [request.params.id] });
  if (rows.length === 0) return reply.code(404).send({ message: 'not found' });
  return rows[0];
});

app.listen({ port: Number(process.env.BARE_PORT), host: '127.0.0.1' }).catch((error) => {
  console.error(error);
  process.exit(1);
});
process.on(
  'SIGINT',
  () =>
    void app
      .close()
      .then(() => pool.end())
      .then(() => process.exit(0)),
);
