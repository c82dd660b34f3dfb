import { describe, expect, it } from 'vitest';
import { useBuiltApi } from './support/built-api';
import { samplePdf } from './support/sample-files';

// The built API at its most talkative, its log captured whole from stdout.
const api = useBuiltApi('log_redaction', { LOG_LEVEL: 'debug', UPLOAD_LINK_REQUESTS_PER_MINUTE: '1000' });

interface Identifiers {
  idNumber: string;
  phone: string | null;
}

/**
 * A pattern that finds a number in any of the forms people and URLs write it: upper or lower case, with
 * spaces, dashes, dots or brackets between the characters, or those percent-encoded; never part of a
 * longer run of digits or letters (a timestamp, a request id).
 */
function anyForm(value: string): RegExp {
  const between = '(?:[\\s.()\\-+]|%20|%2[bBdD]|%28|%29)*';
  const body = [...value].map((c) => c.replace(/[+]/, '\\+')).join(between);
  return new RegExp(`(?<![0-9A-Za-z])${body}(?![0-9A-Za-z])`, 'i');
}

const dashed = (phone: string) => `${phone.slice(0, 4)}-${phone.slice(4, 7)}-${phone.slice(7)}`;

describe('the log never holds an ID number, a phone or an upload token', () => {
  it('after lookups, public upload-link calls and their error paths, at LOG_LEVEL=debug', async () => {
    const admin = await api.signIn('admin@accord.test');
    const officer = await api.signIn('officer.wang@accord.test');
    const json = (auth: Record<string, string>) => ({ ...auth, 'Content-Type': 'application/json' });
    const request = (path: string, init: RequestInit = {}) =>
      fetch(`${api.baseUrl}${path}`, init).then(async (r) => ({ status: r.status, body: await r.json() }));

    // Every seeded client's numbers, read back in clear through the reveal (the admin sees all of them).
    const listed = await request('/api/clients?perPage=200', { headers: admin });
    const revealed: Identifiers[] = [];
    for (const client of listed.body.data as { id: string }[]) {
      revealed.push(
        (await request(`/api/clients/${client.id}/reveal`, { method: 'POST', headers: admin })).body,
      );
    }
    // The demo gives every client a phone.
    const seeded = revealed.map(({ idNumber, phone }) => ({ idNumber, phone: phone ?? '' }));
    expect(seeded).toHaveLength(40);
    const phones = seeded.map((s) => s.phone).filter((phone) => /^09\d{8}$/.test(phone));
    expect(phones).toHaveLength(40);

    // Exact lookups, typed as people type them; the officer's own client is found, others' are not.
    let found = 0;
    for (const [i, { idNumber, phone }] of seeded.entries()) {
      const who = i % 2 ? officer : admin;
      for (const query of [
        { idNumber },
        { idNumber: idNumber.toLowerCase() },
        { idNumber: `${idNumber.slice(0, 4)}-${idNumber.slice(4)}` },
        { phone: phone },
        { phone: dashed(phone) },
        { phone: dashed(phone).replace(/-/g, ' ') },
        { idNumber, phone: phone },
      ]) {
        const answer = await request('/api/clients/lookup', {
          method: 'POST',
          headers: json(who),
          body: JSON.stringify(query),
        });
        expect(answer.status).toBe(200);
        found += answer.body.total;
      }
    }
    // The admin finds all 20 of theirs seven ways; the officer only their own five of the other 20.
    expect(found).toBeGreaterThanOrEqual(20 * 7);
    // The old way, in the address: refused, and the address still never logged whole.
    for (const { idNumber, phone } of seeded.slice(0, 5)) {
      expect((await request(`/api/clients?idNumber=${idNumber}`, { headers: admin })).status).toBe(400);
      expect((await request(`/api/clients?phone=${dashed(phone)}`, { headers: admin })).status).toBe(400);
      expect((await request(`/api/clients/${idNumber}`, { headers: admin })).status).toBe(400);
      expect((await request(`/api/clients/${phone}/reveal`, { method: 'POST', headers: admin })).status).toBe(
        400,
      );
    }

    // Upload links: created, opened, used, and guessed at.
    const cases = await request('/api/cases?perPage=25', { headers: officer });
    const open = (cases.body.data as { id: string; stage: string }[]).filter((c) => c.stage !== 'closed');
    const tokens: string[] = [];
    for (const { id } of open) {
      const created = await request(`/api/cases/${id}/upload-links`, {
        method: 'POST',
        headers: json(officer),
        body: '{}',
      });
      expect(created.status).toBe(201);
      tokens.push((created.body.url as string).split('#')[1]);
    }
    expect(tokens.length).toBeGreaterThan(0);
    const statuses: number[] = [];
    for (const token of tokens) {
      const view = await request('/api/public/upload-link', { headers: { 'X-Upload-Token': token } });
      expect(view.status).toBe(200);
      const form = new FormData();
      form.append(
        'file',
        new Blob([new Uint8Array(samplePdf('log test'))], { type: 'application/pdf' }),
        'a.pdf',
      );
      if (view.body.items.length) {
        const upload = await fetch(
          `${api.baseUrl}/api/public/upload-link/items/${view.body.items[0].id}/files`,
          {
            method: 'POST',
            headers: { 'X-Upload-Token': token },
            body: form,
          },
        );
        statuses.push(upload.status);
      }
      const wrong = `${token.slice(0, 42)}${token.endsWith('A') ? 'B' : 'A'}`;
      statuses.push(
        (await request('/api/public/upload-link', { headers: { 'X-Upload-Token': wrong } })).status,
      );
      // A token where it does not belong: in the path as links were once read, and in a query.
      statuses.push((await request(`/api/public/upload-links/${token}`)).status);
      statuses.push(
        (await request(`/api/public/upload-links/${token}/items/x/files`, { method: 'POST' })).status,
      );
      statuses.push((await request(`/api/public/upload-link?token=${token}`)).status);
      statuses.push((await request(`/upload/?token=${token}`).catch(() => ({ status: 0 }))).status);
    }
    expect(statuses).toContain(404);

    // A calendar feed's address is its credential (calendar apps send no header): logs keep it cut out.
    const feed = await request('/api/calendar-feeds/mine', { method: 'POST', headers: officer });
    expect(feed.status).toBe(201);
    const feedPath = new URL(feed.body.url as string).pathname;
    const feedToken = feedPath.split('/')[3];
    expect((await fetch(`${api.baseUrl}${feedPath}`)).status).toBe(200);
    expect((await fetch(`${api.baseUrl}${feedPath.replace(/\/accord\.ics$/, 'x/accord.ics')}`)).status).toBe(
      404,
    );

    // Let the last lines reach stdout.
    await new Promise((r) => setTimeout(r, 500));
    const log = api.output();
    const lines = log.split('\n').filter((l) => l.startsWith('{'));
    // The log did record these requests, so finding nothing below means something.
    expect(lines.filter((l) => l.includes('"url":"/api/clients/lookup"')).length).toBe(40 * 7);
    expect(lines.filter((l) => l.includes('"url":"/api/public/upload-link"')).length).toBeGreaterThanOrEqual(
      tokens.length * 3,
    );
    expect(log).toContain('"x-upload-token":"[redacted]"');
    expect(log).toContain('"url":"/api/calendar-feeds/[redacted]/accord.ics"');
    expect(log).not.toContain('"statusCode":500');

    const leaks: string[] = [];
    for (const { idNumber, phone } of seeded) {
      if (anyForm(idNumber).test(log)) leaks.push(`ID number ${idNumber}`);
      if (anyForm(phone).test(log)) leaks.push(`phone ${phone}`);
    }
    for (const token of [...tokens, feedToken])
      if (log.includes(token)) leaks.push(`token ${token.slice(0, 6)}…`);
    expect(leaks).toEqual([]);
    // The patterns do find what they look for.
    expect(anyForm(seeded[0].idNumber).test(`"url":"/x?id=${seeded[0].idNumber.toLowerCase()}"`)).toBe(true);
    expect(anyForm(phones[0]).test(`"url":"/x?phone=${dashed(phones[0]).replace(/-/g, '%20')}"`)).toBe(true);
  });
});
