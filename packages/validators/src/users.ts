import { z } from "zod";
import { ZRoleSchema } from "./roles";

export const PASSWORD_MIN_LENGTH = 12;

export const ZEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("must be an email address like name@example.org"));

export const ZPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(128, "must be at most 128 characters");

export const ZUserCreateSchema = z.object({
  email: ZEmailSchema,
  name: z.string().trim().min(1, "is required").max(120, "must be at most 120 characters"),
  role: ZRoleSchema,
  password: ZPasswordSchema,
});
export type TUserCreateInput = z.input<typeof ZUserCreateSchema>;

export const ZUserIdSchema = z.object({ userId: z.string().min(1, "is required") });
export const ZUserSetRoleSchema = ZUserIdSchema.extend({ role: ZRoleSchema });
export const ZUserSetActiveSchema = ZUserIdSchema.extend({ isActive: z.boolean() });

export const ZUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: ZRoleSchema,
  isActive: z.boolean(),
  createdAt: z.date(),
});
export type TUser = z.infer<typeof ZUserSchema>;

export const ZSignInSchema = z.object({
  email: ZEmailSchema,
  password: z.string().min(1, "is required"),
});
