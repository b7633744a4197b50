import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);

// src/io/cleanup.ts
var cleanups = /* @__PURE__ */ new Set();
var groups = /* @__PURE__ */ new Set();
function onCleanup(fn) {
  cleanups.add(fn);
  return () => void cleanups.delete(fn);
}
function trackGroup(pid) {
  groups.add(pid);
  return () => void groups.delete(pid);
}
function killGroup(pid) {
  try {
    process.kill(process.platform === "win32" ? pid : -pid, "SIGKILL");
  } catch {
  }
}
var installed = false;
var GRACE_MS = 5e3;
function installSignalCleanup() {
  if (installed) return;
  installed = true;
  let stopping = false;
  const stop = (code) => async () => {
    if (stopping) return;
    stopping = true;
    for (const pid of groups) killGroup(pid);
    const all = Promise.allSettled([...cleanups].map(async (fn) => fn()));
    await Promise.race([all, new Promise((r) => setTimeout(r, GRACE_MS))]);
    process.exit(code);
  };
  process.on("SIGINT", stop(130));
  process.on("SIGTERM", stop(143));
}

// src/errors.ts
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
var ConfigError = class extends InputError {
  constructor(message) {
    super(message);
    this.name = "ConfigError";
  }
};
var HistoryReadError = class extends InputError {
  constructor(message) {
    super(message);
    this.name = "HistoryReadError";
  }
};
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}

// src/io/git.ts
import { spawn as spawn2 } from "node:child_process";

// src/io/command.ts
import { spawn } from "node:child_process";
var CommandStartError = class extends Error {
  constructor(file, cause) {
    super(`${file} could not be started: ${cause.message}`);
    this.file = file;
    this.name = "CommandStartError";
  }
  file;
};
function execute(file, args, options = {}) {
  return new Promise((resolve, reject) => {
    const capture = options.capture ?? true;
    const group = process.platform !== "win32";
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.stdin === "null" ? "ignore" : "pipe", "pipe", "pipe"],
      detached: group
    });
    const forget = child.pid !== void 0 && group ? trackGroup(child.pid) : () => {
    };
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = options.timeoutMs === void 0 ? void 0 : setTimeout(() => {
      timedOut = true;
      if (group && child.pid !== void 0) killGroup(child.pid);
      else child.kill("SIGKILL");
    }, options.timeoutMs);
    const collect = (stream, into) => (chunk) => {
      if (capture) into.push(chunk);
      options.onOutput?.(chunk.toString("utf8"), stream);
    };
    child.stdout.on("data", collect("stdout", out));
    child.stderr.on("data", collect("stderr", err));
    child.on("error", (e) => {
      if (timer) clearTimeout(timer);
      forget();
      reject(new CommandStartError(file, e));
    });
    child.on("close", (code) => {
      if (timer) clearTimeout(timer);
      forget();
      resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8"), timedOut });
    });
    if (child.stdin) {
      child.stdin.on("error", () => {
      });
      child.stdin.end(options.input ?? "");
    }
  });
}
function executeShell(command, options = {}) {
  return process.platform === "win32" ? execute(process.env.ComSpec ?? "cmd.exe", ["/d", "/s", "/c", command], options) : execute("bash", ["-e", "-o", "pipefail", "-c", command], options);
}

