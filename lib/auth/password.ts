import bcrypt from "bcryptjs";

const ROUNDS = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, ROUNDS);
}

export function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  // Compare against a fixed hash when there is none, so unknown users take as long.
  return bcrypt.compare(password, hash ?? DUMMY_HASH);
}

const DUMMY_HASH = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5ZlQ0Jj6p5o1I6l7b5bZ0v2Q8j1lq8S";
