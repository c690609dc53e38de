// The moderation page (server/assets/admin.html + admin.js), in Chromium against the in-memory admin API of
// test/support/admin-middleware.mjs: token entry, the queue with its counts and context, the keyboard (j/k to move,
// a to approve, x to select, r on the selection, u to undo), new comments without reloading, the audit log and
// blocks; axe on each view. The server's own tests cover the API itself.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

const TOKEN = 'test-admin-token-0123';
const API = '/__admin/api';

interface Admin {
  startAdmin(root: HTMLElement, options: { api: string; pollMs?: number; search?: string }): { stop(): void };
}
const modulePath = '/server/assets/admin.js';
const { startAdmin } = (await import(/* @vite-ignore */ modulePath)) as Admin;

const stylesheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/server/assets/admin.css' });
document.head.append(stylesheet);
await new Promise((resolve) => stylesheet.addEventListener('load', resolve, { once: true }));

let root: HTMLElement;
let page: { stop(): void } | undefined;

async function state(): Promise<{ statuses: Record<string, string>; requests: string[] }> {
  return (await fetch('/__admin/state')).json();
}

const squash = (node: Element | null | undefined) => ((node as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
const items = () => [...root.querySelectorAll<HTMLElement>('.item')];
const ids = () => items().map((item) => item.dataset.id);
const current = () => root.querySelector<HTMLElement>('.item[aria-current="true"]')?.dataset.id;
const focusedId = () => (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.item')?.dataset.id;

async function open(options: { search?: string; pollMs?: number; token?: string | null } = {}): Promise<void> {
  if (options.token === null) sessionStorage.removeItem('bantin-admin-token');
  else sessionStorage.setItem('bantin-admin-token', options.token ?? TOKEN);
  page = startAdmin(root, { api: API, pollMs: options.pollMs ?? 60_000, search: options.search ?? '' });
  if (options.token !== null) await waitUntil(() => items().length > 0, 'the queue did not load', { timeout: 5000 });
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('the moderation page', () => {
  beforeEach(async () => {
    await fetch('/__admin/reset');
    root = document.createElement('main');
    document.body.append(root);
  });
  afterEach(() => {
    page?.stop();
    root.remove();
    sessionStorage.removeItem('bantin-admin-token');
  });

  it('asks for the token, keeps it in sessionStorage and never in the URL; a wrong one is refused', async () => {
    await open({ token: null });
    const input = root.querySelector<HTMLInputElement>('#token')!;
    expect(document.activeElement === input).to.equal(true);
    await expect(root).to.be.accessible();
    await sendKeys({ type: 'wrong-token-000000' });
    await press('Enter');
    await waitUntil(() => squash(root.querySelector('.alert')) === 'Mã quản trị không đúng.', 'no refusal', { timeout: 5000 });
    expect(sessionStorage.getItem('bantin-admin-token')).to.equal(null);
    root.querySelector<HTMLInputElement>('#token')!.focus();
    await sendKeys({ type: TOKEN });
    await press('Enter');
    await waitUntil(() => items().length > 0, 'the queue did not load', { timeout: 5000 });
    expect(sessionStorage.getItem('bantin-admin-token')).to.equal(TOKEN);
    expect(location.href.includes(TOKEN)).to.equal(false);
    expect(squash(root.querySelector('.who'))).to.include('Người kiểm duyệt: Lan');
  });

  it('shows the queue per status with counts, each comment with its context, and the shortcuts; accessible', async () => {
    await open();
    expect([...root.querySelectorAll('.statuses .tab')].map(squash)).to.deep.equal(['Chờ duyệt 5', 'Đã duyệt 2', 'Đã từ chối 0', 'Spam 1']);
    expect(ids()).to.deep.equal(['p5', 'p4', 'p3', 'p2', 'p1']);
    const reply = root.querySelector('[data-id="p3"]')!;
    expect(squash(reply.querySelector('.parent'))).to.equal('Trả lời Lò Văn Minh: Bài viết rất hay');
    expect(squash(reply.querySelector('.thread'))).to.equal('Bài viết: Sơn La: mùa mận chín bai-1');
    expect(reply.querySelector('.thread a')?.getAttribute('href')).to.equal('https://baosonla.example.vn/tin/bai-1.html');
    expect(squash(reply.querySelector('.email'))).to.equal('p3@example.vn');
    expect(squash(reply.querySelector('.history'))).to.equal(
      'Trước đây: cùng email: 1 được duyệt, 0 bị từ chối, 0 spam · cùng IP: 2 được duyệt, 1 bị từ chối, 0 spam',
    );
    expect(squash(root.querySelector('[data-id="p4"] .flag'))).to.equal('Từ cần chú ý: lừa đảo');
    const keys = squash(root.querySelector('.shortcuts'));
    for (const shown of ['j bình luận tiếp theo', 'k bình luận trước', 'x chọn / bỏ chọn', 'a duyệt', 'r từ chối', 's spam', 'u hoàn tác'])
      expect(keys).to.include(shown);
    await expect(root).to.be.accessible();
  });

  it('j/k move between comments and a approves the current one; the focus goes to the next', async () => {
    await open();
    await press('j');
    expect([current(), focusedId()]).to.deep.equal(['p5', 'p5']);
    await press('j');
    await press('j');
    await press('k');
    expect([current(), focusedId()]).to.deep.equal(['p4', 'p4']);
    expect(getComputedStyle(document.activeElement!).outlineStyle).to.equal('solid');
    await press('a');
    await waitUntil(() => !ids().includes('p4'), 'p4 stayed in the queue', { timeout: 5000 });
    expect((await state()).statuses.p4).to.equal('approved');
    expect([current(), focusedId()]).to.deep.equal(['p3', 'p3']);
    expect(squash(root.querySelector('.statuses [aria-pressed="true"]'))).to.equal('Chờ duyệt 4');
    expect(squash(root.querySelector('.live'))).to.equal('Đã duyệt 1 bình luận.');
  });

  it('x selects several, r rejects them in one request, u undoes it', async () => {
    await open();
    await press('j');
    await press('x');
    await press('j');
    await press('j');
    await press('x');
    expect(squash(root.querySelector('.selected'))).to.equal('Đã chọn 2');
    await press('r');
    await waitUntil(() => ids().length === 3, 'the two stayed', { timeout: 5000 });
    const after = await state();
    expect([after.statuses.p5, after.statuses.p3]).to.deep.equal(['rejected', 'rejected']);
    expect(after.requests.filter((request) => request === 'POST /comments/bulk').length).to.equal(1);
    expect(squash(root.querySelector('.statuses [aria-pressed="false"]:nth-child(3)'))).to.equal('Đã từ chối 2');
    await press('u');
    await waitUntil(() => ids().length === 5, 'the undo did not bring them back', { timeout: 5000 });
    const undone = await state();
    expect([undone.statuses.p5, undone.statuses.p3]).to.deep.equal(['pending', 'pending']);
    expect(squash(root.querySelector('.live'))).to.equal('Đã hoàn tác: 2 bình luận trở lại trạng thái cũ.');
  });

  it('d deletes only when pressed twice, and the toolbar buttons act on the current comment', async () => {
    await open();
    await press('j');
    await press('d');
    expect(squash(root.querySelector('.live'))).to.include('Xóa vĩnh viễn 1 bình luận');
    expect((await state()).statuses.p5).to.equal('pending');
    await press('d');
    await waitUntil(() => !ids().includes('p5'), 'p5 was not deleted', { timeout: 5000 });
    expect((await state()).statuses.p5).to.equal(undefined);
    root.querySelector<HTMLButtonElement>('.toolbar .button.spam')!.click();
    await waitUntil(() => !ids().includes('p4'), 'p4 was not marked spam', { timeout: 5000 });
    expect((await state()).statuses.p4).to.equal('spam');
  });

  it('search, thread filter and order go to the API; new pending comments appear without reloading', async () => {
    await open({ pollMs: 150 });
    root.querySelector<HTMLSelectElement>('#order')!.value = 'oldest';
    root.querySelector<HTMLFormElement>('form.filters')!.requestSubmit();
    await waitUntil(() => ids()[0] === 'p1', 'not oldest first', { timeout: 5000 });
    await press('/');
    expect(document.activeElement?.id).to.equal('q');
    await sendKeys({ type: 'mận' });
    await press('Enter');
    await waitUntil(() => ids().join() === 'p1,p2', 'the search did not narrow the queue', { timeout: 5000 });
    root.querySelector<HTMLButtonElement>('form.filters .button.quiet')!.click();
    await waitUntil(() => ids().length === 5, 'the filters were not cleared', { timeout: 5000 });
    await fetch('/__admin/add');
    await waitUntil(() => ids().includes('n1'), 'the new comment did not appear', { timeout: 5000 });
    expect(squash(root.querySelector('.live'))).to.equal('1 bình luận mới đang chờ duyệt.');
    expect(squash(root.querySelector('.statuses [aria-pressed="true"]'))).to.equal('Chờ duyệt 6');
  });

  it('the audit log lists the actions; blocks are added and lifted; in English with ?lang=en; accessible', async () => {
    await open({ search: '?lang=en' });
    expect(document.documentElement.lang).to.equal('en');
    await press('j');
    await press('a');
    await waitUntil(() => ids().length === 4, 'not approved', { timeout: 5000 });
    root.querySelector<HTMLButtonElement>('[data-focus="view:audit"]')!.click();
    await waitUntil(() => root.querySelector('.table tbody tr'), 'no audit rows', { timeout: 5000 });
    expect(squash(root.querySelector('.table tbody tr'))).to.include('Lan approve p5 bai-2 Pending → Approved');
    await expect(root).to.be.accessible();
    root.querySelector<HTMLButtonElement>('[data-focus="view:blocks"]')!.click();
    await waitUntil(() => root.querySelector('#block-value'), 'no block form', { timeout: 5000 });
    root.querySelector<HTMLInputElement>('#block-value')!.value = 'spam@example.vn';
    root.querySelector<HTMLInputElement>('#block-reason')!.value = 'quảng cáo';
    root.querySelector<HTMLFormElement>('#block-value')!.form!.requestSubmit();
    await waitUntil(() => root.querySelector('.table tbody tr'), 'the block is not listed', { timeout: 5000 });
    expect(squash(root.querySelector('.table tbody tr'))).to.include('Email spam@example.vn quảng cáo');
    await expect(root).to.be.accessible();
    root.querySelector<HTMLButtonElement>('.table tbody .button')!.click();
    await waitUntil(() => squash(root.querySelector('.view')).includes('Nobody is blocked.'), 'the block was not lifted', { timeout: 5000 });
  });

  it('?comment=<id> (the webhook link) opens that comment in its queue', async () => {
    await open({ search: '?comment=s1' });
    await waitUntil(() => current() === 's1', 'not on s1', { timeout: 5000 });
    expect(squash(root.querySelector('.statuses [aria-pressed="true"]'))).to.equal('Spam 1');
    expect(focusedId()).to.equal('s1');
  });
});
