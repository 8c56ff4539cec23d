import type { Command } from 'commander';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import type { ExitCodeSink } from '../run';

declare const __REBOUND_VERSION__: string | undefined;

/**
 * `rebound serve`: the web app and HTTP API on 127.0.0.1 over the same store the CLI uses. The
 * server is loaded only here, so other commands never pay for it.
 */
export function registerServe(program: Command, io: CliIo, _sink: ExitCodeSink): void {
  program
    .command('serve')
    .description('Start the web app on this machine (127.0.0.1) and print its address')
    .option(
      '-p, --port <port>',
      'the port to use (default: 4517, or the next free one; REBOUND_PORT overrides)',
    )
    .action(async (opts: { port?: string }) => {
      const { startServer, ServerConfigError } = await import('../../server/main');
      let port: number | undefined;
      if (opts.port !== undefined) {
        port = Number(opts.port);
        if (!/^\d+$/.test(opts.port) || port < 1 || port > 65535) {
          throw new CliError(`--port: expected a port number from 1 to 65535, got "${opts.port}"`);
        }
      }
      try {
        const server = await startServer({
          ...(port !== undefined ? { port } : {}),
          env: io.env,
          now: io.now,
          handleSignals: true,
          log: (line) => io.stderr(`${line}\n`),
          ...(typeof __REBOUND_VERSION__ === 'string' ? { version: __REBOUND_VERSION__ } : {}),
        });
        const who =
          server.mode === 'local' ? 'just for you, on this machine' : 'with accounts (multi-user mode)';
        io.stdout(
          `Rebound is running ${who}:\n\n  ${server.url}\n\nOpen it in your browser. Press Ctrl+C to stop.\n`,
        );
      } catch (e) {
        if (e instanceof ServerConfigError) throw new CliError(e.message);
        throw e;
      }
    });
}
