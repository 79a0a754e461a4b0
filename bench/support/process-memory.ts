import { readdirSync, readFileSync } from 'node:fs';

/**
 * Chromium's process tree read from /proc (Linux): the browser process is found by a marker flag it was
 * launched with, and its renderer processes (`--type=renderer`) among its descendants. RSS from VmRSS.
 */
type Proc = Readonly<{ pid: number; ppid: number; cmdline: string }>;

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: the fields after the last ')' are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
      out.push({ pid: Number(name), ppid, cmdline });
    } catch {
      // the process ended while the list was read
    }
  }
  return out;
}

export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/** The pids of the renderer processes of the Chromium launched with `marker` among its flags. */
export function rendererPids(marker: string): number[] {
  const all = processes();
  const browser = all.find((p) => p.cmdline.includes(marker) && !p.cmdline.includes('--type='));
  if (!browser) throw new Error(`no Chromium process launched with ${marker}`);
  const descendants = new Set([browser.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all)
      if (descendants.has(p.ppid) && !descendants.has(p.pid)) {
        descendants.add(p.pid);
        grew = true;
      }
  }
  return all.filter((p) => descendants.has(p.pid) && p.cmdline.includes('--type=renderer')).map((p) => p.pid);
}
