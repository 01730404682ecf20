#!/usr/bin/env node
// The case server as a program (`opvang-case-server`): see USAGE in command.ts and docs/intranet.md.
import { parseCommand, USAGE, type Command } from './command.js';
import { seedDemo } from './demo.js';
import { dataFiles, startCaseServer } from './start.js';
import { openCaseStore } from './store.js';
import { openTokenFile } from './tokens.js';

async function run(command: Command): Promise<number> {
  switch (command.kind) {
    case 'help':
      console.log(USAGE);
      return 0;
    case 'serve': {
      const running = await startCaseServer({
        dataDir: command.dataDir,
        host: command.host,
        port: command.port,
        allowedOrigins: command.allowedOrigins,
        ...(command.trustedHeader === undefined ? {} : { trustedHeader: command.trustedHeader }),
        log: (event) => console.log(JSON.stringify({ time: new Date().toISOString(), ...event })),
      });
      // Handlers before the ready line: whoever waits for that line may signal at once.
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          void running.close().then(() => process.exit(0));
        });
      }
      const mode =
        command.trustedHeader === undefined
          ? `tokens from ${running.tokens.path}`
          : `SSO: user from the ${command.trustedHeader.header} header`;
      console.log(
        `opvang case server: ${running.url}/api (${running.store.count()} cases in ${running.store.path}; ${mode})`,
      );
      return 0; // the open server keeps the process running
    }
    case 'token-create': {
      const { token, record } = openTokenFile(dataFiles(command.dataDir).tokens).create(
        command.identity,
      );
      const scope = record.municipality === undefined ? '' : ` for ${record.municipality}`;
      console.log(
        `token ${record.id} (${record.role}${scope}, "${record.name}"); shown this once, keep it safe:`,
      );
      console.log(token);
      return 0;
    }
    case 'token-revoke': {
      const revoked = openTokenFile(dataFiles(command.dataDir).tokens).revoke(command.id);
      if (!revoked) {
        console.error(`no token with id ${command.id}`);
        return 1;
      }
      console.log(`token ${command.id} revoked`);
      return 0;
    }
    case 'token-list': {
      const records = openTokenFile(dataFiles(command.dataDir).tokens).list();
      if (records.length === 0) console.log('no tokens');
      for (const record of records) {
        const scope = record.municipality === undefined ? '' : ` ${record.municipality}`;
        const state = record.revokedAt === undefined ? 'active' : `revoked ${record.revokedAt}`;
        console.log(
          `${record.id}  ${record.role}${scope}  "${record.name}"  created ${record.createdAt}  ${state}`,
        );
      }
      return 0;
    }
    case 'backup':
    case 'demo':
    case 'case-delete': {
      const store = openCaseStore(dataFiles(command.dataDir).database);
      try {
        if (command.kind === 'backup') {
          await store.backup(command.file);
          console.log(`backup of ${store.count()} cases written to ${command.file}`);
          return 0;
        }
        if (command.kind === 'demo') {
          for (const seeded of seedDemo(store, { replace: command.replace }))
            console.log(`${seeded.caseId}: ${seeded.outcome}`);
          return 0;
        }
        if (!store.remove(command.caseId)) {
          console.error(`no case with id ${command.caseId}`);
          return 1;
        }
        console.log(`case ${command.caseId} and all its events deleted`);
        return 0;
      } finally {
        store.close();
      }
    }
  }
}

const parsed = parseCommand(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`${parsed.problem}\n\n${USAGE}`);
  process.exit(2);
}
try {
  process.exitCode = await run(parsed.command);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
