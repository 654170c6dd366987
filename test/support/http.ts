export interface HttpReply {
  status: number;
  headers: Headers;
  // Tests read whatever the endpoint answers.
  body: any;
}

/** One request: `body` is sent as JSON when given; the answer is parsed as JSON when it is JSON, kept as text otherwise. */
export async function request(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string | undefined> = {},
  signal?: AbortSignal,
): Promise<HttpReply> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers } as Record<
      string,
      string
    >,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    signal,
  });
  const text = await response.text();
  let parsed: unknown = text || undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (a CSV, the docs page): the text as it came.
  }
  return { status: response.status, headers: response.headers, body: parsed };
}
