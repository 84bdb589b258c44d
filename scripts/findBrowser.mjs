// Which Chrome-family browser the browser tests drive, and how to get one. Playwright never
// downloads a browser here: it is given the path of one that is installed. The functions take
// the machine (platform, environment, what exists) as arguments, so they are unit-tested;
// `ensureBrowser` at the bottom does the real looking and, where allowed, the installing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const LINUX_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
];

/** The places a browser usually is, in the order they are tried (environment first). */
export function browserCandidates({ platform, env, home }) {
  const fromEnv = [env.CHROME_PATH, env.CHROMIUM_PATH].filter((p) => p !== undefined && p !== '');
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    return [
      ...fromEnv,
      ...apps.map((a) => `/Applications/${a}`),
      ...apps.map((a) => join(home, 'Applications', a)),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
    const exes = [
      'Google\\Chrome\\Application\\chrome.exe',
      'Chromium\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ];
    return [...fromEnv, ...roots.flatMap((r) => exes.map((e) => `${r}\\${e}`))];
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  const onPath = LINUX_NAMES.flatMap((n) => dirs.map((d) => join(d, n)));
  const usual = [
    ...LINUX_NAMES.map((n) => `/usr/bin/${n}`),
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/opt/microsoft/msedge/msedge',
  ];
  return [...new Set([...fromEnv, ...usual, ...onPath])];
}

/** The first candidate that exists, or null; says so when CHROME_PATH points at nothing. */
export function findBrowser({ platform, env, home, exists }) {
  const notes = [];
  for (const name of ['CHROME_PATH', 'CHROMIUM_PATH']) {
    const p = env[name];
    if (p !== undefined && p !== '' && !exists(p)) {
      notes.push(`${name}=${p} does not exist; looking in the usual places instead.`);
    }
  }
  const path = browserCandidates({ platform, env, home }).find((p) => exists(p)) ?? null;
  return { path, notes };
}

/** Debian, Ubuntu or a derivative, from the text of /etc/os-release. */
export function isDebianLike(osRelease) {
  const field = (key) =>
    new RegExp(`^${key}=["']?([^"'\\n]*)`, 'm').exec(osRelease)?.[1].toLowerCase() ?? '';
  const ids = `${field('ID')} ${field('ID_LIKE')}`.split(/\s+/);
  return ids.includes('debian') || ids.includes('ubuntu');
}

/**
 * The commands that install Chromium without asking anyone, or null where that is not
 * possible (not Linux, not Debian-like, no apt-get, neither root nor passwordless sudo).
 */
export function installPlan({ platform, osRelease, isRoot, hasSudo, hasAptGet }) {
  if (platform !== 'linux' || !isDebianLike(osRelease) || !hasAptGet) return null;
  if (!isRoot && !hasSudo) return null;
  const pre = isRoot ? [] : ['sudo', '-n'];
  const env = ['env', 'DEBIAN_FRONTEND=noninteractive'];
  return [
    [...pre, ...env, 'apt-get', 'update', '-qq'],
    [...pre, ...env, 'apt-get', 'install', '-y', '-qq', 'chromium'],
  ];
}

/** What to tell a reader who has no browser the tests can use. */
export function howToGetBrowser({ platform, osRelease }) {
  const point =
    'or point CHROME_PATH at an installed Chrome, Chromium or Edge, then run npm test again.';
  if (platform === 'darwin') {
    return `No Chrome, Chromium or Edge was found. Install one:\n  brew install --cask chromium\n${point}`;
  }
  if (platform === 'win32') {
    return `No Chrome, Chromium or Edge was found. Install one:\n  winget install Google.Chrome\n${point}`;
  }
  if (isDebianLike(osRelease)) {
    return `Chromium is not installed, and npm test could not install it (that needs apt-get, and root or passwordless sudo). Run:\n  sudo apt-get install -y chromium\n${point}`;
  }
  return `No Chrome, Chromium or Edge was found. Install Chromium with your system's package manager (for example: sudo dnf install chromium, or sudo pacman -S chromium),\n${point}`;
}

function onPath(name, path = '') {
  return path.split(delimiter).some((d) => d !== '' && existsSync(join(d, name)));
}

function succeeds(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.status === 0;
}

/**
 * Finds a browser, installing Chromium first where that needs nobody's permission. Returns
 * its path, or null after printing exactly what to run.
 */
export function ensureBrowser(log = console.log) {
  const machine = { platform: process.platform, env: process.env, home: homedir() };
  const found = findBrowser({ ...machine, exists: existsSync });
  for (const n of found.notes) log(n);
  if (found.path !== null) return found.path;

  let osRelease = '';
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {
    // Not Linux, or an unusual one: no automatic install.
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const plan = installPlan({
    platform: process.platform,
    osRelease,
    isRoot,
    hasSudo: !isRoot && succeeds('sudo', ['-n', 'true']),
    hasAptGet: onPath('apt-get', process.env.PATH),
  });
  if (plan !== null) {
    log('No Chrome or Chromium found: installing Chromium from the system packages (apt-get)…');
    for (const [cmd, ...args] of plan) {
      log(`  ${[cmd, ...args].join(' ')}`);
      if (spawnSync(cmd, args, { stdio: 'inherit' }).status !== 0) break;
    }
    const again = findBrowser({ ...machine, exists: existsSync });
    if (again.path !== null) {
      log(`Chromium installed: ${again.path}`);
      return again.path;
    }
    log('Installing Chromium did not work.');
  }
  log(howToGetBrowser({ platform: process.platform, osRelease }));
  return null;
}
