import type { Command } from 'commander';
import type { Lesson } from '../../store/types';
import type { CliIo } from '../io';
import { requireInterview, valueOf, withStore } from '../open-store';
import type { ExitCodeSink } from '../run';

export function registerLessons(program: Command, io: CliIo, _sink: ExitCodeSink): void {
  program
    .command('lessons')
    .description('The lessons you keep: of one interview, or all of them; --add records one')
    .argument('[id]', 'the interview id (see rebound list); all lessons when left out')
    .option('--add <text>', 'record a lesson (of this interview when an id is given)')
    .option('--json', 'print the lessons as JSON')
    .action(async (id: string | undefined, flags: { add?: string; json?: boolean }) => {
      const { added, lessons } = await withStore(io, async (s) => {
        if (id !== undefined) await requireInterview(s, id);
        const added =
          flags.add === undefined
            ? null
            : valueOf(
                await s.store.addLesson(s.userId, { text: flags.add, interviewId: id ?? null }),
                '--add',
              );
        return { added, lessons: await s.store.listLessons(s.userId, id) };
      });
      if (flags.json) {
        io.stdout(`${JSON.stringify(added ?? lessons, null, 2)}\n`);
        return;
      }
      if (added) {
        io.stdout(
          `Kept lesson ${added.id}. You have ${lessons.length} lesson${lessons.length === 1 ? '' : 's'}${id ? ' from this interview' : ''}.\n`,
        );
        return;
      }
      io.stdout(renderLessons(lessons, id));
    });
}

function renderLessons(lessons: readonly Lesson[], id: string | undefined): string {
  if (!lessons.length) {
    return `No lessons yet. Add one: rebound lessons ${id ?? 'ID'} --add "what you will do differently"\n`;
  }
  return `${lessons.map((l) => `- ${l.text}${!id && l.interviewId ? `  (${l.interviewId})` : ''}`).join('\n')}\n`;
}
