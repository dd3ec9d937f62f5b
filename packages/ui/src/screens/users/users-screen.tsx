import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ROLE_LABELS, ROLES, type TRole, type TUser } from "@xroi/validators";
import { useState } from "react";
import { Badge } from "../../components/badge";
import { Button } from "../../components/button";
import { ConfirmDialog } from "../../components/dialog";
import { Notice } from "../../components/notice";
import { NativeSelect } from "../../components/input";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";
import { PageHeader } from "../page-header";
import { CreateUserDialog } from "./create-user-dialog";

export function UsersScreen({ currentUserEmail }: { currentUserEmail: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [deactivating, setDeactivating] = useState<TUser | null>(null);
  const [notice, setNotice] = useState<{ tone: "ok" | "error"; text: string }>();
  const users = useQuery(trpc.users.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });
  const onError = (error: unknown) => setNotice({ tone: "error", text: errorMessage(error) });
  const setRole = useMutation(
    trpc.users.setRole.mutationOptions({
      onSuccess: (user) => {
        setNotice({ tone: "ok", text: `${user.name} is now ${ROLE_LABELS[user.role]}.` });
        void refresh();
      },
      onError: (error) => {
        onError(error);
        void refresh();
      },
    }),
  );
  const setActive = useMutation(
    trpc.users.setActive.mutationOptions({
      onSuccess: (user) => {
        setNotice({
          tone: "ok",
          text: `${user.name} is ${user.isActive ? "active again" : "deactivated and signed out"}.`,
        });
        setDeactivating(null);
        void refresh();
      },
      onError,
    }),
  );

  return (
    <section>
      <PageHeader
        title="Users"
        description="Who can sign in and what they may do. Admins may do everything."
        actions={<Button onClick={() => setCreating(true)}>Add user</Button>}
      />
      <Notice tone={notice?.tone ?? "ok"} className="mb-3">
        {notice?.text}
      </Notice>
      <Notice tone="error" className="mb-3">
        {users.error ? errorMessage(users.error) : undefined}
      </Notice>
      <Table aria-label="Users">
        <THead>
          <tr>
            <TH>Name</TH>
            <TH>Email</TH>
            <TH>Role</TH>
            <TH>Status</TH>
            <TH className="text-right">Actions</TH>
          </tr>
        </THead>
        <TBody>
          {users.data?.map((user) => {
            const isMe = user.email === currentUserEmail;
            return (
              <TR key={user.id}>
                <TD className="font-medium">
                  {user.name}
                  {isMe ? <span className="ml-2 text-xs text-muted-foreground">(you)</span> : null}
                </TD>
                <TD>{user.email}</TD>
                <TD>
                  <NativeSelect
                    aria-label={`Role of ${user.email}`}
                    className="w-40"
                    value={user.role}
                    disabled={setRole.isPending}
                    onChange={(e) =>
                      setRole.mutate({ userId: user.id, role: e.target.value as TRole })
                    }
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {ROLE_LABELS[role]}
                      </option>
                    ))}
                  </NativeSelect>
                </TD>
                <TD>
                  {user.isActive ? (
                    <Badge tone="success">Active</Badge>
                  ) : (
                    <Badge tone="danger">Deactivated</Badge>
                  )}
                </TD>
                <TD className="text-right">
                  {user.isActive ? (
                    <Button
                      variant="ghost"
                      size="sm"
                      className="text-destructive"
                      disabled={isMe}
                      onClick={() => setDeactivating(user)}
                      aria-label={`Deactivate ${user.email}`}
                    >
                      Deactivate
                    </Button>
                  ) : (
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => setActive.mutate({ userId: user.id, isActive: true })}
                      aria-label={`Reactivate ${user.email}`}
                    >
                      Reactivate
                    </Button>
                  )}
                </TD>
              </TR>
            );
          })}
        </TBody>
      </Table>
      <CreateUserDialog
        open={creating}
        onOpenChange={setCreating}
        onCreated={(user) =>
          setNotice({ tone: "ok", text: `Added ${user.email} as ${ROLE_LABELS[user.role]}.` })
        }
      />
      <ConfirmDialog
        open={deactivating !== null}
        onOpenChange={(open) => !open && setDeactivating(null)}
        title={`Deactivate ${deactivating?.email ?? ""}?`}
        description="They are signed out everywhere and cannot sign in until an admin reactivates them. Their records and history stay."
        confirmLabel="Deactivate"
        isPending={setActive.isPending}
        error={setActive.error ? errorMessage(setActive.error) : undefined}
        onConfirm={() =>
          deactivating && setActive.mutate({ userId: deactivating.id, isActive: false })
        }
      />
    </section>
  );
}
