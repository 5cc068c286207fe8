import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/** A signed-in (or anonymous) test client that keeps cookies and sends the CSRF token. */
export interface TestClient {
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  csrfToken(): Promise<string>;
}

/** A client that carries cookies across requests, like a browser. */
export function testClient(app: FastifyInstance): TestClient {
  const cookies = new Map<string, string>();
  let token: string | undefined;
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const remember = (response: LightMyRequestResponse) => {
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now())) cookies.delete(cookie.name);
      else cookies.set(cookie.name, cookie.value);
    }
  };
  const client: TestClient = {
    async request(method, url, body, headers = {}) {
      const response = await app.inject({
        method: method as 'GET',
        url,
        headers: { ...(cookies.size ? { cookie: cookieHeader() } : {}), ...headers },
        ...(body !== undefined ? { payload: body as object } : {}),
      });
      remember(response);
      return response;
    },
    async csrfToken() {
      if (!token) token = (await client.request('GET', '/api/auth/csrf')).json<{ token: string }>().token;
      return token;
    },
  };
  return client;
}

/** Signs in and returns a client with session and CSRF token, ready for any request. */
export async function signedIn(app: FastifyInstance, email: string, password: string): Promise<TestClient> {
  const client = testClient(app);
  const response = await client.request('POST', '/api/auth/login', { email, password });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${response.body}`);
  const token = await client.csrfToken();
  const raw = client.request.bind(client);
  client.request = (method, url, body, headers = {}) =>
    raw(method, url, body, method === 'GET' ? headers : { 'x-csrf-token': token, ...headers });
  return client;
}
