import { z } from "zod";

/** The public health check takes nothing. */
export const ZHealthCheckInputSchema = z.void();

/** What the public health check answers: load balancers and `xroi serve` poll it. */
export const ZHealthCheckSchema = z.object({
  ok: z.boolean(),
  database: z.enum(["up", "down"]),
  time: z.date(),
});
export type THealthCheck = z.infer<typeof ZHealthCheckSchema>;
