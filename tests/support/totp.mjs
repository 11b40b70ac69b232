// Authenticator codes for the black-box and browser suites (RFC 6238: HMAC-SHA-1, 30-second
// steps, 6 digits), from the published demo secret that `pmi demo` gives the demo
// administrator and program officer.
//
// The server accepts a code only for a time step later than the last one it accepted for
// that user, within one step of its clock. nextCode() remembers the steps it handed out per
// account (across every server of the process: some share one database) and, when the
// three steps around now are used up, waits for the clock to move on.
import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

export const DEMO_TOTP_SECRET = 'PMIDEMOSECRETPMIDEMOSECRETPMIDEM';
// The accounts `pmi demo` enrols with DEMO_TOTP_SECRET.
export const DEMO_SECOND_FACTOR_ACCOUNTS = ['admin@pmi.example', 'officer@pmi.example'];
const STEP_SECONDS = 30;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Decode(text) {
  let bits = 0, value = 0;
  const bytes = [];
  for (const c of text.replace(/[\s=-]/g, '').toUpperCase()) {
    const index = ALPHABET.indexOf(c);
    if (index < 0) throw new Error(`not base32: ${text}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) { bytes.push((value >>> (bits - 8)) & 0xff); bits -= 8; }
  }
  return Buffer.from(bytes);
}

export function stepAt(unixSeconds) {
  return Math.floor(unixSeconds / STEP_SECONDS);
}

// The code of `secret` (base32) for time step `step`.
export function codeForStep(secret, step, digits = 6) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[19] & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export function currentStep() {
  return stepAt(Date.now() / 1000);
}

const lastStep = new Map();

// The step nextCode() would hand out for `account` without waiting, or null.
function unusedStep(account) {
  const seconds = Date.now() / 1000;
  const now = stepAt(seconds);
  // The step before now only while the server cannot reach the next one before the code.
  const earliest = seconds % STEP_SECONDS < STEP_SECONDS - 5 ? now - 1 : now;
  const step = Math.max(earliest, (lastStep.get(account) ?? -Infinity) + 1);
  return step <= now + 1 ? step : null;
}

// A code for `account` if one is free now (see nextCode), without waiting; else null.
export function codeNow(account, secret = DEMO_TOTP_SECRET) {
  const step = unusedStep(account);
  if (step === null) return null;
  lastStep.set(account, step);
  return codeForStep(secret, step);
}

// Cookies of a session opened through the second step, per server and account: when no
// code is free, a suite signing in again takes this session rather than waiting up to 30 s.
const sessions = new Map();
export function rememberSession(baseUrl, account, cookies) {
  sessions.set(`${baseUrl} ${account}`, new Map(cookies));
}
export function rememberedSession(baseUrl, account) {
  return sessions.get(`${baseUrl} ${account}`) ?? null;
}
export function forgetSession(baseUrl, account) {
  sessions.delete(`${baseUrl} ${account}`);
}

// A code no server has seen for `account` (an email address), from the steps around now,
// oldest first.
export async function nextCode(account, secret = DEMO_TOTP_SECRET) {
  for (;;) {
    const code = codeNow(account, secret);
    if (code) return code;
    await sleep((STEP_SECONDS - (Date.now() / 1000) % STEP_SECONDS) * 1000 + 50);
  }
}
