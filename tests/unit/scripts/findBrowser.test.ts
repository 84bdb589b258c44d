import { describe, expect, it } from 'vitest';
import {
  browserCandidates,
  findBrowser,
  howToGetBrowser,
  installPlan,
  isDebianLike,
} from '../../../scripts/findBrowser.mjs';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\nVERSION_ID=40\n';

const linux = { platform: 'linux', env: { PATH: '/usr/local/bin:/usr/bin' }, home: '/home/me' };

describe(findBrowser, () => {
  it('prefers CHROME_PATH when it exists', () => {
    const env = { ...linux.env, CHROME_PATH: '/opt/my/chrome' };
    const exists = (p: string) => p === '/opt/my/chrome' || p === '/usr/bin/chromium';
    expect(findBrowser({ ...linux, env, exists })).toEqual({ path: '/opt/my/chrome', notes: [] });
  });

  it('says so when CHROME_PATH points at nothing, and looks in the usual places', () => {
    const env = { ...linux.env, CHROME_PATH: '/nowhere/chrome' };
    const r = findBrowser({ ...linux, env, exists: (p) => p === '/usr/bin/chromium' });
    expect(r.path).toBe('/usr/bin/chromium');
    expect(r.notes).toEqual([
      'CHROME_PATH=/nowhere/chrome does not exist; looking in the usual places instead.',
    ]);
  });

  it('finds Google Chrome or Edge on Linux when Chromium is absent', () => {
    expect(findBrowser({ ...linux, exists: (p) => p === '/usr/bin/google-chrome' }).path).toBe(
      '/usr/bin/google-chrome',
    );
    expect(
      findBrowser({ ...linux, exists: (p) => p === '/opt/microsoft/msedge/msedge' }).path,
    ).toBe('/opt/microsoft/msedge/msedge');
  });

  it('finds a browser on the PATH outside /usr/bin', () => {
    expect(findBrowser({ ...linux, exists: (p) => p === '/usr/local/bin/chromium' }).path).toBe(
      '/usr/local/bin/chromium',
    );
  });

  it('finds the macOS applications, system-wide or the user’s own', () => {
    const mac = { platform: 'darwin', env: {}, home: '/Users/me' };
    const edge = '/Users/me/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findBrowser({ ...mac, exists: (p) => p === edge }).path).toBe(edge);
    expect(browserCandidates(mac)[0]).toBe(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
  });

  it('finds Chrome or Edge under Program Files on Windows', () => {
    const win = {
      platform: 'win32',
      env: { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' },
      home: 'C:\\Users\\me',
    };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser({ ...win, exists: (p) => p === edge }).path).toBe(edge);
  });

  it('returns null when nothing is installed', () => {
    expect(findBrowser({ ...linux, exists: () => false }).path).toBeNull();
  });
});

describe(isDebianLike, () => {
  it('recognises Debian, Ubuntu and their derivatives, not others', () => {
    expect(isDebianLike(DEBIAN)).toBe(true);
    expect(isDebianLike(UBUNTU)).toBe(true);
    expect(isDebianLike(MINT)).toBe(true);
    expect(isDebianLike(FEDORA)).toBe(false);
    expect(isDebianLike('')).toBe(false);
  });
});

describe(installPlan, () => {
  const debianRoot = {
    platform: 'linux',
    osRelease: DEBIAN,
    isRoot: true,
    hasSudo: false,
    hasAptGet: true,
  };

  it('installs chromium with apt-get as root, without prompts', () => {
    expect(installPlan(debianRoot)).toEqual([
      ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'update', '-qq'],
      ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium'],
    ]);
  });

  it('uses non-interactive sudo when it needs no password', () => {
    const plan = installPlan({ ...debianRoot, osRelease: UBUNTU, isRoot: false, hasSudo: true });
    expect(plan?.every((cmd) => cmd[0] === 'sudo' && cmd[1] === '-n')).toBe(true);
    expect(plan?.[1]?.slice(-2)).toEqual(['-qq', 'chromium']);
  });

  it('does not install where it would have to ask', () => {
    expect(installPlan({ ...debianRoot, isRoot: false, hasSudo: false })).toBeNull();
    expect(installPlan({ ...debianRoot, osRelease: FEDORA })).toBeNull();
    expect(installPlan({ ...debianRoot, hasAptGet: false })).toBeNull();
    expect(installPlan({ ...debianRoot, platform: 'darwin' })).toBeNull();
  });
});

describe(howToGetBrowser, () => {
  it('names the exact command for each kind of machine', () => {
    expect(howToGetBrowser({ platform: 'linux', osRelease: DEBIAN })).toContain(
      'sudo apt-get install -y chromium',
    );
    expect(howToGetBrowser({ platform: 'darwin', osRelease: '' })).toContain(
      'brew install --cask chromium',
    );
    expect(howToGetBrowser({ platform: 'win32', osRelease: '' })).toContain(
      'winget install Google.Chrome',
    );
    expect(howToGetBrowser({ platform: 'linux', osRelease: FEDORA })).toContain('CHROME_PATH');
  });
});
