import { expect, test } from './support/host';

test('the page loads from the printed URL and the token is removed from the address bar', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page).toHaveTitle(/Kotoverkko/);
  await expect.poll(() => new URL(page.url()).searchParams.get('token')).toBeNull();
});

test('a wrong token gets no data, the right one does', async ({ request, host }) => {
  const wrong = await request.post(`${host.origin}/api/actors.list`, {
    headers: { Authorization: 'Bearer wrong-token', 'Content-Type': 'application/json' },
    data: {},
  });
  expect(wrong.status()).toBe(401);
  const wrongBody = await wrong.json();
  expect(wrongBody).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  expect(JSON.stringify(wrongBody)).not.toContain('Hämeen');

  const missing = await request.post(`${host.origin}/api/actors.list`, { headers: { 'Content-Type': 'application/json' }, data: {} });
  expect(missing.status()).toBe(401);

  const right = await request.post(`${host.origin}/api/actors.list`, {
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    data: {},
  });
  expect(right.status()).toBe(200);
  const body = await right.json();
  expect(body.ok).toBe(true);
  expect(body.result.map((actor: { name: string }) => actor.name)).toContain('Kanta-Hämeen hyvinvointialue');
});