// src/io/git.ts
var GitError = class extends Error {
  constructor(message, stderr, code) {
    super(message);
    this.stderr = stderr;
    this.code = code;
    this.name = "GitError";
  }
  stderr;
  code;
};
var Git = class {
  constructor(dir, auth = {}) {
    this.dir = dir;
    const header = auth.header ?? (auth.token ? `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${auth.token}`).toString("base64")}` : void 0);
    if (auth.token) this.secrets.push(auth.token);
    if (header) this.secrets.push(header.replace(/^AUTHORIZATION:\s*\w+\s*/i, ""), header);
    this.env = {
      ...process.env,
      GIT_TERMINAL_PROMPT: "0",
      GIT_ASKPASS: "echo",
      GCM_INTERACTIVE: "never",
      LC_ALL: "C",
      GIT_CONFIG_NOSYSTEM: "1",
      ...header ? { GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: "http.extraHeader", GIT_CONFIG_VALUE_0: header } : {}
    };
  }
  dir;
  env;
  secrets = [];
  scrub(text) {
    let out = text;
    for (const s of this.secrets) if (s) out = out.split(s).join("***");
    return out;
  }
  /** Runs git; resolves with stdout as a Buffer. Rejects with a scrubbed GitError unless `allowFailure`. */
  async exec(args, options = {}) {
    let result;
    try {
      result = await execute("git", args, { cwd: this.dir, env: this.env, input: options.input, timeoutMs: options.timeoutMs });
    } catch (error) {
      if (error instanceof CommandStartError) throw new GitError(`git could not be started: ${error.message}`, "", null);
      throw error;
    }
    const stderr = this.scrub(result.stderr);
    if (result.code === 0 || options.allowFailure) return { code: result.code, stdout: result.stdout, stderr };
    const what = args.find((a) => !a.startsWith("-")) ?? "git";
    const detail = result.timedOut ? `no answer within ${options.timeoutMs} ms` : stderr.trim().split("\n").slice(-3).join(" / ");
    throw new GitError(`git ${what} failed (exit ${result.code}): ${detail}`, stderr, result.code);
  }
  /** A long-lived git child with the same environment (for `cat-file --batch`); the caller owns it. */
  spawn(args) {
    return spawn2("git", args, { cwd: this.dir, env: this.env, stdio: ["pipe", "pipe", "pipe"] });
  }
  async text(args, timeoutMs) {
    return (await this.exec(args, { timeoutMs })).stdout.toString("utf8");
  }
};
async function gitOutput(cwd, args) {
  try {
    return (await new Git(cwd).text(args, 1e4)).trim();
  } catch {
    return void 0;
  }
}
async function defaultBranchName(cwd) {
  const remote = await gitOutput(cwd, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"]);
  if (remote) return remote.replace(/^origin\//, "");
  if (await gitOutput(cwd, ["rev-parse", "--is-inside-work-tree"]) !== "true") return void 0;
  for (const name of ["main", "master"])
    if (await gitOutput(cwd, ["rev-parse", "--verify", "--quiet", `refs/heads/${name}`]) !== void 0) return name;
  return await gitOutput(cwd, ["config", "--get", "init.defaultBranch"]) || void 0;
}
async function readCommit(cwd, rev = "HEAD") {
  const out = await gitOutput(cwd, ["log", "-1", "--format=%H%x00%an%x00%aI%x00%s", rev]);
  if (!out) return void 0;
  const [sha = "", author, timestamp, message] = out.split("\0");
  return { sha, author, timestamp, message };
}
function checkRef(ref, what) {
  if (ref.startsWith("-") || /[\0\n\r]/.test(ref))
    throw new InputError(
      `${what}: expected a branch, tag or commit, got "${ref.replace(/[\0\n\r]/g, " ")}" (a ref may not start with "-")`
    );
  return ref;
}
var ObjectReader = class {
  constructor(git) {
    this.git = git;
  }
  git;
  child;
  buffer = Buffer.alloc(0);
  waiting = [];
  failure;
  /** The objects, or undefined for each name git does not know. */
  read(names) {
    if (names.some((n) => /[\n\r]/.test(n)))
      return Promise.reject(new GitError("an object name may not hold a line break", "", null));
    if (this.failure) return Promise.reject(this.failure);
    if (names.length === 0) return Promise.resolve([]);
    const child = this.start();
    this.hold(true);
    const answers = names.map(
      () => new Promise((resolve, reject) => this.waiting.push({ resolve, reject }))
    );
    child.stdin.write(names.map((n) => `${n}
`).join(""));
    return Promise.all(answers);
  }
  start() {
    if (this.child) return this.child;
    const child = this.git.spawn(["cat-file", "--batch"]);
    let stderr = "";
    child.stderr.on("data", (c) => stderr += c.toString("utf8"));
    child.stdout.on("data", (c) => this.take(c));
    child.stdin.on("error", () => {
    });
    const fail = (why) => {
      this.failure ??= new GitError(`git cat-file failed: ${this.git.scrub(why || stderr.trim())}`, this.git.scrub(stderr), null);
      for (const w of this.waiting.splice(0)) w.reject(this.failure);
    };
    child.on("error", (e) => fail(e.message));
    child.on("close", (code) => fail(code === 0 && this.waiting.length === 0 ? "closed" : `exit ${code}: ${stderr.trim()}`));
    this.child = child;
    this.hold(false);
    return child;
  }
  /**
   * Keeps the event loop alive while answers are awaited, and only then: between reads the run may end
   * without closing the reader, and the child then sees EOF.
   */
  hold(on) {
    const child = this.child;
    if (!child) return;
    for (const h of [child, child.stdin, child.stdout, child.stderr])
      if (on) h?.ref?.();
      else h?.unref?.();
  }
  take(chunk) {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (; ; ) {
      const next = this.waiting[0];
      if (!next) return;
      const nl = this.buffer.indexOf(10);
      if (nl < 0) return;
      const header = this.buffer.subarray(0, nl).toString("latin1");
      if (/ (missing|ambiguous)$/.test(header)) {
        this.buffer = this.buffer.subarray(nl + 1);
        this.waiting.shift();
        next.resolve(void 0);
        if (this.waiting.length === 0) this.hold(false);
        continue;
      }
      const [oid = "", type = "", sizeText = ""] = header.split(" ");
      const size = Number(sizeText);
      if (this.buffer.length < nl + 1 + size + 1) return;
      const content = Buffer.from(this.buffer.subarray(nl + 1, nl + 1 + size));
      this.buffer = this.buffer.subarray(nl + 1 + size + 1);
      this.waiting.shift();
      next.resolve({ oid, type, content });
      if (this.waiting.length === 0) this.hold(false);
    }
  }
  /** Ends the process (it also ends by itself when this process exits). */
  close() {
    this.child?.stdin?.end();
    this.child = void 0;
  }
};
function treeEntries(tree, oidBytes = 20) {
  const entries = /* @__PURE__ */ new Map();
  let pos = 0;
  while (pos < tree.length) {
    const space = tree.indexOf(32, pos);
    const nul = tree.indexOf(0, space);
    if (space < 0 || nul < 0 || nul + 1 + oidBytes > tree.length) throw new GitError("git returned a malformed tree", "", null);
    const mode = tree.subarray(pos, space).toString("latin1");
    const name = tree.subarray(space + 1, nul).toString("utf8");
    entries.set(name, { mode, oid: tree.subarray(nul + 1, nul + 1 + oidBytes).toString("hex") });
    pos = nul + 1 + oidBytes;
  }
  return entries;
}

export {
  onCleanup,
  installSignalCleanup,
  InputError,
  ConfigError,
  HistoryReadError,
  errorMessage,
  CommandStartError,
  execute,
  executeShell,
  GitError,
  Git,
  gitOutput,
  defaultBranchName,
  readCommit,
  checkRef,
  ObjectReader,
  treeEntries
};
