import { DomainError } from "@xroi/core";
import { MigrationError } from "@xroi/db";
import { describeZodError } from "@xroi/validators";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { ZodError } from "zod";
import { dbMigrate, dbSeedDemo } from "./commands/db";
import { peopleImportCommand } from "./commands/people-import";
import { qualityRun } from "./commands/quality";
import { serve } from "./commands/serve";
import { EXPORT_FORMATS, skillsExport, type TCliExportFormat } from "./commands/skills";
import { userCreate } from "./commands/user";
import {
  lrsCredentialCreate,
  lrsCredentialList,
  lrsCredentialRevoke,
  lrsServe,
  SCOPE_HELP,
} from "./commands/lrs";
import { CommandRefusal, consoleOutput, type TOutput } from "./output";

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw new InvalidArgumentError("must be a port number from 1 to 65535");
  return n;
}

const FORCE_HELP =
  "load the demo accounts (public passwords) even when DATABASE_URL is a server not on this machine";

export function buildProgram(out: TOutput): { program: Command; exit: { code: number } } {
  const exit = { code: 0 };
  const program = new Command("xroi")
    .description(
      "Operate xroi: database, users, skill frameworks and the web app. Uses DATABASE_URL, or embedded PGlite in ./.data.",
    )
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => out.log(s.trimEnd()),
      writeErr: (s) => out.error(s.trimEnd()),
    });

  const db = program.command("db").description("Database schema and data");
  db.command("migrate")
    .description("Apply pending migrations (also done automatically at start-up)")
    .action(() => dbMigrate(out));
  db.command("seed")
    .description("Load data")
    .requiredOption(
      "--demo",
      "load the demo data set (two organisations from the case studies, one user per role)",
    )
    .option("--if-empty", "do nothing when the database already has users")
    .option("--force", FORCE_HELP)
    .action((options: { ifEmpty?: boolean; force?: boolean }) =>
      dbSeedDemo(out, { ifEmpty: options.ifEmpty ?? false, force: options.force ?? false }),
    );

  const user = program.command("user").description("Users who sign in");
  user
    .command("create")
    .description("Create a user who signs in with email and password")
    .requiredOption("--email <email>", "their email address")
    .requiredOption("--role <role>", "viewer, analyst, privacy_lead or admin")
    .option("--name <name>", "display name (default: the part of the email before @)")
    .option(
      "--password <password>",
      "first password, at least 12 characters (default: generated and printed)",
    )
    .action((options: { email: string; role: string; name?: string; password?: string }) =>
      userCreate(out, options),
    );

  const lrs = program.command("lrs").description("The xAPI Learning Record Store");
  const credential = lrs.command("credential").description("Keys that learning tools use");
  credential
    .command("create")
    .description("Create a key and secret for a learning tool; prints the secret once")
    .requiredOption("--name <name>", "what the credential is for, e.g. the tool's name")
    .option("--scopes <scopes>", SCOPE_HELP, "statements/write,statements/read/mine,state,profile")
    .option("--xapi-version <version>", "the xAPI version the tool speaks: 2.0.0 or 1.0.3", "2.0.0")
    .action((options: { name: string; scopes: string; xapiVersion: string }) =>
      lrsCredentialCreate(out, {
        name: options.name,
        xapiVersion: options.xapiVersion,
        scopes: options.scopes
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      }),
    );
  credential
    .command("list")
    .description("List credentials with their scopes and state")
    .action(() => lrsCredentialList(out));
  credential
    .command("revoke")
    .description("Revoke a credential by key or id")
    .argument("<key>", "the credential's key (or id)")
    .action((key: string) => lrsCredentialRevoke(out, key));
  lrs
    .command("serve")
    .description("Serve the LRS alone, without the web app, at http://<host>:<port>/xapi")
    .option("--port <port>", "port to listen on", port, 8080)
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .action((options: { port: number; host: string }) => lrsServe(out, options));
  const skills = program.command("skills").description("Skill frameworks");
  skills
    .command("export")
    .description("Export a framework in a format the import reads back")
    .requiredOption("--framework <name>", "the framework's name")
    .addOption(
      new Option(
        "--format <format>",
        "csv (generic: uri, name, alt_labels, description, parent_uri, kind), json, or esco (three ESCO-shaped CSV files)",
      )
        .choices(Object.keys(EXPORT_FORMATS))
        .makeOptionMandatory(),
    )
    .option("--out <path>", "file to write (default: standard output); for esco, a folder")
    .action((options: { framework: string; format: TCliExportFormat; out?: string }) =>
      skillsExport(out, options),
    );

  program
    .command("people")
    .description("People and their IDs across systems (docs/identity-import.md)")
    .command("import")
    .description(
      "Import an ID mapping CSV (one person a row); prints counts and per-line problems, exits 2 and writes nothing when any line has one",
    )
    .argument("<file>", "the CSV file")
    .option("--system <system>", "the system the IDs come from (unless a column gives it per row)")
    .option("--map <pairs>", 'column mapping, e.g. "Email=email,Name=name" (others are suggested)')
    .option("--dry-run", "only report what would happen")
    .action(async (file: string, options: { system?: string; map?: string; dryRun?: boolean }) => {
      exit.code = await peopleImportCommand(out, file, options);
    });

  const qualityCommand = program
    .command("quality")
    .description("Data-quality checks on the ID mappings and the LRS (docs/quality.md)");
  qualityCommand
    .command("run")
    .description(
      "Run every check now and store the run; prints a table, exits 2 when a check is above its threshold (for cron)",
    )
    .action(async () => {
      exit.code = await qualityRun(out);
    });

  program
    .command("serve")
    .description("Start the built web app and print its URL")
    .option(
      "--demo",
      "load the demo data first when the database is empty, and print the demo sign-ins",
    )
    .option("--force", `with --demo: ${FORCE_HELP}`)
    .option("--port <port>", "port to listen on", port, 3000)
    .action(async (options: { demo?: boolean; force?: boolean; port: number }) => {
      exit.code = await serve(out, {
        demo: options.demo ?? false,
        force: options.force ?? false,
        port: options.port,
      });
    });
  return { program, exit };
}

/** Runs one command; returns the exit code. Expected failures print one clear line, not a stack. */
export async function main(argv: readonly string[], out: TOutput = consoleOutput): Promise<number> {
  const { program, exit } = buildProgram(out);
  try {
    await program.parseAsync([...argv]);
    return exit.code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof ZodError) out.error(`error: ${describeZodError(error)}`);
    else if (error instanceof DomainError)
      out.error(`error: ${error.field ? `${error.field}: ` : ""}${error.message}`);
    else if (error instanceof MigrationError || error instanceof CommandRefusal)
      out.error(`error: ${error.message}`);
    else throw error;
    return 1;
  }
}
