import { zodResolver } from "@hookform/resolvers/zod";
import { ZSignInSchema } from "@xroi/validators";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "../components/button";
import { Field, fieldAria } from "../components/field";
import { Input } from "../components/input";
import { Notice } from "../components/notice";

type TValues = z.input<typeof ZSignInSchema>;

/**
 * Email and password. `signIn` returns an error message to show, or nothing on success. The shell
 * decides where the request goes (Better Auth on the web).
 */
export function SignInForm({
  signIn,
}: {
  signIn: (values: z.output<typeof ZSignInSchema>) => Promise<string | undefined>;
}) {
  const [error, setError] = useState<string>();
  const form = useForm<TValues, unknown, z.output<typeof ZSignInSchema>>({
    resolver: zodResolver(ZSignInSchema),
    defaultValues: { email: "", password: "" },
  });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      className="grid gap-4"
      onSubmit={form.handleSubmit(async (values) => {
        setError(undefined);
        setError(await signIn(values));
      })}
    >
      <Field id="email" label="Email" error={errors.email?.message}>
        <Input
          type="email"
          autoComplete="username"
          autoFocus
          {...fieldAria("email", errors.email?.message)}
          {...form.register("email")}
        />
      </Field>
      <Field id="password" label="Password" error={errors.password?.message}>
        <Input
          type="password"
          autoComplete="current-password"
          {...fieldAria("password", errors.password?.message)}
          {...form.register("password")}
        />
      </Field>
      <Notice tone="error">{error}</Notice>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
