// Better Auth's own scrypt hashing, so users created by the CLI, the seed or the admin screen sign in
// through Better Auth exactly like users who set their own password.
export { hashPassword, verifyPassword } from "better-auth/crypto";
